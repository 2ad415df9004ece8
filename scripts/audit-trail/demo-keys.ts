import { existsSync, readFileSync, appendFileSync } from "node:fs";
import { ensureDemoAuditKeys } from "@/lib/audit/demo-keys";

// The demo (npm start, npm run dev): makes the audit keys in .audit/ on first
// use and names them in .env, unless the environment or .env already names keys.
// With a folder argument (the e2e server) it only makes the files there.
const dir = process.argv[2];
if (dir) {
  ensureDemoAuditKeys(dir);
} else {
  const dotEnv = existsSync(".env") ? readFileSync(".env", "utf8") : "";
  const named = (name: string) => process.env[name] !== undefined || new RegExp(`^${name}=`, "m").test(dotEnv);
  if (named("AUDIT_HMAC_KEYS") || named("AUDIT_HMAC_KEY_FILE")) process.exit(0);
  const files = ensureDemoAuditKeys(".audit");
  const lines = Object.entries(files).filter(([name]) => !named(name)).map(([name, file]) => `${name}=${file}\n`);
  appendFileSync(".env", `${dotEnv === "" || dotEnv.endsWith("\n") ? "" : "\n"}${lines.join("")}`);
  console.log(`Audit trail: demo keys in .audit/ (named in .env). Production brings its own keys: see README, Audit log.`);
}
