/**
 * A readable diff of two texts for reviewers: it compares sentences (a piece
 * ends after 。 or a line break), the unit in which ⑤ texts change, so Japanese
 * without spaces still diffs into meaningful pieces.
 */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export function splitSentences(text: string): string[] {
  return text.match(/[^。\n]*(?:。|\n|$)/g)?.filter((s) => s !== "") ?? [];
}

export function diffTexts(before: string, after: string): DiffPart[] {
  const a = splitSentences(before);
  const b = splitSentences(after);
  // Longest common subsequence table over sentences, filled from the end.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("same", a[i]!);
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push("added", b[j]!);
      j++;
    } else {
      push("removed", a[i]!);
      i++;
    }
  }
  return parts;
}
