#!/usr/bin/env bash
# npm start: the portal at http://localhost:3000 on SQLite (data/portal.db),
# with the Policy Bureau's document and the demo users loaded; makes the demo's
# secrets (.env) and audit keys (.audit/) on first run.
# npm run start:production: makes nothing; refuses to start unless the audit
# trail's keys and checkpoint file are configured (README, Audit log).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
port="${PORT:-3000}"
if [ "${1:-}" = "--production" ]; then
  npx tsx scripts/audit-trail/check-production.ts
else
  if [ ! -f .env ]; then
    secret=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("hex"))')
    printf 'NEXTAUTH_SECRET=%s\nNEXTAUTH_URL=http://localhost:%s\n' "$secret" "$port" > .env
  fi
  npx tsx scripts/audit-trail/demo-keys.ts
fi
npx tsx scripts/db/setup.ts
npx next build
exec npx next start --port "$port"
