/**
 * actions/report's run() in this process (test/harness/run-in-process.ts), on result files made by
 * the configure-policy action itself for two matrix legs; and the harness's own promise that
 * in-process runs are as separate as the runner's steps.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Aggregate, validateResult } from "@oxidize/report";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { copyConfigureFixture } from "../../../test/fixtures/configure/copy-fixture.js";
import { GitHubDouble } from "../../../test/harness/github-double.js";
import { errorAnnotations, repoRoot, runActionInProcess, STACK_FRAME } from "../../../test/harness/index.js";

const samePr = JSON.parse(
  readFileSync(join(repoRoot, "test", "fixtures", "github", "pull_request.same-repo.json"), "utf8"),
);

/**
 * The report job's runner directory after actions/download-artifact put each leg's artifact into
 * `$RUNNER_TEMP/oxidize` (where the report reads by default): one directory per leg with that
 * leg's configure-policy result, produced by running the action for the leg.
 */
async function legsRunnerDir(legs: { os: string; python: string }[]): Promise<string> {
  const runnerDir = mkdtempSync(join(tmpdir(), "report-run-"));
  for (const leg of legs) {
    const step = await runActionInProcess("configure-policy", {
      inputs: {
        "source-dir": copyConfigureFixture("correct", { pythonVersion: leg.python }),
        // The pre-PEP's stages: 3.15 warns and 3.16 fails without Rust.
        policy: "pre-pep-2025",
        rust: "absent",
        matrix: JSON.stringify(leg),
      },
    });
    // 3.16 without Rust fails its leg's step; the result file is written either way.
    const report = step.outputs["report"]!;
    expect(await validateResult(JSON.parse(readFileSync(report, "utf8")))).toMatchObject({ valid: true });
    const dir = join(runnerDir, "temp", "oxidize", `oxidize-${leg.os}-${leg.python}`);
    mkdirSync(dir, { recursive: true });
    cpSync(report, join(dir, "configure-policy.json"));
  }
  return runnerDir;
}

describe("report run()", () => {
  it("aggregates two legs' results into one summary and aggregate file, worst leg first", async () => {
    const runnerDir = await legsRunnerDir([
      { os: "ubuntu-latest", python: "3.15" }, // Rust absent: warn (neutral)
      { os: "ubuntu-latest", python: "3.16" }, // Rust absent: fail (failure)
    ]);
    const run = await runActionInProcess("report", { runnerDir, inputs: { "check-name": "" } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ legs: "2", worst: "failure" });
    const aggregate = JSON.parse(readFileSync(run.outputs["report"]!, "utf8")) as Aggregate;
    expect(aggregate.schema).toBe("oxidize/aggregate@1");
    expect(aggregate.legs.map((leg) => [leg.label, leg.conclusion])).toEqual([
      ["ubuntu-latest, 3.16", "failure"],
      ["ubuntu-latest, 3.15", "neutral"],
    ]);
    expect(run.summary).toContain("Rust readiness: 2 legs: 1 failure, 1 neutral");
    expect(run.summary.indexOf("| ubuntu-latest, 3.16 |")).toBeLessThan(
      run.summary.indexOf("| ubuntu-latest, 3.15 |"),
    );
    // The legs' failures are the legs' to report: aggregating them is not this step failing.
    expect(errorAnnotations(run)).toEqual([]);
  });

  it("fails naming the input when `results` points at nothing, once and without a stack trace", async () => {
    const run = await runActionInProcess("report", { inputs: { results: "nowhere" } });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run)).toHaveLength(1);
    expect(errorAnnotations(run)[0]!.message).toMatch(
      /^Input 'results': no oxidize result files found .*nowhere/,
    );
    expect(run.stdout).not.toMatch(STACK_FRAME);
    expect(run.outputs).toEqual({});
  });
});

describe("in-process runs are separate steps", () => {
  it("gives the process back as it was: environment, working directory, exit code, stdout", async () => {
    const before = { env: { ...process.env }, cwd: process.cwd(), write: process.stdout.write };
    const run = await runActionInProcess("report", {
      inputs: { results: "nowhere" },
      env: { OXIDIZE_ONLY_IN_THE_STEP: "1" },
    });
    expect(run.exitCode).toBe(1); // core.setFailed set process.exitCode during the run
    expect(process.exitCode).toBeUndefined();
    expect(process.env).toEqual(before.env);
    expect(process.cwd()).toBe(before.cwd);
    expect(process.stdout.write).toBe(before.write);
  });

  it("gives the process back even when the run throws", async () => {
    const before = { env: { ...process.env }, cwd: process.cwd() };
    // The first chdir is into the step's workspace, after the step's environment is in place.
    vi.spyOn(process, "chdir").mockImplementationOnce(() => {
      throw new Error("no such workspace");
    });
    await expect(runActionInProcess("report", { inputs: { results: "nowhere" } })).rejects.toThrow(
      "no such workspace",
    );
    vi.restoreAllMocks();
    expect(process.env).toEqual(before.env);
    expect(process.cwd()).toBe(before.cwd);
    expect(process.exitCode).toBeUndefined();
  });

  it("writes each run's job summary to that run's file, also when started together", async () => {
    const [a, b] = await Promise.all([
      legsRunnerDir([{ os: "macos-14", python: "3.15" }]),
      legsRunnerDir([{ os: "windows-latest", python: "3.16" }]),
    ]);
    // Without a fresh @actions/core per run, the second summary would land in the first's file.
    const [first, second] = await Promise.all([
      runActionInProcess("report", { runnerDir: a, inputs: { "check-name": "" } }),
      runActionInProcess("report", { runnerDir: b, inputs: { "check-name": "" } }),
    ]);
    expect(first!.summary).toContain("| macos-14, 3.15 |");
    expect(first!.summary).not.toContain("windows-latest");
    expect(second!.summary).toContain("| windows-latest, 3.16 |");
    expect(second!.summary).not.toContain("macos-14");
    expect(readFileSync(join(first!.runnerDir, "summary.md"), "utf8")).toBe(first!.summary);
  });

  describe("with a check run", () => {
    let double: GitHubDouble;
    beforeAll(async () => {
      double = await GitHubDouble.start();
    });
    afterAll(async () => {
      await double.close();
    });

    it("each run sees its own event through @actions/github, which reads it at import", async () => {
      const runnerDir = await legsRunnerDir([{ os: "ubuntu-latest", python: "3.16" }]);
      const contextAfter = async (eventName: string, event: unknown) => {
        const run = await runActionInProcess("report", {
          runnerDir,
          inputs: { token: "ghs_test" },
          env: { GITHUB_API_URL: double.url },
          eventName,
          event,
        });
        expect(run.exitCode, run.stdout).toBe(0);
        // Publishing the check run imported @actions/github during the run: this is that copy.
        const { context } = await import("@actions/github");
        return { eventName: context.eventName, payload: context.payload };
      };
      const push = await contextAfter("push", { after: "0123456789abcdef0123456789abcdef01234567" });
      const pr = await contextAfter("pull_request", samePr);
      expect(push.eventName).toBe("push");
      expect(pr.eventName).toBe("pull_request");
      expect(pr.payload.pull_request?.["head"]).toMatchObject({ sha: samePr.pull_request.head.sha });
      const shas = double
        .callsTo("checks/create")
        .map((call) => (call.body as { head_sha: string }).head_sha);
      expect(shas).toEqual(["0123456789abcdef0123456789abcdef01234567", samePr.pull_request.head.sha]);
    });
  });
});
