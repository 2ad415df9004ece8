import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatHmacKey } from "./hmac-keys";

export interface AuditKeyFiles {
  AUDIT_HMAC_KEY_FILE: string;
  AUDIT_SIGNING_KEY_FILE: string;
  AUDIT_CHECKPOINT_FILE: string;
}

/**
 * The demo's keys and checkpoint file in `dir` (made on first use, kept after):
 * an HMAC key, an Ed25519 signing key, and the path checkpoints go to. Files
 * are readable by their owner only. Production brings its own (README).
 */
export function ensureDemoAuditKeys(dir: string): AuditKeyFiles {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = {
    AUDIT_HMAC_KEY_FILE: path.join(dir, "hmac-keys"),
    AUDIT_SIGNING_KEY_FILE: path.join(dir, "signing-key.pem"),
    AUDIT_CHECKPOINT_FILE: path.join(dir, "checkpoints.jsonl"),
  };
  if (!existsSync(files.AUDIT_HMAC_KEY_FILE)) {
    const line = formatHmacKey(`demo-${new Date().toISOString().slice(0, 10)}`, randomBytes(32));
    writeFileSync(files.AUDIT_HMAC_KEY_FILE, `# HMAC keys of the audit chain, oldest first; the last seals new entries.\n${line}\n`, { mode: 0o600 });
  }
  if (!existsSync(files.AUDIT_SIGNING_KEY_FILE)) {
    const { privateKey } = generateKeyPairSync("ed25519");
    writeFileSync(files.AUDIT_SIGNING_KEY_FILE, privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600 });
  }
  return files;
}
