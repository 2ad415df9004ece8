#!/usr/bin/env bash
# The production build on a fresh SQLite database, for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/e2e-db.sh
exec npx next start --port "${PORT:-3100}"
