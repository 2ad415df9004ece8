import { createHash, createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { canonicalJson } from "./audit-chain";

// A checkpoint is the chain's head (last entry id, its MAC, the entry count, the
// time) signed with Ed25519. Kept outside the database (a file, every export),
// it proves how long the chain was and what it ended with at that moment.

export const checkpointFormat = "policy-portal-audit-checkpoint/1";

export interface ChainHead {
  lastId: number;
  count: number;
  mac: string;
}

export interface Checkpoint extends ChainHead {
  at: string;
  /** What made it: export, period.close, daily, reseal, manual. */
  reason: string;
  /** Fingerprint of the public key that signed it. */
  signer: string;
  signature: string;
}

/** First 16 hex digits of SHA-256 over the raw public key: names the signer on paper. */
export function signerFingerprint(key: KeyObject): string {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  return createHash("sha256").update(publicKey.export({ format: "der", type: "spki" })).digest("hex").slice(0, 16);
}

const signedMessage = (c: Omit<Checkpoint, "signature">) =>
  Buffer.from(canonicalJson({ format: checkpointFormat, lastId: c.lastId, count: c.count, mac: c.mac, at: c.at, reason: c.reason, signer: c.signer }));

export function signCheckpoint(head: ChainHead, reason: string, privateKey: KeyObject, at = new Date()): Checkpoint {
  const unsigned = { ...head, at: at.toISOString(), reason, signer: signerFingerprint(privateKey) };
  return { ...unsigned, signature: sign(null, signedMessage(unsigned), privateKey).toString("base64") };
}

export function checkpointSignatureValid(checkpoint: Checkpoint, publicKey: KeyObject): boolean {
  if (checkpoint.signer !== signerFingerprint(publicKey)) return false;
  try {
    return verify(null, signedMessage(checkpoint), publicKey, Buffer.from(checkpoint.signature, "base64"));
  } catch {
    return false;
  }
}

/** The one-line text printed in exports and pasted into `audit:verify --head`. */
export function formatCheckpoint(c: Checkpoint): string {
  return `AUDIT-CHECKPOINT/1 id=${c.lastId} count=${c.count} at=${c.at} reason=${c.reason} mac=${c.mac} signer=${c.signer} sig=${c.signature}`;
}

// Whitespace is removed before matching, so a head copied from a PDF or a
// spreadsheet where lines broke inside a long value still reads.
const printed = /AUDIT-CHECKPOINT\/1id=(\d+)count=(\d+)at=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)reason=([a-z.]+?)mac=([0-9a-f]{64})signer=([0-9a-f]{16})sig=([A-Za-z0-9+/]{86}==)/;

/** Reads a printed checkpoint out of any text (an export's footer, trailer or field); null if none. */
export function parsePrintedCheckpoint(text: string): Checkpoint | null {
  const m = printed.exec(text.slice(0, 100_000).replace(/\s+/g, ""));
  if (!m) return null;
  return { lastId: Number(m[1]), count: Number(m[2]), at: m[3]!, reason: m[4]!, mac: m[5]!, signer: m[6]!, signature: m[7]! };
}

/** One checkpoint per line of the checkpoint file (JSON); throws naming the line on anything else. */
export function parseCheckpointLine(line: string, lineNumber: number): Checkpoint {
  const bad = () => new Error(`checkpoint file line ${lineNumber} is not a checkpoint`);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw bad();
  }
  const c = value as Record<string, unknown>;
  if (
    c?.format !== checkpointFormat ||
    !Number.isSafeInteger(c.lastId) || !Number.isSafeInteger(c.count) ||
    typeof c.mac !== "string" || typeof c.at !== "string" || typeof c.reason !== "string" ||
    typeof c.signer !== "string" || typeof c.signature !== "string"
  ) throw bad();
  return { lastId: c.lastId as number, count: c.count as number, mac: c.mac, at: c.at, reason: c.reason, signer: c.signer, signature: c.signature };
}

export function checkpointLine(c: Checkpoint): string {
  return JSON.stringify({ format: checkpointFormat, ...c });
}
