#!/usr/bin/env bash
# The browser tests' environment: a fresh SQLite database with the demo seed and
# the fixtures, and this run's own audit keys (outside the database folder).
# Sourced by scripts/e2e-server.sh; scripts/test.sh runs it beside the build and
# then sets E2E_DB_READY=1, so the server starts on what it made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DATABASE_URL="file:./data/e2e.db"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-use"
export NEXT_TELEMETRY_DISABLED=1
export AUDIT_HMAC_KEY_FILE=.audit/e2e/hmac-keys AUDIT_SIGNING_KEY_FILE=.audit/e2e/signing-key.pem AUDIT_CHECKPOINT_FILE=.audit/e2e/checkpoints.jsonl
if [ "${E2E_DB_READY:-}" != 1 ]; then
  mkdir -p data
  rm -f data/e2e.db data/e2e.db-journal
  rm -rf .audit/e2e
  npx tsx scripts/audit-trail/demo-keys.ts .audit/e2e
  npx tsx scripts/db/setup.ts
  npx tsx tests/e2e/fixtures/other-bureau.ts
  npx tsx tests/e2e/fixtures/sso-users.ts
elif [ ! -f data/e2e.db ]; then
  echo "E2E_DB_READY=1, but data/e2e.db is missing: run bash scripts/e2e-db.sh first." >&2
  exit 1
fi
