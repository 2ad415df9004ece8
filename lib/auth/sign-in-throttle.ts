// How repeated sign-in attempts are slowed down and then locked out, per
// account and per client address. Pure rules; lib/auth/throttle-store.ts
// counts attempts atomically in the database.

export interface ThrottleLimits {
  /** Attempts after which each further attempt waits a little longer. */
  delayAfter: number;
  /** Attempts within the window that may reach the password check; the next is refused as locked. */
  lockAfter: number;
}

export const throttleWindowMs = 15 * 60 * 1000;
export const lockMs = 15 * 60 * 1000;
const delayStepMs = 1000;
const maxDelayMs = 4000;

export const accountLimits: ThrottleLimits = { delayAfter: 3, lockAfter: 5 };
// An office shares one address: it may fail more often than one account.
export const addressLimits: ThrottleLimits = { delayAfter: 10, lockAfter: 30 };

/** How long the `attempt`-th attempt of a window (1 for the first) waits before its password is checked. */
export function delayBefore(attempt: number, limits: ThrottleLimits): number {
  return Math.min(maxDelayMs, Math.max(0, attempt - limits.delayAfter) * delayStepMs);
}

/** The start of the window that `now` still counts in. */
export const windowStartedAfter = (now: Date) => new Date(now.getTime() - throttleWindowMs);

/**
 * The client's address as the configured reverse proxies saw it: with
 * `trustedHops` proxies in front, the address the outermost one recorded in
 * X-Forwarded-For (each proxy appends the peer it saw). With none, the header
 * is whatever the client sent, so it names no address (null).
 */
export function clientAddress(forwardedFor: unknown, trustedHops: number): string | null {
  if (trustedHops < 1 || typeof forwardedFor !== "string") return null;
  const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
  const address = hops.length >= trustedHops ? hops[hops.length - trustedHops] : undefined;
  return address && address.length <= 64 ? address : null;
}
