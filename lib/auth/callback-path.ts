// Resolved against a placeholder origin: only a value that stays on it is a path of this site.
const ownOrigin = "http://portal.invalid";

/**
 * Only same-site paths may follow sign-in, so a link cannot send users
 * elsewhere. The value is read as a browser would read it (tab, CR and LF
 * removed, backslashes taken as slashes, resolved against this site), and
 * kept only if it stays on this site; the result is percent-encoded, so it is
 * always a valid Location header.
 */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value || value.length > 2048) return "/";
  let url: URL;
  try {
    // next-auth hands absolute URLs of this site: keep only their path.
    const cleaned = value.replace(/[\t\r\n]/g, "");
    const absolute = /^https?:\/\//i.test(cleaned.trim());
    if (!absolute && !cleaned.startsWith("/")) return "/";
    url = new URL(absolute ? new URL(cleaned).pathname + new URL(cleaned).search : cleaned, ownOrigin);
  } catch {
    return "/";
  }
  if (url.origin !== ownOrigin || url.pathname === "/login" || url.pathname.startsWith("/login/")) return "/";
  const path = url.pathname + url.search + url.hash;
  // A path that starts with two slashes (or "/%2F…" decoded by a later hop) names a host.
  return path.startsWith("//") || /^\/%2f/i.test(path) || /^\/%5c/i.test(path) ? "/" : path;
}
