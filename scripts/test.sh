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

projects=(--project unit --project integration-sqlite)
if bash scripts/postgres-ready.sh; then
  projects+=(--project integration-postgres)
else
  echo "PostgreSQL is not reachable at 127.0.0.1:5432: skipping the PostgreSQL integration suite." >&2
  if [ "${CI:-}" = "true" ]; then echo "CI needs PostgreSQL: failing." >&2; exit 1; fi
fi
mkdir -p test-results
# The production build for the browser tests runs beside the unit and integration tests: they
# keep about one core busy, the build the other (a couple of minutes off the run on two cores).
npx next build > test-results/build.log 2>&1 &
build=$!

step "unit and integration tests"
tests_status=0
npx vitest run "${projects[@]}" --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || tests_status=$?

step "production build (made beside the tests)"
build_status=0
wait "$build" || build_status=$?
cat test-results/build.log
if [ "$tests_status" -ne 0 ] || [ "$build_status" -ne 0 ]; then exit 1; fi

step "end-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json

npx tsx scripts/test-summary.ts
