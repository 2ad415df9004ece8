// How staff type an indicator's actual value: full-width digits, thousands
// separators, and often the unit after the number (「８サイト」「１，２００人」「45.5％」).

/** Full width to half width and compatibility forms folded (％ → %, ｋｍ → km), spaces and separators dropped. */
const fold = (text: string) => text.normalize("NFKC").replace(/\u2212/g, "-").replace(/[,\s]/g, "");

export type IndicatorInputReading =
  | { ok: true; value: number | null; unit: string }
  | { ok: false };

/**
 * A number, optionally followed by a unit (text without digits). Blank is "no
 * value". Whether the unit is the indicator's is for the caller to check
 * (`isIndicatorUnit`), since only it knows the indicator.
 */
export function readIndicatorInput(raw: string): IndicatorInputReading {
  const text = fold(raw);
  if (text === "") return { ok: true, value: null, unit: "" };
  const match = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))(\D*)$/.exec(text);
  if (!match) return { ok: false };
  const value = Number(match[1]);
  return Number.isFinite(value) ? { ok: true, value, unit: match[2] ?? "" } : { ok: false };
}

/** Whether the unit typed after a number is the indicator's own (or none was typed). */
export function isIndicatorUnit(written: string, unit: string): boolean {
  return written === "" || written === fold(unit);
}
