#!/usr/bin/env bash
# One entry point that works on a fresh machine with only Node.js and npm:
#   bash scripts/dev.sh demo   - the main job: the actions end to end on examples/cpython-lite
#   bash scripts/dev.sh test   - typecheck, lint, every test, and the dist/docs drift checks
# It installs pnpm with npm when missing (corepack is not relied on) and the workspace's
# dependencies from the lockfile, then runs the named root script.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "installing pnpm@$PNPM_VERSION with npm"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi
pnpm install --frozen-lockfile --reporter=silent

case "${1:-}" in
  demo) shift; exec pnpm run --silent demo "$@" ;;
  test) shift; exec pnpm run --silent check "$@" ;;
  bench) shift; exec pnpm run --silent bench "$@" ;;
  *) echo "usage: bash scripts/dev.sh demo|test|bench" >&2; exit 2 ;;
esac
