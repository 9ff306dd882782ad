/**
 * One annotation per problem in a job that runs setup-rust, then build-rust-modules: the step logs
 * of the bundled actions replayed through the runner's problem-matcher semantics
 * (harness/runner-matchers.ts), where setup-rust's matchers stay registered for the rest of the job
 * and apply to every line that is not a command — cargo's output inside stop-commands included.
 * build-rust-modules reports a broken optional module as a warning; the matcher must not add a red
 * error for the same diagnostic, and must be back for the steps after it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ActionRunResult,
  pathToolchainWorkspace,
  realPython,
  repoRoot,
  runAction,
} from "../harness/index.js";
import { type RunnerIssue, RunnerMatchers } from "../harness/runner-matchers.js";

const targetDir = join(repoRoot, ".tmp", "cargo-target-matchers");
const brokenFile = "fixture/crates/broken/src/lib.rs";

/** What a step leaves to the next: its GITHUB_ENV exports and GITHUB_PATH entries. */
function carried(run: ActionRunResult): Record<string, string> {
  const path = [...run.addedPath]
    .reverse()
    .concat(process.env["PATH"] ?? "")
    .join(delimiter);
  return { ...run.exportedEnv, PATH: path };
}

function explain(run: ActionRunResult): string {
  return `exit ${run.exitCode}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
}

describe("setup-rust's problem matchers around build-rust-modules", () => {
  let workspace: string;
  let job: RunnerMatchers;
  let setup: ActionRunResult;
  let build: ActionRunResult;
  let buildIssues: RunnerIssue[];

  beforeAll(async () => {
    workspace = pathToolchainWorkspace();
    cpSync(join(repoRoot, "test", "fixtures", "modules", "workspace"), join(workspace, "fixture"), {
      recursive: true,
      filter: (source) => !source.includes(join("workspace", "target")),
    });
    mkdirSync(targetDir, { recursive: true });
    job = new RunnerMatchers(workspace);

    setup = await runAction("setup-rust", { workspace, inputs: {} });
    expect(setup.exitCode, explain(setup)).toBe(0);
    job.replay(setup.stdout + setup.stderr);

    build = await runAction("build-rust-modules", {
      workspace,
      inputs: {
        "source-dir": "fixture",
        "target-dir": targetDir,
        // 3.15 under the pre-PEP's stages: Rust modules are optional, so the broken one is a warning.
        policy: "pre-pep-2025",
        "python-version": "3.15",
        "trust-python-version": "true",
        python: realPython,
      },
      env: carried(setup),
      timeoutMs: 170_000,
    });
    expect(build.exitCode, explain(build)).toBe(0);
    buildIssues = job.replay(build.stdout + build.stderr);
  }, 200_000);

  it("setup-rust registers its matchers and tells later steps where they are", () => {
    expect(job.owners).toContain("oxidize-rustc");
    expect(setup.exportedEnv["OXIDIZE_MATCHERS_DIR"]).toBeTruthy();
  });

  it("annotates the broken optional module's error once, as the action's warning, with no matcher error", () => {
    expect(JSON.parse(build.outputs["skipped"]!)).toEqual(["_broken"]);
    // Annotations located at the problem (the matcher's lose their file: cargo prints it relative
    // to the Cargo workspace, which the runner roots at GITHUB_WORKSPACE); the module's own
    // "skipped" line is about the module, not located.
    const atProblem = buildIssues.filter((issue) =>
      issue.source === "command" ? issue.properties["line"] === "5" : issue.line === 5,
    );
    expect(atProblem, JSON.stringify(buildIssues, null, 1)).toHaveLength(1);
    expect(atProblem[0]).toMatchObject({
      source: "command",
      level: "warning",
      properties: { file: brokenFile, line: "5" },
    });
    expect(atProblem[0]!.message).toMatch(/mismatched types/);
    expect(buildIssues.filter((issue) => issue.source === "matcher")).toEqual([]);
    expect(
      buildIssues.filter((issue) => (issue.source === "command" ? issue.level : issue.type) === "error"),
    ).toEqual([]);
  });

  it("puts the same matchers back, so a later `cargo build` step's error is annotated", () => {
    const afterSetup = new RunnerMatchers(workspace);
    afterSetup.replay(setup.stdout);
    expect(job.owners).toEqual(afterSetup.owners);

    // A later `run: cargo build` step in the same job, with what setup-rust exported.
    const cargo = spawnSync(
      "cargo",
      ["build", "--offline", "-p", "broken-mod", "--manifest-path", join(workspace, "fixture", "Cargo.toml")],
      {
        cwd: workspace,
        env: { ...process.env, ...carried(setup), CARGO_TARGET_DIR: targetDir },
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(cargo.status).not.toBe(0);
    const later = job.replay(cargo.stdout + cargo.stderr);
    expect(later).toContainEqual(
      expect.objectContaining({ source: "matcher", owner: "oxidize-rustc", type: "error", line: 5 }),
    );
  });
});
