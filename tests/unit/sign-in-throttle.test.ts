import { describe, expect, it } from "vitest";
import { accountLimits, afterFailure, assess, lockMs, throttleWindowMs } from "@/lib/auth/sign-in-throttle";

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, 0) + minutes * 60_000);

function failures(count: number, start = 0) {
  let state = null as ReturnType<typeof afterFailure> | null;
  for (let i = 0; i < count; i++) state = afterFailure(state, at(start + i / 10), accountLimits);
  return state;
}

describe("sign-in throttle", () => {
  it("lets the first attempts through at once, then waits a second more per failure, up to four", () => {
    expect(assess(null, at(0), accountLimits)).toEqual({ locked: false, retryAfterSeconds: 0, delayMs: 0 });
    expect(assess(failures(2), at(1), accountLimits).delayMs).toBe(0);
    expect(assess(failures(3), at(1), accountLimits).delayMs).toBe(1000);
    expect(assess(failures(4), at(1), accountLimits).delayMs).toBe(2000);
  });

  it("locks after five failures within the window, for fifteen minutes", () => {
    const state = failures(5)!;
    expect(state.lockedUntil?.getTime()).toBe(at(0.4).getTime() + lockMs);
    expect(assess(state, at(1), accountLimits)).toMatchObject({ locked: true, retryAfterSeconds: 14 * 60 + 24 });
    expect(assess(state, at(16), accountLimits).locked).toBe(false);
  });

  it("forgets failures older than the window", () => {
    const old = failures(4);
    const later = new Date(at(0).getTime() + throttleWindowMs + 60_000);
    expect(assess(old, later, accountLimits).delayMs).toBe(0);
    expect(afterFailure(old, later, accountLimits)).toMatchObject({ failures: 1, windowStart: later, lockedUntil: null });
  });
});
