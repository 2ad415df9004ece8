/** Only same-site paths may follow sign-in, so a link cannot send users elsewhere. */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value) return "/";
  let path = value;
  try {
    // next-auth hands absolute URLs of this site; keep only their path.
    if (/^https?:\/\//.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search;
    }
  } catch {
    return "/";
  }
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.startsWith("/login") ? path : "/";
}
