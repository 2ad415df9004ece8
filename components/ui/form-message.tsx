import type { FormState } from "@/lib/actions/form-state";

/** The outcome of a form's action, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle") return null;
  const failed = state.status === "error";
  return (
    <p role={failed ? "alert" : "status"} className={`rounded px-3 py-2 text-sm ${failed ? "bg-red-50 text-red-800" : "bg-green-50 text-green-900"}`}>
      {state.message}
    </p>
  );
}

export function fieldErrorsOf(state: FormState, field: string): string[] {
  return state.status === "error" ? (state.fieldErrors[field] ?? []) : [];
}

/** Error text tied to its field through `id` (the field sets aria-describedby to it). */
export function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return <p id={id} className="mt-1 text-sm text-red-800">{errors.join(" ")}</p>;
}
