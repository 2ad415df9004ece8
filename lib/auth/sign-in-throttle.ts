// How repeated wrong passwords are slowed down and then locked out, per account
// and per client address. Pure, so the rules are tested on known answers.

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export interface ThrottleLimits {
  /** Failures from which each further attempt waits a little longer. */
  delayAfter: number;
  /** Failures within the window that lock the key. */
  lockAfter: number;
}

export const throttleWindowMs = 15 * 60 * 1000;
export const lockMs = 15 * 60 * 1000;
const delayStepMs = 1000;
const maxDelayMs = 4000;

export const accountLimits: ThrottleLimits = { delayAfter: 3, lockAfter: 5 };
// An office shares one address: it may fail more often than one account.
export const addressLimits: ThrottleLimits = { delayAfter: 10, lockAfter: 30 };

/** Failures still counted at `now` (the window restarts after a quiet spell). */
function liveFailures(state: ThrottleState | null, now: Date): number {
  if (!state || now.getTime() - state.windowStart.getTime() > throttleWindowMs) return 0;
  return state.failures;
}

/** Whether the key is locked now, for how long, and how long a new attempt should wait first. */
export function assess(state: ThrottleState | null, now: Date, limits: ThrottleLimits) {
  const lockedFor = state?.lockedUntil ? state.lockedUntil.getTime() - now.getTime() : 0;
  const failures = liveFailures(state, now);
  return {
    locked: lockedFor > 0,
    retryAfterSeconds: Math.max(0, Math.ceil(lockedFor / 1000)),
    delayMs: Math.min(maxDelayMs, Math.max(0, failures - limits.delayAfter + 1) * delayStepMs),
  };
}

/** The state after one more failure: counted in the window, and locked once the limit is reached. */
export function afterFailure(state: ThrottleState | null, now: Date, limits: ThrottleLimits): ThrottleState {
  const failures = liveFailures(state, now) + 1;
  const windowStart = failures === 1 ? now : state!.windowStart;
  const stillLocked = state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
  return { failures, windowStart, lockedUntil: failures >= limits.lockAfter ? new Date(now.getTime() + lockMs) : stillLocked };
}
