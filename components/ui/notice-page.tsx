import Link from "next/link";

export function NoticePage({ title, body, linkLabel }: { title: string; body: string; linkLabel: string }) {
  return (
    <main className="mx-auto mt-24 max-w-lg rounded-lg border border-slate-200 bg-white p-8">
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="mt-2 text-slate-700">{body}</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 hover:underline">{linkLabel}</Link>
    </main>
  );
}
