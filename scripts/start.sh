#!/usr/bin/env bash
# npm start: the portal at http://localhost:3000 on SQLite (data/portal.db),
# with the Policy Bureau's document and the demo users loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
port="${PORT:-3000}"
if [ ! -f .env ]; then
  secret=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("hex"))')
  printf 'NEXTAUTH_SECRET=%s\nNEXTAUTH_URL=http://localhost:%s\n' "$secret" "$port" > .env
fi
npx tsx scripts/db/setup.ts
npx next build
exec npx next start --port "$port"
