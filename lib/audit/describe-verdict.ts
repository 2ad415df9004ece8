import type { Translate } from "@/lib/i18n/messages";
import type { ChainFailure, ChainVerdict } from "./chain-walker";

/** The first failure in words, for the auditor page and `audit:verify`. */
export function describeFailure(f: ChainFailure, t: Translate): string {
  const p = { id: f.entryId ?? "", keyId: f.keyId ?? "", checkpoint: f.checkpoint ?? "", anchored: f.anchored ?? "", lastSeq: f.lastSeq ?? 0, from: f.missingFrom ?? "", to: f.missingTo ?? "" };
  switch (f.kind) {
    case "unsealed": return t("audit.chain.kind.unsealed", p);
    case "unknown-key": return t("audit.chain.kind.unknownKey", p);
    case "missing": return t("audit.chain.kind.missing", p);
    case "truncated": return t("audit.chain.kind.truncated", p);
    case "rolled-back": return t("audit.chain.kind.rolledBack", p);
    case "bad-checkpoint": return t("audit.chain.kind.badCheckpoint", p);
    case "changed":
      return t(f.why === "link" ? "audit.chain.kind.changed.link" : f.why === "checkpoint" ? "audit.chain.kind.changed.checkpoint" : "audit.chain.kind.changed.content", p);
  }
}

/** The verdict as the lines shown to a person: the result, then what it could not check. */
export function describeVerdict(v: ChainVerdict, t: Translate): string[] {
  if (!v.ok) return [t("audit.chain.broken", { message: describeFailure(v, t), checked: v.checked })];
  const lines = [t("audit.chain.ok", { checked: v.checked, matched: v.checkpointsMatched })];
  if (v.checkpointsMatched === 0) lines.push(t("audit.chain.noCheckpoints"));
  else if (!v.signaturesChecked) lines.push(t("audit.chain.unsignedCheckpoints"));
  return lines;
}
