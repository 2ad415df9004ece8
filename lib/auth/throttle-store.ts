import { db } from "@/lib/db";
import { accountLimits, addressLimits, afterFailure, assess, type ThrottleLimits } from "./sign-in-throttle";

export interface ThrottleKeys {
  account: string;
  address: string;
}

const limitsOf = (keys: ThrottleKeys): [string, ThrottleLimits][] => [
  [`account:${keys.account}`, accountLimits],
  [`address:${keys.address}`, addressLimits],
];

/** The stricter verdict of the account's and the address's counters. */
export async function checkThrottle(keys: ThrottleKeys, now = new Date()) {
  const verdicts = await Promise.all(
    limitsOf(keys).map(async ([key, limits]) => assess(await db.signInThrottle.findUnique({ where: { key } }), now, limits)),
  );
  return {
    locked: verdicts.some((v) => v.locked),
    retryAfterSeconds: Math.max(...verdicts.map((v) => v.retryAfterSeconds)),
    delayMs: Math.max(...verdicts.map((v) => v.delayMs)),
  };
}

/** Counts a failed sign-in against both keys. */
export async function registerFailure(keys: ThrottleKeys, now = new Date()) {
  for (const [key, limits] of limitsOf(keys)) {
    const next = afterFailure(await db.signInThrottle.findUnique({ where: { key } }), now, limits);
    await db.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  }
}

/** A successful sign-in clears the account's counter (the address keeps its own). */
export async function clearAccountThrottle(account: string) {
  await db.signInThrottle.deleteMany({ where: { key: `account:${account}` } });
}
