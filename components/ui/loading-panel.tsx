/** Shown while a view's data loads: announced to screen readers, shaped like the content to come. */
export function LoadingPanel({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className="text-sm text-slate-600">{label}</p>
      {[0, 1, 2].map((row) => <div key={row} className="h-16 animate-pulse rounded bg-slate-200" />)}
    </div>
  );
}
