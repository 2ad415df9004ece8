#!/usr/bin/env bash
# Exit 0 when the PostgreSQL test server answers; in CI, try to start it first.
ready() { node -e '
  const { Client } = require("pg");
  const c = new Client({ connectionString: process.env.POSTGRES_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/test" });
  c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));' 2>/dev/null; }
ready && exit 0
if [ "${CI:-}" = "true" ] && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start >/dev/null 2>&1 || true
  sleep 2
  ready && exit 0
fi
exit 1
