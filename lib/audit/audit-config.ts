import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Env, readEnv } from "@/lib/env";
import { type HmacKeyring, parseHmacKeys } from "./hmac-keys";

// Where the audit trail's secrets and anchors come from: the environment, or
// files it names. None of it is ever stored in the database.

export interface AuditConfig {
  hmac: HmacKeyring;
  /** Signs checkpoints; absent where only verification runs. */
  signingKey: KeyObject | null;
  /** Verifies checkpoints (derived from the signing key, or given to the verifier). */
  publicKey: KeyObject | null;
  /** Where checkpoints are appended; null: none are written. */
  checkpointFile: string | null;
}

export class AuditConfigError extends Error {}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new AuditConfigError(`${what} ${file} cannot be read: ${(error as Error).message}`);
  }
}

export function loadHmacKeyring(env: Env): HmacKeyring {
  try {
    if (env.AUDIT_HMAC_KEYS) return parseHmacKeys(env.AUDIT_HMAC_KEYS, "AUDIT_HMAC_KEYS");
    if (env.AUDIT_HMAC_KEY_FILE) return parseHmacKeys(readText(env.AUDIT_HMAC_KEY_FILE, "AUDIT_HMAC_KEY_FILE"), env.AUDIT_HMAC_KEY_FILE);
  } catch (error) {
    throw error instanceof AuditConfigError ? error : new AuditConfigError((error as Error).message);
  }
  throw new AuditConfigError(
    "No audit HMAC key: set AUDIT_HMAC_KEYS or AUDIT_HMAC_KEY_FILE (npm start makes demo keys in .audit/; see README, Audit log).",
  );
}

export function loadSigningKey(file: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(readText(file, "AUDIT_SIGNING_KEY_FILE"));
  } catch (error) {
    throw error instanceof AuditConfigError ? error : new AuditConfigError(`AUDIT_SIGNING_KEY_FILE ${file} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== "ed25519") throw new AuditConfigError(`AUDIT_SIGNING_KEY_FILE ${file} is a ${key.asymmetricKeyType} key; an Ed25519 key is needed`);
  return key;
}

export function loadAuditConfig(env: Env = readEnv()): AuditConfig {
  const signingKey = env.AUDIT_SIGNING_KEY_FILE ? loadSigningKey(env.AUDIT_SIGNING_KEY_FILE) : null;
  return {
    hmac: loadHmacKeyring(env),
    signingKey,
    publicKey: signingKey ? createPublicKey(signingKey) : null,
    checkpointFile: env.AUDIT_CHECKPOINT_FILE ? path.resolve(env.AUDIT_CHECKPOINT_FILE) : null,
  };
}

let cached: AuditConfig | null = null;

/** The process's audit configuration, read once from the environment. */
export function auditConfig(): AuditConfig {
  cached ??= loadAuditConfig();
  return cached;
}

const inside = (file: string, dir: string) => !path.relative(dir, file).startsWith("..");

/**
 * What production refuses to start without: an HMAC key, a signing key and a
 * checkpoint file, none of them in the SQLite database's folder (a copy of that
 * folder must not carry the keys, nor the anchors that check it).
 */
export function checkProductionAuditConfig(env: Env = readEnv()): string[] {
  const problems: string[] = [];
  try {
    loadHmacKeyring(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (!env.AUDIT_SIGNING_KEY_FILE) problems.push("AUDIT_SIGNING_KEY_FILE is not set (the Ed25519 key that signs checkpoints).");
  else {
    try {
      loadSigningKey(env.AUDIT_SIGNING_KEY_FILE);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (!env.AUDIT_CHECKPOINT_FILE) problems.push("AUDIT_CHECKPOINT_FILE is not set (where checkpoints are appended, outside the database).");
  if (env.DATABASE_URL.startsWith("file:")) {
    const dbDir = path.dirname(path.resolve(env.DATABASE_URL.slice("file:".length)));
    for (const [name, file] of [["AUDIT_HMAC_KEY_FILE", env.AUDIT_HMAC_KEY_FILE], ["AUDIT_SIGNING_KEY_FILE", env.AUDIT_SIGNING_KEY_FILE], ["AUDIT_CHECKPOINT_FILE", env.AUDIT_CHECKPOINT_FILE]] as const) {
      if (file && inside(path.resolve(file), dbDir)) problems.push(`${name} (${file}) is inside the database's folder ${dbDir}; keep it elsewhere.`);
    }
  }
  return problems;
}
