#!/usr/bin/env bash
# Rebuilds every bundle and the generated README tables, then fails if anything differs
# from what is committed. `git status --porcelain` also catches new, untracked files.
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm run --silent bundle >/dev/null
pnpm run --silent docs
changed="$(git status --porcelain -- 'actions/*/dist' 'packages/cli/dist' '*.md' 'actions/*/README.md')"
if [ -n "$changed" ]; then
  echo "Generated files are out of date; run 'pnpm run bundle && pnpm run docs' and commit:" >&2
  echo "$changed" >&2
  git --no-pager diff --stat -- 'actions/*/dist' 'packages/cli/dist' '*.md' >&2 || true
  exit 1
fi
echo "dist and docs are up to date"
