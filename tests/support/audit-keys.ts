import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDemoAuditKeys } from "@/lib/audit/demo-keys";

/** The test run's audit keys and checkpoint file, in a temporary folder (made once, in the global setup). */
export function makeTestAuditKeys(): { hmacKeyFile: string; signingKeyFile: string; checkpointFile: string } {
  const files = ensureDemoAuditKeys(mkdtempSync(path.join(os.tmpdir(), "portal-audit-")));
  return { hmacKeyFile: files.AUDIT_HMAC_KEY_FILE, signingKeyFile: files.AUDIT_SIGNING_KEY_FILE, checkpointFile: files.AUDIT_CHECKPOINT_FILE };
}

export function useTestAuditKeys(keys: ReturnType<typeof makeTestAuditKeys>) {
  process.env.AUDIT_HMAC_KEY_FILE = keys.hmacKeyFile;
  process.env.AUDIT_SIGNING_KEY_FILE = keys.signingKeyFile;
  process.env.AUDIT_CHECKPOINT_FILE = keys.checkpointFile;
}
