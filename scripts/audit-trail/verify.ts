import "./load-env";
import { createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { auditConfig } from "@/lib/audit/audit-config";
import type { NumberedCheckpoint } from "@/lib/audit/chain-walker";
import { formatCheckpoint, parsePrintedCheckpoint } from "@/lib/audit/checkpoint";
import { readCheckpointFile } from "@/lib/audit/checkpoint-file";
import { describeVerdict } from "@/lib/audit/describe-verdict";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createClient } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import { createTranslator } from "@/lib/i18n/messages";

// npm run audit:verify [-- --checkpoints <file>]… [--head "<text printed in an export>"]…
//   [--public-key <pem>] [--no-configured-checkpoints]
// Checks every MAC and link, and the chain against every checkpoint: those of
// AUDIT_CHECKPOINT_FILE, of each --checkpoints file and each pasted --head.
// Exit 0: intact; 1: the first failure is named; 2: bad arguments or configuration.
// package.json runs it with V8's heap bounded: one page is live at a time, and on a
// machine with much memory V8 otherwise lets a million entries' garbage grow to
// some 300 MB before collecting it (decision 111).
const usage = 'usage: npm run audit:verify -- [--checkpoints <file>]... [--head "AUDIT-CHECKPOINT/1 id=… sig=…"]... [--public-key <pem file>] [--no-configured-checkpoints]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        checkpoints: { type: "string", multiple: true, default: [] },
        head: { type: "string", multiple: true, default: [] },
        "public-key": { type: "string" },
        "no-configured-checkpoints": { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();

const t = createTranslator(process.env.LANG?.startsWith("ja") ? "ja" : "en");
let config;
try {
  config = auditConfig();
} catch (error) {
  fail((error as Error).message);
}

let publicKey: KeyObject | null = config.publicKey;
if (values["public-key"]) {
  try {
    publicKey = createPublicKey(readFileSync(values["public-key"], "utf8"));
  } catch (error) {
    fail(`--public-key ${values["public-key"]}: ${(error as Error).message}`);
  }
}

const files = [...(values["no-configured-checkpoints"] || !config.checkpointFile ? [] : [config.checkpointFile]), ...values.checkpoints];
const checkpoints: NumberedCheckpoint[] = [];
for (const file of files) {
  try {
    const { checkpoints: read } = await readCheckpointFile(file);
    console.log(`Checkpoints: ${read.length} from ${file} (numbers ${read.length ? `${checkpoints.length + 1}–${checkpoints.length + read.length}` : "none"}).`);
    checkpoints.push(...read.map((c, i) => ({ ...c, n: checkpoints.length + i + 1 })));
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
}
for (const text of values.head) {
  const head = parsePrintedCheckpoint(text);
  if (!head) fail(`--head: no "AUDIT-CHECKPOINT/1 id=… sig=…" found in the text given.\n${usage}`);
  checkpoints.push({ ...head, n: checkpoints.length + 1 });
  console.log(`Checkpoint ${checkpoints.length}: the head pasted (${formatCheckpoint(head).slice(0, 60)}…).`);
}

const db = createClient(readEnv().DATABASE_URL);
const started = performance.now();
const verdict = await verifyAuditChain(db, { keys: config.hmac.byId, checkpoints, publicKey });
await db.$disconnect();
for (const line of describeVerdict(verdict, t)) console.log(line);
// The log is read a page at a time: the peak shows it stays flat however long the chain (npm run bench:scale reads this line).
console.log(`Checked ${verdict.checked} entries in ${((performance.now() - started) / 1000).toFixed(1)} s; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`);
if (verdict.ok) {
  if (verdict.head) console.log(`Head: entry ${verdict.head.lastId}, count ${verdict.head.count}, MAC ${verdict.head.mac}.`);
  for (const s of verdict.segments) console.log(`Segment sealed with key "${s.keyId}": entries ${s.fromSeq}–${s.toSeq} of the chain.`);
} else {
  const where = [verdict.entryId && `entry=${verdict.entryId}`, verdict.checkpoint && `checkpoint=${verdict.checkpoint}`].filter(Boolean).join(" ");
  console.error(`FAILED kind=${verdict.kind}${where ? ` ${where}` : ""}`);
  process.exitCode = 1;
}
