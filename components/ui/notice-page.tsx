/**
 * The 404, 403 and 401 pages. They are client components (see app/not-found.tsx), and Next puts each in
 * every page's first-load JavaScript as a chunk of its own: a plain link keeps next/link's code out of
 * those three chunks (about 9 kB gzipped in all), and a full load of the home page after a refusal is fine.
 */
export function NoticePage({ title, body, linkLabel }: { title: string; body: string; linkLabel: string }) {
  return (
    <main className="mx-auto mt-24 max-w-lg rounded-lg border border-slate-200 bg-white p-8">
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="mt-2 text-slate-700">{body}</p>
      <a href="/" className="mt-4 inline-block text-blue-800 hover:underline">{linkLabel}</a>
    </main>
  );
}
