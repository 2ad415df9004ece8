"use client";

export function SignOutButton({ label }: { label: string }) {
  // next-auth's client (about 10 kB gzipped with its helpers) is fetched on the click, not with every page (issue 17).
  const signOut = async () => (await import("next-auth/react")).signOut({ callbackUrl: "/login" });
  return (
    <button type="button" onClick={signOut} className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
      {label}
    </button>
  );
}
