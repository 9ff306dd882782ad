#!/usr/bin/env bash
# Tags a release: vX.Y.Z at HEAD, pushed, then the major tag vX moved to it and force-pushed.
#   bash scripts/release.sh [--dry-run] [--remote NAME] X.Y.Z
# Refuses (one line, exit 1) a malformed version, a dirty tree, a version without a CHANGELOG.md
# entry, and a tag that exists here or on the remote. vX moves only after vX.Y.Z is on the remote,
# so `@vX` never points at a commit no immutable tag names; a patch to an older line (1.2.4 after
# 1.3.0) leaves vX where it is. --dry-run checks everything and prints the commands instead.
# Run by .github/workflows/release.yml after the same checks as CI.
set -euo pipefail

die() { echo "release: $*" >&2; exit 1; }

dry_run=false
remote=origin
version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --remote) [ $# -ge 2 ] || die "--remote needs a name, e.g. --remote origin"; remote="$2"; shift ;;
    -*) die "unknown option '$1'; usage: bash scripts/release.sh [--dry-run] [--remote NAME] X.Y.Z" ;;
    *) [ -z "$version" ] || die "one version only, got '$version' and '$1'"; version="$1" ;;
  esac
  shift
done
[ -n "$version" ] || die "usage: bash scripts/release.sh [--dry-run] [--remote NAME] X.Y.Z"

cd "$(git rev-parse --show-toplevel)"

# Semantic version, no leading v, no pre-release: the tags are vX.Y.Z and users pin @vX.
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
[[ "$version" =~ $semver ]] || die "version '$version' is not X.Y.Z (e.g. 1.2.3, without a leading v)"
major="v${BASH_REMATCH[1]}"
tag="v$version"

[ -z "$(git status --porcelain)" ] || die "the working tree has uncommitted or untracked files; commit or stash them first"

# Keep a Changelog headings: "## [1.2.3] - 2026-12-01".
grep -Eq "^## \[${version//./\\.}\]" CHANGELOG.md 2>/dev/null ||
  die "CHANGELOG.md has no '## [$version]' section; move the Unreleased entries under it first"

git remote get-url "$remote" >/dev/null 2>&1 || die "no git remote named '$remote'"
git rev-parse -q --verify "refs/tags/$tag" >/dev/null && die "tag $tag already exists here; versions are never re-tagged"
remote_tags="$(git ls-remote --tags --refs "$remote")" || die "cannot list the tags of remote '$remote'"
grep -q "[[:space:]]refs/tags/$tag\$" <<<"$remote_tags" && die "tag $tag already exists on $remote; versions are never re-tagged"

# The newest vX.*.* on the remote, to leave vX alone when this release is older.
newest="$(sed -n "s#.*refs/tags/\\(${major}\\.[0-9]*\\.[0-9]*\\)\$#\\1#p" <<<"$remote_tags" | sort -V | tail -n 1)"
move_major=true
if [ -n "$newest" ] && [ "$(printf '%s\n%s\n' "$newest" "$tag" | sort -V | tail -n 1)" != "$tag" ]; then
  move_major=false
fi

run() {
  if $dry_run; then echo "would run: $*"; else "$@"; fi
}

commit="$(git rev-parse HEAD)"
run git tag -a "$tag" -m "$tag" "$commit"
run git push "$remote" "refs/tags/$tag"
if $move_major; then
  run git tag -f "$major" "$commit"
  run git push --force "$remote" "refs/tags/$major"
  echo "released $tag at $commit; $major now points to it"
else
  echo "released $tag at $commit; $major stays at $newest, which is newer"
fi
