// The audit chain's HMAC keys: "id:base64" items, newest last. The newest seals
// new entries; the older ones only verify the segments they sealed (rotation).

export interface HmacKey {
  id: string;
  secret: Buffer;
}

export interface HmacKeyring {
  current: HmacKey;
  byId: ReadonlyMap<string, HmacKey>;
}

const keyIdPattern = /^[A-Za-z0-9._-]{1,40}$/;
const minimumKeyBytes = 32;

/** Parses "id:base64" items separated by commas or new lines; "#" starts a comment line. */
export function parseHmacKeys(text: string, origin: string): HmacKeyring {
  const items = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("#"))
    .flatMap((line) => line.split(","))
    .map((item) => item.trim())
    .filter((item) => item !== "");
  const byId = new Map<string, HmacKey>();
  for (const item of items) {
    const colon = item.indexOf(":");
    const id = colon < 0 ? "" : item.slice(0, colon).trim();
    if (!keyIdPattern.test(id)) throw new Error(`${origin}: each key is "id:base64" with an id of letters, digits, . _ - (got "${item.slice(0, 12)}…")`);
    const secret = Buffer.from(item.slice(colon + 1).trim(), "base64");
    if (secret.length < minimumKeyBytes) throw new Error(`${origin}: key "${id}" has ${secret.length} bytes; at least ${minimumKeyBytes} are needed`);
    if (byId.has(id)) throw new Error(`${origin}: key id "${id}" appears twice`);
    byId.set(id, { id, secret });
  }
  const current = [...byId.values()].at(-1);
  if (!current) throw new Error(`${origin}: no key`);
  return { current, byId };
}

/** One "id:base64" line for a new random key. */
export function formatHmacKey(id: string, secret: Buffer): string {
  if (!keyIdPattern.test(id)) throw new Error(`bad key id "${id}"`);
  return `${id}:${secret.toString("base64")}`;
}
