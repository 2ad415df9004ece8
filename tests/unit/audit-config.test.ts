import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkProductionAuditConfig, loadAuditConfig } from "@/lib/audit/audit-config";
import { readEnv } from "@/lib/env";

const dir = mkdtempSync(path.join(os.tmpdir(), "portal-audit-config-"));
const signingKey = path.join(dir, "signing.pem");
writeFileSync(signingKey, generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }));
const rsaKey = path.join(dir, "rsa.pem");
writeFileSync(rsaKey, generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ format: "pem", type: "pkcs8" }));
const env = (vars: Record<string, string>) => readEnv({ NODE_ENV: "test", ...vars });
const hmac = `k1:${randomBytes(32).toString("base64")}`;

describe("the audit trail's configuration", () => {
  it("lists everything production lacks", () => {
    expect(checkProductionAuditConfig(env({ DATABASE_URL: "file:./data/portal.db" }))).toEqual([
      expect.stringMatching(/^No audit HMAC key/),
      expect.stringMatching(/^AUDIT_SIGNING_KEY_FILE is not set/),
      expect.stringMatching(/^AUDIT_CHECKPOINT_FILE is not set/),
    ]);
  });

  it("accepts keys and a checkpoint file outside the database's folder, and refuses them inside it", () => {
    const outside = { AUDIT_HMAC_KEYS: hmac, AUDIT_SIGNING_KEY_FILE: signingKey, AUDIT_CHECKPOINT_FILE: path.join(dir, "checkpoints.jsonl") };
    expect(checkProductionAuditConfig(env({ DATABASE_URL: "file:./data/portal.db", ...outside }))).toEqual([]);
    expect(checkProductionAuditConfig(env({ DATABASE_URL: `file:${path.join(dir, "portal.db")}`, ...outside }))).toEqual([
      expect.stringMatching(/^AUDIT_SIGNING_KEY_FILE .* is inside the database's folder/),
      expect.stringMatching(/^AUDIT_CHECKPOINT_FILE .* is inside the database's folder/),
    ]);
  });

  it("names a bad key instead of starting with it", () => {
    expect(checkProductionAuditConfig(env({ AUDIT_HMAC_KEYS: "k1:c2hvcnQ=", AUDIT_SIGNING_KEY_FILE: rsaKey, AUDIT_CHECKPOINT_FILE: "/tmp/x" }))).toEqual([
      expect.stringMatching(/has 5 bytes; at least 32/),
      expect.stringMatching(/is a rsa key; an Ed25519 key is needed/),
    ]);
    const config = loadAuditConfig(env({ AUDIT_HMAC_KEYS: hmac, AUDIT_SIGNING_KEY_FILE: signingKey }));
    expect(config.hmac.current.id).toBe("k1");
    expect(config.publicKey?.asymmetricKeyType).toBe("ed25519");
    expect(config.checkpointFile).toBeNull();
  });
});
