/** Thrown by data functions when the user may not see what they asked for. */
export class AccessDeniedError extends Error {
  constructor(message = "access denied") {
    super(message);
    this.name = "AccessDeniedError";
  }
}
