#!/usr/bin/env bash
# The production build on a fresh SQLite database, for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data
rm -f data/e2e.db data/e2e.db-journal
export DATABASE_URL="file:./data/e2e.db"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-use"
export NEXT_TELEMETRY_DISABLED=1
# Audit keys and checkpoint file of this run only, outside the database folder.
rm -rf .audit/e2e
export AUDIT_HMAC_KEY_FILE=.audit/e2e/hmac-keys AUDIT_SIGNING_KEY_FILE=.audit/e2e/signing-key.pem AUDIT_CHECKPOINT_FILE=.audit/e2e/checkpoints.jsonl
npx tsx scripts/audit-trail/demo-keys.ts .audit/e2e
npx tsx scripts/db/setup.ts
npx tsx tests/e2e/fixtures/other-bureau.ts
npx tsx tests/e2e/fixtures/sso-users.ts
exec npx next start --port "${PORT:-3100}"
