/**
 * scripts/release.sh against a real temporary repository whose `origin` is a bare repository:
 * the tags it creates and moves there, and each refusal as one line that changes nothing.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "..", "..", "scripts", "release.sh");
const identity = {
  GIT_AUTHOR_NAME: "Release Test",
  GIT_AUTHOR_EMAIL: "release@example.invalid",
  GIT_COMMITTER_NAME: "Release Test",
  GIT_COMMITTER_EMAIL: "release@example.invalid",
};

function run(file: string, args: string[], cwd: string) {
  const env = { ...process.env, ...identity, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  const result = spawnSync(file, args, { cwd, env, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let work: string;
let bare: string;

function git(...args: string[]): string {
  const result = run("git", args, work);
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout.trim();
}
const release = (...args: string[]) => run("bash", [script, ...args], work);

/** Tag name → the commit it names, on the bare remote (annotated tags peeled). */
function remoteTags(): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const line of run("git", ["ls-remote", "--tags", bare], work).stdout.trim().split("\n")) {
    const [sha, ref] = line.split("\t");
    if (!sha || !ref) continue;
    const name = ref.replace("refs/tags/", "");
    if (name.endsWith("^{}")) tags[name.slice(0, -3)] = sha;
    else tags[name] ??= sha;
  }
  return tags;
}

/** A commit whose CHANGELOG.md has a section for `version`. */
function commitRelease(version: string): string {
  appendFileSync(join(work, "CHANGELOG.md"), `\n## [${version}] - 2026-12-01\n\n### Added\n\n- Things.\n`);
  git("add", "CHANGELOG.md");
  git("commit", "-qm", `Release ${version}`);
  git("push", "-q", git("remote"), "HEAD:main");
  return git("rev-parse", "HEAD");
}

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), "release-"));
  bare = join(dir, "remote.git");
  work = join(dir, "work");
  expect(run("git", ["init", "-q", "--bare", bare], dir).status).toBe(0);
  expect(run("git", ["init", "-q", "-b", "main", work], dir).status).toBe(0);
  git("remote", "add", "origin", bare);
  writeFileSync(join(work, "CHANGELOG.md"), "# Changelog\n\n## [Unreleased]\n");
  git("add", "CHANGELOG.md");
  git("commit", "-qm", "Start");
});

describe("scripts/release.sh", () => {
  it("pushes vX.Y.Z, then moves vX to it; a later release moves vX again, an older line's patch does not", () => {
    const first = commitRelease("1.0.0");
    const one = release("1.0.0");
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toContain(`released v1.0.0 at ${first}; v1 now points to it`);
    expect(remoteTags()).toEqual({ "v1.0.0": first, v1: first });

    const second = commitRelease("1.1.0");
    expect(release("1.1.0").status).toBe(0);
    expect(remoteTags()).toEqual({ "v1.0.0": first, "v1.1.0": second, v1: second });

    // A fix for the 1.0 line, released after 1.1.0: @v1 users stay on 1.1.0.
    const patch = commitRelease("1.0.1");
    const backport = release("1.0.1");
    expect(backport.status, backport.stderr).toBe(0);
    expect(backport.stdout).toContain("v1 stays at v1.1.0, which is newer");
    expect(remoteTags()).toEqual({ "v1.0.0": first, "v1.1.0": second, "v1.0.1": patch, v1: second });

    const major = commitRelease("2.0.0");
    expect(release("2.0.0").status).toBe(0);
    expect(remoteTags()).toMatchObject({ v1: second, v2: major, "v2.0.0": major });
  });

  it("--dry-run checks everything and prints the commands, creating and pushing nothing", () => {
    commitRelease("1.0.0");
    const dry = release("--dry-run", "1.0.0");
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("would run: git push origin refs/tags/v1.0.0");
    expect(dry.stdout).toContain("would run: git push --force origin refs/tags/v1");
    expect(remoteTags()).toEqual({});
    expect(git("tag")).toBe("");
  });

  it("pushes to the remote named by --remote", () => {
    git("remote", "rename", "origin", "upstream");
    const head = commitRelease("0.1.0");
    expect(release("--remote", "upstream", "0.1.0").status).toBe(0);
    expect(remoteTags()).toEqual({ "v0.1.0": head, v0: head });
  });

  it.each([
    ["a version that is not X.Y.Z", ["1.2"], /^release: version '1\.2' is not X\.Y\.Z/],
    [
      "a leading v",
      ["v1.0.0"],
      /^release: version 'v1\.0\.0' is not X\.Y\.Z \(e\.g\. 1\.2\.3, without a leading v\)/,
    ],
    ["a pre-release", ["1.0.0-rc.1"], /^release: version '1\.0\.0-rc\.1' is not X\.Y\.Z/],
    [
      "a version without a CHANGELOG section",
      ["1.0.1"],
      /^release: CHANGELOG\.md has no '## \[1\.0\.1\]' section/,
    ],
    ["an unknown remote", ["--remote", "nowhere", "1.0.0"], /^release: no git remote named 'nowhere'/],
    ["no version", [], /^release: usage: bash scripts\/release\.sh/],
  ])("refuses %s in one line", (_, args, message) => {
    commitRelease("1.0.0");
    const refused = release(...args);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(message);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(remoteTags()).toEqual({});
  });

  it("refuses a dirty working tree, untracked files included", () => {
    commitRelease("1.0.0");
    writeFileSync(join(work, "stray.txt"), "");
    const refused = release("1.0.0");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      "release: the working tree has uncommitted or untracked files; commit or stash them first\n",
    );
    expect(remoteTags()).toEqual({});
  });

  it("refuses a tag that exists here or only on the remote, leaving vX where it was", () => {
    const first = commitRelease("1.0.0");
    expect(release("1.0.0").status).toBe(0);
    const again = release("1.0.0");
    expect(again.status).toBe(1);
    expect(again.stderr).toBe("release: tag v1.0.0 already exists here; versions are never re-tagged\n");

    // A clone that has not fetched the tag: the remote still says no.
    git("tag", "-d", "v1.0.0");
    commitRelease("1.0.0");
    const remoteOnly = release("1.0.0");
    expect(remoteOnly.status).toBe(1);
    expect(remoteOnly.stderr).toBe(
      "release: tag v1.0.0 already exists on origin; versions are never re-tagged\n",
    );
    expect(remoteTags()).toEqual({ "v1.0.0": first, v1: first });
  });
});
