import type { KeyObject } from "node:crypto";
import { entryMac, type StoredEntry } from "./audit-chain";
import { type ChainHead, type Checkpoint, checkpointSignatureValid } from "./checkpoint";
import type { HmacKey } from "./hmac-keys";

// The verifier's state machine: fed entries in id order, it keeps only the
// previous MAC, the expected position and the checkpoints still ahead, so a
// chain of any length is checked in constant memory.

/** A checkpoint as given to the verifier: numbered in the order given (file line order, then --head). */
export interface NumberedCheckpoint extends Checkpoint {
  n: number;
}

export type ChainFailureKind = "unsealed" | "unknown-key" | "changed" | "missing" | "truncated" | "rolled-back" | "bad-checkpoint";

export interface ChainFailure {
  kind: ChainFailureKind;
  /** The first entry found wrong (absent for truncation and bad checkpoints). */
  entryId?: number;
  /** changed: content (MAC does not match), link (follows another entry), checkpoint (differs from an anchored head). */
  why?: "content" | "link" | "checkpoint" | "signature";
  keyId?: string;
  /** missing: the chain positions absent before entryId. */
  missingFrom?: number;
  missingTo?: number;
  /** The checkpoint involved (its number) and how many entries it anchored. */
  checkpoint?: number;
  anchored?: number;
  /** How many entries the database still holds in order (the last good position). */
  lastSeq?: number;
}

export interface KeySegment {
  keyId: string;
  fromSeq: number;
  toSeq: number;
}

export type ChainVerdict =
  | { ok: true; checked: number; head: ChainHead | null; checkpointsMatched: number; signaturesChecked: boolean; segments: KeySegment[] }
  | ({ ok: false; checked: number } & ChainFailure);

export class ChainWalker {
  private expectedSeq = 1;
  private previousMac = "";
  private lastId = 0;
  checked = 0;
  private readonly ahead: NumberedCheckpoint[];
  private readonly matched: NumberedCheckpoint[] = [];
  readonly segments: KeySegment[] = [];

  constructor(
    private readonly keys: ReadonlyMap<string, HmacKey>,
    checkpoints: NumberedCheckpoint[],
  ) {
    this.ahead = [...checkpoints].sort((a, b) => a.count - b.count || a.n - b.n);
  }

  /** Signature check of every checkpoint given; null when all are signed by `publicKey`. */
  static checkSignatures(checkpoints: NumberedCheckpoint[], publicKey: KeyObject): ChainFailure | null {
    const bad = checkpoints.find((c) => !checkpointSignatureValid(c, publicKey));
    return bad ? { kind: "bad-checkpoint", why: "signature", checkpoint: bad.n } : null;
  }

  /** Checks the next entry; returns the failure it shows, if any. */
  step(entry: StoredEntry): ChainFailure | null {
    this.checked++;
    if (entry.keyId === "" || entry.hash === "") return { kind: "unsealed", entryId: entry.id, lastSeq: this.expectedSeq - 1 };
    const key = this.keys.get(entry.keyId);
    if (!key) return { kind: "unknown-key", entryId: entry.id, keyId: entry.keyId, lastSeq: this.expectedSeq - 1 };
    if (entryMac(entry, entry, key.secret) !== entry.hash) return { kind: "changed", why: "content", entryId: entry.id, lastSeq: this.expectedSeq - 1 };
    // The entry is as it was sealed; now: does it follow the entry before it?
    if (entry.seq > this.expectedSeq && entry.prevHash !== this.previousMac) {
      return { kind: "missing", entryId: entry.id, missingFrom: this.expectedSeq, missingTo: entry.seq - 1, lastSeq: this.expectedSeq - 1 };
    }
    if (entry.seq !== this.expectedSeq || entry.prevHash !== this.previousMac) return { kind: "changed", why: "link", entryId: entry.id, lastSeq: this.expectedSeq - 1 };
    while (this.ahead[0] && this.ahead[0].count <= entry.seq) {
      const checkpoint = this.ahead.shift()!;
      if (checkpoint.count === entry.seq && checkpoint.lastId === entry.id && checkpoint.mac === entry.hash) {
        this.matched.push(checkpoint);
        continue;
      }
      // A sealed entry where the checkpoint anchored another: written after the
      // checkpoint, it means the database went back and was written again;
      // older, it was re-sealed by someone holding the HMAC key.
      const writtenLater = entry.at.getTime() > Date.parse(checkpoint.at);
      return writtenLater
        ? { kind: "rolled-back", entryId: entry.id, checkpoint: checkpoint.n, anchored: checkpoint.count, lastSeq: entry.seq - 1 }
        : { kind: "changed", why: "checkpoint", entryId: entry.id, checkpoint: checkpoint.n, anchored: checkpoint.count, lastSeq: entry.seq - 1 };
    }
    const segment = this.segments.at(-1);
    if (segment?.keyId === entry.keyId) segment.toSeq = entry.seq;
    else this.segments.push({ keyId: entry.keyId, fromSeq: entry.seq, toSeq: entry.seq });
    this.previousMac = entry.hash;
    this.lastId = entry.id;
    this.expectedSeq++;
    return null;
  }

  /** Checkpoints that anchored more entries than the database holds. */
  get unreached(): readonly NumberedCheckpoint[] {
    return this.ahead;
  }

  /**
   * After the last entry: a checkpoint not reached means entries are gone. The
   * database was rolled back when a later checkpoint anchored this shorter chain,
   * or when its id counter is below the checkpoint's last id (a restored copy
   * also restores the counter; deleting rows does not lower it).
   */
  finish(idHighWater: number | null): ChainFailure | null {
    const first = this.ahead[0];
    if (!first) return null;
    const lastSeq = this.expectedSeq - 1;
    const anchoredShorterLater = this.matched.some((m) => Date.parse(m.at) > Date.parse(first.at));
    const restoredCounter = idHighWater !== null && idHighWater < first.lastId;
    return { kind: anchoredShorterLater || restoredCounter ? "rolled-back" : "truncated", checkpoint: first.n, anchored: first.count, lastSeq };
  }

  verdict(failure: ChainFailure | null, signaturesChecked: boolean): ChainVerdict {
    if (failure) return { ok: false, checked: this.checked, ...failure };
    const head = this.expectedSeq > 1 ? { lastId: this.lastId, count: this.expectedSeq - 1, mac: this.previousMac } : null;
    return { ok: true, checked: this.checked, head, checkpointsMatched: this.matched.length, signaturesChecked, segments: this.segments };
  }
}
