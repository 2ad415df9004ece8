/**
 * A fixed-window counter per client for anonymous requests that cost work
 * (the public search). Kept in memory: each instance limits its own share,
 * which bounds the cost per instance, the point of it. Without trusted proxy
 * hops no client address can be known, so all such visitors share one
 * larger allowance. A Map, bounded: when full, the oldest window is dropped.
 */
export interface RateLimit {
  perClient: number;
  shared: number;
  windowMs: number;
  maxClients: number;
}

export const publicSearchLimit: RateLimit = { perClient: 30, shared: 600, windowMs: 60_000, maxClients: 10_000 };

export function createRateLimiter(limit: RateLimit) {
  const windows = new Map<string, { start: number; count: number }>();
  return (address: string | null, now = Date.now()): boolean => {
    const key = address ?? "";
    const allowance = address === null ? limit.shared : limit.perClient;
    const current = windows.get(key);
    if (!current || now - current.start >= limit.windowMs) {
      windows.delete(key);
      if (windows.size >= limit.maxClients) windows.delete(windows.keys().next().value!);
      windows.set(key, { start: now, count: 1 });
      return true;
    }
    current.count += 1;
    return current.count <= allowance;
  };
}
