export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{children}</p>;
}
