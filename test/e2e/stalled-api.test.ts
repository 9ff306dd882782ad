/**
 * Issue #15, cause 1: a GitHub API that accepts the connection and never answers (or answers the
 * headers and then stalls the body) kept every action running until it was killed. Each bundled
 * action runs here twice — once without a check run, once publishing one to a stalled double with
 * the API limits shrunk (OXIDIZE_API_TIMEOUT_MS=500: 0.5 s idle, 1 s in all) — and must finish in
 * seconds with the same exit code and outputs, and exactly one notice naming the check run and
 * the timeout.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import type { ActionResult } from "@oxidize/report";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../fixtures/configure/copy-fixture.js";
import { type Fault, GitHubDouble } from "../harness/github-double.js";
import {
  type ActionRunOptions,
  type ActionRunResult,
  pathToolchainWorkspace,
  realPython,
  repoRoot,
  runAction,
} from "../harness/index.js";

let double: GitHubDouble;
beforeAll(async () => {
  double = await GitHubDouble.start();
});
afterAll(async () => {
  await double.close();
});
beforeEach(() => double.reset());

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `stalled-api-${name}-`));

/** The actions' inputs and environment for a run that finds what it needs without the network. */
const cases: Record<string, () => ActionRunOptions> = {
  "setup-rust": () => {
    // The machine's own toolchain as a `path` toolchain: nothing is downloaded.
    const workspace = pathToolchainWorkspace();
    const homes = fresh("homes");
    return { workspace, env: { CARGO_HOME: join(homes, "cargo"), RUSTUP_HOME: join(homes, "rustup") } };
  },
  "configure-policy": () => ({
    inputs: { "source-dir": copyConfigureFixture("correct", { pythonVersion: "3.15" }), rust: "absent" },
  }),
  "build-rust-modules": () => ({
    // No Rust on PATH: the graceful skip, a green step with outputs.
    workspace: repoRoot,
    inputs: {
      "source-dir": "examples/cpython-lite",
      "out-dir": join(fresh("out"), "out"),
      "python-version": "3.15",
      python: realPython,
    },
    env: {
      PATH: [dirname(realPython), "/usr/bin", "/bin"].join(delimiter),
      CARGO: undefined,
      RUSTC: undefined,
      RUSTUP_TOOLCHAIN: undefined,
      CARGO_HOME: fresh("cargo-home"),
    },
  }),
  report: () => {
    // One leg's result where actions/download-artifact would have put it ($RUNNER_TEMP/oxidize).
    const runnerDir = fresh("report");
    const leg = join(runnerDir, "temp", "oxidize", "oxidize-ubuntu-latest-3.16");
    mkdirSync(leg, { recursive: true });
    const result: ActionResult = {
      schema: "oxidize/result@1",
      action: "configure-policy",
      conclusion: "success",
      title: "pass",
      facts: { python: "3.16" },
      reasons: [],
      details: {},
      timings: { total: 10 },
      matrix: { os: "ubuntu-latest", python: "3.16" },
      startedAt: "2026-05-01T10:00:00Z",
      finishedAt: "2026-05-01T10:00:05Z",
    };
    writeFileSync(join(leg, "configure-policy.json"), JSON.stringify(result));
    return { runnerDir };
  },
};

/** Outputs that name this run's own files (its result, its fresh out-dir) differ between any two runs. */
function comparable(run: ActionRunResult): Record<string, string> {
  const { report: _report, "out-dir": _outDir, ...rest } = run.outputs;
  return rest;
}

const notices = (run: ActionRunResult) => run.annotations.filter((a) => a.level === "notice");

describe.each(Object.keys(cases))("%s against a stalled GitHub API", (action) => {
  let baseline: ActionRunResult;
  beforeAll(async () => {
    baseline = await runAction(action, {
      ...cases[action]!(),
      inputs: { ...cases[action]!().inputs, "check-name": "" },
    });
  }, 120_000);

  it.each<[Fault, RegExp]>([
    ["stall", /the GitHub API did not answer within 0\.5 s/],
    ["stall-body", /the GitHub API stopped sending its answer for 0\.5 s/],
  ])(
    "%s: finishes in seconds, result unchanged, one notice naming the check run and the timeout",
    async (fault, why) => {
      double.fail({ fault });
      const options = cases[action]!();
      const run = await runAction(action, {
        ...options,
        inputs: { ...options.inputs, "check-name": "Rust check", token: "ghs_test" },
        env: { ...options.env, GITHUB_API_URL: double.url, OXIDIZE_API_TIMEOUT_MS: "500" },
        timeoutMs: 30_000,
      });
      expect(run.durationMs, run.stdout).toBeLessThan(6_000);
      expect(run.exitCode, run.stdout + run.stderr).toBe(baseline.exitCode);
      expect(comparable(run)).toEqual(comparable(baseline));
      expect(run.outputs["report"]).toBeTruthy();
      expect(double.callsTo("checks/create")).toHaveLength(1);
      const about = notices(run).filter((n) => !notices(baseline).some((b) => b.message === n.message));
      expect(about).toHaveLength(1);
      expect(about[0]!.message).toMatch(/^Could not create the check run 'Rust check/);
      expect(about[0]!.message).toMatch(why);
      expect(notices(run)).toHaveLength(notices(baseline).length + 1);
      const levels = (r: ActionRunResult) =>
        r.annotations.filter((a) => a.level !== "notice").map((a) => a.level);
      expect(levels(run)).toEqual(levels(baseline));
    },
  );
});
