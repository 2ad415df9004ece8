import { db } from "@/lib/db";
import { accountLimits, addressLimits, delayBefore, lockMs, type ThrottleLimits, windowStartedAfter } from "./sign-in-throttle";

export interface ThrottleKeys {
  account: string;
  /** Null when the client's address is not known (no trusted proxy). */
  address: string | null;
}

export type Reservation = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

const limitsOf = (keys: ThrottleKeys): [string, ThrottleLimits][] => [
  [`account:${keys.account}`, accountLimits],
  ...(keys.address ? [[`address:${keys.address}`, addressLimits] as [string, ThrottleLimits]] : []),
];

const notLocked = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] });

/**
 * Takes one attempt from the key's allowance, in one conditional UPDATE (or the
 * INSERT of its first attempt), before the password is checked: parallel
 * attempts cannot all read "not locked yet", at most `lockAfter` get through.
 */
async function reserve(key: string, limits: ThrottleLimits, now: Date): Promise<Reservation> {
  // A quiet spell (window over, not locked) starts the count again.
  await db.signInThrottle.updateMany({
    where: { key, windowStart: { lt: windowStartedAfter(now) }, ...notLocked(now) },
    data: { failures: 0, windowStart: now, lockedUntil: null },
  });
  for (let tries = 0; tries < 2; tries++) {
    const taken = await db.signInThrottle.updateMany({ where: { key, failures: { lt: limits.lockAfter }, ...notLocked(now) }, data: { failures: { increment: 1 } } });
    const row = await db.signInThrottle.findUnique({ where: { key } });
    if (taken.count === 1 && row) return { allowed: true, delayMs: delayBefore(row.failures, limits) };
    if (row) {
      // Out of attempts: the lock starts now if a failure has not started it already.
      await db.signInThrottle.updateMany({ where: { key, ...notLocked(now) }, data: { lockedUntil: new Date(now.getTime() + lockMs) } });
      const locked = await db.signInThrottle.findUnique({ where: { key } });
      const until = locked?.lockedUntil?.getTime() ?? now.getTime() + lockMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
    }
    // The key's first attempt; a parallel first attempt may insert it first (then take a slot above).
    const created = await db.signInThrottle.create({ data: { key, failures: 1, windowStart: now } }).catch(() => null);
    if (created) return { allowed: true, delayMs: 0 };
  }
  return { allowed: false, retryAfterSeconds: Math.ceil(lockMs / 1000) };
}

/** One attempt taken from the account's and the address's allowance; refused if either is spent or locked. */
export async function reserveAttempt(keys: ThrottleKeys, now = new Date()): Promise<Reservation> {
  let delayMs = 0;
  for (const [key, limits] of limitsOf(keys)) {
    const reservation = await reserve(key, limits, now);
    if (!reservation.allowed) return reservation;
    delayMs = Math.max(delayMs, reservation.delayMs);
  }
  return { allowed: true, delayMs };
}

/** A wrong password: the attempts already counted; the key locks once its allowance is spent. */
export async function registerFailure(keys: ThrottleKeys, now = new Date()) {
  for (const [key, limits] of limitsOf(keys)) {
    await db.signInThrottle.updateMany({
      where: { key, failures: { gte: limits.lockAfter }, ...notLocked(now) },
      data: { lockedUntil: new Date(now.getTime() + lockMs) },
    });
  }
}

/** A successful sign-in clears the account's counter (the address keeps its own). */
export async function clearAccountThrottle(account: string) {
  await db.signInThrottle.deleteMany({ where: { key: `account:${account}` } });
}
