#!/usr/bin/env bash
# npm start: the portal at http://localhost:3000 on SQLite (data/portal.db),
# with the Policy Bureau's document and the demo users loaded, and the
# notification worker beside it; makes the demo's
# secrets (.env) and audit keys (.audit/) on first run.
# npm run start:production: makes nothing and loads no demo data (DEMO_DATA=off);
# refuses to start unless the audit trail's keys and checkpoint file are
# configured (README, Audit log), NEXTAUTH_SECRET is set and long enough, and no
# active account still has the demo password (scripts/production-check.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
port="${PORT:-3000}"
production=false
if [ "${1:-}" = "--production" ]; then
  production=true
  export DEMO_DATA=off
  npx tsx scripts/audit-trail/check-production.ts
else
  if [ ! -f .env ]; then
    secret=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("hex"))')
    printf 'NEXTAUTH_SECRET=%s\nNEXTAUTH_URL=http://localhost:%s\n' "$secret" "$port" > .env
  fi
  npx tsx scripts/audit-trail/demo-keys.ts
fi
npx tsx scripts/db/setup.ts
if [ "$production" = true ]; then npx tsx scripts/production-check.ts; fi
npx next build
# The server: `next start` workers sharing the port, one per core on PostgreSQL unless
# PORTAL_WORKERS says otherwise, one on SQLite (scripts/serve.ts, decision 107).
serve=(node --import tsx scripts/serve.ts --port "$port")
if [ "$production" = true ]; then exec "${serve[@]}"; fi
# The demo also runs the notification worker (README, Notifications; in production
# it runs as its own service). Without SMTP_HOST it sends no mail: reminders and
# notifications appear in the portal's list only.
npx tsx scripts/worker.ts &
worker_pid=$!
trap 'kill "$worker_pid" 2>/dev/null || true' EXIT INT TERM
"${serve[@]}"
