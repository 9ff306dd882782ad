#!/usr/bin/env bash
# The generated files — every bundle and the README tables — against what is committed.
#   bash scripts/check-dist.sh           rebuild them, then fail if anything differs (pnpm run check-dist)
#   bash scripts/check-dist.sh --build   only rebuild them (pnpm run generate)
#   bash scripts/check-dist.sh --check   only compare, without rebuilding: for `pnpm run check`, which
#                                        generates before the tests so the e2e tests run today's bundles
# `git status --porcelain` also catches new, untracked files.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-all}"
case "$mode" in
  all | --build | --check) ;;
  *) echo "usage: bash scripts/check-dist.sh [--build|--check]" >&2; exit 2 ;;
esac

if [ "$mode" != "--check" ]; then
  pnpm run --silent bundle >/dev/null
  pnpm run --silent docs
fi
[ "$mode" = "--build" ] && exit 0

# ':(glob)…/**': a plain 'actions/*/dist' pathspec matches no file below those directories.
generated=(':(glob)actions/*/dist/**' 'packages/cli/dist' '*.md')
changed="$(git status --porcelain -- "${generated[@]}")"
if [ -n "$changed" ]; then
  echo "Generated files are out of date; run 'pnpm run generate' and commit:" >&2
  echo "$changed" >&2
  git --no-pager diff --stat -- "${generated[@]}" >&2 || true
  exit 1
fi
echo "dist and docs are up to date"
