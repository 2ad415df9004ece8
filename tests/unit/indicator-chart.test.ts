import { describe, expect, it } from "vitest";
import { wholeNumbersOnly } from "@/components/dashboard/indicator-chart";

describe("indicator chart axis", () => {
  it("draws whole numbers only when every figure is one (counts: no 0.5名)", () => {
    expect(wholeNumbersOnly([2, 3, null, 6])).toBe(true);
    expect(wholeNumbersOnly([null])).toBe(true);
    expect(wholeNumbersOnly([40, 42.5])).toBe(false);
  });
});
