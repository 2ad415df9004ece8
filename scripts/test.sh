#!/usr/bin/env bash
# npm test: every test. Unit, integration on SQLite and PostgreSQL, then
# end-to-end in Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh --browser

step() { printf '\n== %s\n' "$*"; }

step "dependency advisories (runtime dependencies)"
npx tsx scripts/audit-dependencies.ts

step "schema and types"
npx tsx scripts/db/sync-schemas.ts --check
npx tsc --noEmit

postgres=false
if bash scripts/postgres-ready.sh; then
  postgres=true
else
  echo "PostgreSQL is not reachable at 127.0.0.1:5432: skipping the PostgreSQL integration suite." >&2
  if [ "${CI:-}" = "true" ]; then echo "CI needs PostgreSQL: failing." >&2; exit 1; fi
fi
mkdir -p test-results
rm -f test-results/vitest*.json
# Three things at once on two cores: the production build for the browser tests, and the
# integration tests on each engine in a process of its own (each runs its files one at a
# time, so alone it keeps about one core busy). Their logs are printed when they end.
npx next build > test-results/build.log 2>&1 &
build=$!
# The browser tests' database and audit keys, made meanwhile: the server then only starts.
bash scripts/e2e-db.sh > test-results/e2e-db.log 2>&1 &
e2e_db=$!
if [ "$postgres" = true ]; then
  npx vitest run --project integration-postgres --reporter=default --reporter=json --outputFile.json=test-results/vitest-postgres.json > test-results/vitest-postgres.log 2>&1 &
  postgres_tests=$!
fi

step "unit tests and integration tests on SQLite"
tests_status=0
npx vitest run --project unit --project integration-sqlite --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || tests_status=$?

if [ "$postgres" = true ]; then
  step "integration tests on PostgreSQL (run beside the above)"
  wait "$postgres_tests" || tests_status=1
  cat test-results/vitest-postgres.log
fi

step "production build (made beside the tests)"
build_status=0
wait "$build" || build_status=$?
cat test-results/build.log
e2e_db_status=0
wait "$e2e_db" || { e2e_db_status=$?; cat test-results/e2e-db.log; }
if [ "$tests_status" -ne 0 ] || [ "$build_status" -ne 0 ] || [ "$e2e_db_status" -ne 0 ]; then exit 1; fi

step "end-to-end tests (Chromium)"
E2E_DB_READY=1 PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json

npx tsx scripts/test-summary.ts
