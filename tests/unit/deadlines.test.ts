import { describe, expect, it } from "vitest";
import { deadlineStanding } from "@/lib/domain/deadlines";
import { isAfterJapanDay } from "@/lib/domain/dates";

// Days left are counted on Japan's calendar, with the process in UTC (vitest.config.ts).
describe("where a deadline stands", () => {
  it("no deadline set", () => {
    expect(deadlineStanding(null, new Date("2025-06-01T00:00:00Z"))).toEqual({ kind: "none" });
  });

  it("counts days left in Japan: 00:30 JST on 06-14 is already the last day, though UTC still says 06-13", () => {
    expect(deadlineStanding("2025-06-14", new Date("2025-06-13T15:30:00Z"))).toEqual({ kind: "left", days: 0 });
    expect(deadlineStanding("2025-06-14", new Date("2025-06-13T14:30:00Z"))).toEqual({ kind: "left", days: 1 });
    expect(deadlineStanding(new Date("2025-06-14T00:00:00Z"), new Date("2025-06-01T03:00:00Z"))).toEqual({ kind: "left", days: 13 });
  });

  it("is overdue once the day has ended in Japan, as isAfterJapanDay says", () => {
    const lastMoment = new Date("2025-06-14T14:59:59Z"); // 23:59:59 JST
    const nextDay = new Date("2025-06-14T15:00:00Z"); // 00:00 JST on 06-15
    expect(deadlineStanding("2025-06-14", lastMoment)).toEqual({ kind: "left", days: 0 });
    expect(isAfterJapanDay("2025-06-14", lastMoment)).toBe(false);
    expect(deadlineStanding("2025-06-14", nextDay)).toEqual({ kind: "overdue", days: 1 });
    expect(isAfterJapanDay("2025-06-14", nextDay)).toBe(true);
    expect(deadlineStanding("2025-06-14", new Date("2025-07-01T01:00:00Z"))).toEqual({ kind: "overdue", days: 17 });
  });
});
