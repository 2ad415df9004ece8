import type { FormState } from "./form-state";

/** The state of a form before its action first runs (client components import it). */
export const idleState: FormState = { status: "idle" };
