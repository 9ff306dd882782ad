import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { type ActionResult, parseResult } from "@oxidize/report";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GitHubDouble } from "../../../test/harness/github-double.js";
import { captureStdout } from "../../../test/harness/stdout-capture.js";
import { parseWorkflowCommands } from "../../../test/harness/workflow-commands.js";

// @actions/github reads the event at import time, so the runner environment comes first and the
// modules under test are imported afterwards.
const dir = mkdtempSync(join(tmpdir(), "action-kit-report-"));
const eventPath = join(dir, "event.json");
const summaryPath = join(dir, "summary.md");
const headSha = "feedfacefeedfacefeedfacefeedfacefeedface";
writeFileSync(
  eventPath,
  JSON.stringify({ pull_request: { number: 7, head: { sha: headSha, repo: { fork: false } } } }),
);
const runnerEnv = {
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_EVENT_NAME: "pull_request",
  GITHUB_STEP_SUMMARY: summaryPath,
  GITHUB_REPOSITORY: "octo-org/octo-repo",
  GITHUB_SHA: "0000000000000000000000000000000000000001",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_RUN_ID: "99",
  GITHUB_ACTION: "policy",
  GITHUB_WORKSPACE: join(dir, "workspace"),
  RUNNER_TEMP: join(dir, "runner-temp"),
};
Object.assign(process.env, runnerEnv);

let kit: typeof import("../src/index.js");
let double: GitHubDouble;
let stdout: string;
let restoreStdout: () => void;

beforeAll(async () => {
  double = await GitHubDouble.start();
  process.env["GITHUB_API_URL"] = double.url;
  kit = await import("../src/index.js");
});
afterAll(async () => {
  await double.close();
});
beforeEach(() => {
  double.reset();
  writeFileSync(summaryPath, "");
  stdout = "";
  // Workflow commands go to stdout; keep them out of the test's own output (and read them back).
  restoreStdout = captureStdout((text) => {
    stdout += text;
  });
});
afterEach(() => {
  restoreStdout();
  vi.restoreAllMocks();
});

function result(overrides: Partial<ActionResult> = {}): ActionResult {
  return {
    schema: "oxidize/result@1",
    action: "configure-policy",
    conclusion: "failure",
    title: "fail: configure: error: Rust is required",
    facts: { python: "3.17" },
    reasons: [
      {
        level: "failure",
        code: "rust-missing",
        message: "100% missing:\ncargo, rustc",
        file: "dir,with:odd/configure.ac",
        line: 3,
      },
    ],
    details: {},
    timings: { detect: 5 },
    startedAt: "2026-05-01T10:00:00Z",
    finishedAt: "2026-05-01T10:00:01Z",
    ...overrides,
  };
}

describe("publishResult", () => {
  it("writes the summary, prints escaped annotations and creates the check on the PR head", async () => {
    const report = await kit.publishResult(result(), {
      checkName: "Rust policy",
      token: "ghs_test",
      matrix: { os: "ubuntu-latest", python: "3.17" },
    });
    expect(report).toMatchObject({ summary: true, annotations: 1, errors: 1, droppedAnnotations: 0 });
    // The one result file of the step, with the leg's matrix, under RUNNER_TEMP/oxidize.
    expect(report.path).toMatch(
      /runner-temp\/oxidize\/configure-policy-policy-ubuntu-latest-3\.17-[0-9a-f]{16}\.json$/,
    );
    expect((await parseResult(readFileSync(report.path, "utf8"), report.path)).matrix).toEqual({
      os: "ubuntu-latest",
      python: "3.17",
    });
    expect(report.checkRun).toMatchObject({ published: true, annotations: 1 });
    expect(readFileSync(summaryPath, "utf8")).toContain(
      "❌ configure-policy: fail: configure: error: Rust is required",
    );
    // The toolkit escaped %, newline, ':' and ','; the runner's parser gets the originals back.
    expect(stdout).toContain(
      "::error file=dir%2Cwith%3Aodd/configure.ac,line=3,endLine=3::100%25 missing:%0Acargo, rustc [rust-missing]",
    );
    const [annotation] = parseWorkflowCommands(stdout).annotations;
    expect(annotation).toMatchObject({
      level: "error",
      message: "100% missing:\ncargo, rustc [rust-missing]",
      properties: { file: "dir,with:odd/configure.ac", line: "3", endLine: "3" },
    });
    const [create] = double.callsTo("checks/create");
    expect(create?.headers["authorization"]).toBe("token ghs_test");
    expect(create?.body).toMatchObject({
      name: "Rust policy (ubuntu-latest, 3.17)",
      head_sha: headSha,
      conclusion: "failure",
      details_url: "https://github.com/octo-org/octo-repo/actions/runs/99",
      output: {
        annotations: [{ path: "dir,with:odd/configure.ac", start_line: 3, annotation_level: "failure" }],
      },
    });
  });

  it("prints one notice naming checks: write when the token is read-only, and carries on", async () => {
    double.fail({ operationId: "checks/create", fault: 403 });
    const report = await kit.publishResult(result({ reasons: [] }), {
      checkName: "Rust policy",
      token: "ghs_test",
    });
    expect(report.checkRun).toMatchObject({ published: false, permissionDenied: true });
    const notices = parseWorkflowCommands(stdout).annotations.filter((a) => a.level === "notice");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(
      /^Could not create the check run 'Rust policy' \(HTTP 403: Resource not accessible by integration\): the token may not write checks/,
    );
    expect(notices[0]?.message).toContain("permissions: checks: write");
    expect(notices[0]?.message).toMatch(/forks/);
    expect(readFileSync(summaryPath, "utf8")).toContain("configure-policy");
  });

  it("skips the check run without a check name and explains an empty token", async () => {
    expect((await kit.publishResult(result(), {})).checkRun).toBeUndefined();
    expect(double.calls).toHaveLength(0);
    const report = await kit.publishResult(result({ reasons: [] }), { checkName: "Rust policy", token: "" });
    expect(report.checkRun).toMatchObject({ published: false, reason: "the token input is empty" });
    expect(parseWorkflowCommands(stdout).annotations.filter((a) => a.level === "notice")).toHaveLength(1);
  });
});

// Issue #15: an API that accepted the connection and never answered held every action until the
// job's timeout. OXIDIZE_API_TIMEOUT_MS=300: 0.1 s connect, 0.3 s idle, 0.6 s for all publishing.
describe("publishResult against a GitHub API that stalls or is slow", () => {
  beforeEach(() => {
    process.env["OXIDIZE_API_TIMEOUT_MS"] = "300";
  });
  afterEach(() => {
    delete process.env["OXIDIZE_API_TIMEOUT_MS"];
  });

  async function publishTimed(reasons = result().reasons) {
    const started = performance.now();
    const report = await kit.publishResult(result({ reasons }), {
      checkName: "Rust policy",
      token: "ghs_test",
    });
    const annotations = parseWorkflowCommands(stdout).annotations;
    return {
      report,
      ms: performance.now() - started,
      notices: annotations.filter((a) => a.level === "notice").map((a) => a.message),
      warnings: annotations.filter((a) => a.level === "warning").map((a) => a.message),
    };
  }

  it("gives up on an API that never answers after the idle timeout: one notice, no retry", async () => {
    double.fail({ operationId: "checks/create", fault: "stall" });
    const { report, ms, notices, warnings } = await publishTimed();
    expect(ms).toBeLessThan(2000);
    expect(report).toMatchObject({ summary: true, annotations: 1, errors: 1 });
    expect(report.checkRun).toMatchObject({ published: false, permissionDenied: false, requests: 1 });
    expect(notices).toEqual([
      "Could not create the check run 'Rust policy': the GitHub API did not answer within 0.3 s. The job summary has the full report.",
    ]);
    expect(warnings).toEqual([]);
    // A timed-out POST may have created the check run: it is not sent again.
    expect(double.callsTo("checks/create")).toHaveLength(1);
  });

  it("gives up on an answer whose body stalls, instead of reading it as empty", async () => {
    double.fail({ operationId: "checks/create", fault: "stall-body" });
    const { report, ms, notices } = await publishTimed();
    expect(ms).toBeLessThan(2000);
    expect(report.checkRun).toMatchObject({ published: false, requests: 1 });
    expect(notices).toEqual([
      "Could not create the check run 'Rust policy': the GitHub API stopped sending its answer for 0.3 s. The job summary has the full report.",
    ]);
  });

  it("keeps a created check run whose annotation batch stalls, with one notice of what is missing", async () => {
    double.fail({ operationId: "checks/update", fault: "stall" });
    const many = Array.from({ length: 120 }, (_, i) => ({
      level: "warning" as const,
      code: "clippy",
      message: `lint ${i}`,
      file: "src/lib.rs",
      line: i + 1,
    }));
    const { report, ms, notices } = await publishTimed(many);
    expect(ms).toBeLessThan(2000);
    expect(report.checkRun).toMatchObject({ published: true, annotations: 50 });
    expect(notices.filter((n) => n.includes("Rust policy"))).toEqual([
      "The check run 'Rust policy' is incomplete: Adding annotations batch 2 failed: the GitHub API did not answer within 0.3 s; 70 annotations not added.",
    ]);
  });

  it("stops retrying a failing API when the budget is spent: one notice, never a failed step", async () => {
    double.fail({ operationId: "checks/create", fault: 500 });
    process.env["OXIDIZE_API_TIMEOUT_MS"] = "1500"; // budget 3 s: 500, 1 s back-off, 500, 2 s back-off cut short
    const { report, ms, notices, warnings } = await publishTimed();
    expect(ms).toBeGreaterThan(2500);
    expect(ms).toBeLessThan(4500);
    expect(report.checkRun).toMatchObject({ published: false, requests: 3 });
    expect(notices).toEqual([
      "Could not create the check run 'Rust policy': publishing to the GitHub API took longer than the 3 s this step allows it. The job summary has the full report.",
    ]);
    expect(warnings).toEqual([]);
    expect(double.callsTo("checks/create")).toHaveLength(2);
  });
});

describe("writeStepResult", () => {
  it("writes a result the report action can read, one file per action and leg", async () => {
    const env = { RUNNER_TEMP: join(dir, "results"), GITHUB_ACTION: "step" };
    const a = kit.writeStepResult(result({ matrix: { os: "ubuntu-latest", python: "3.16" } }), env);
    const b = kit.writeStepResult(result({ matrix: { os: "ubuntu-latest", python: "3.17" } }), env);
    const c = kit.writeStepResult(result({ action: "setup-rust" }), env);
    expect(basename(a)).toMatch(/^configure-policy-step-ubuntu-latest-3\.16-[0-9a-f]{16}\.json$/);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(basename(c)).toBe("setup-rust-step.json");
    expect((await parseResult(readFileSync(a, "utf8"), a)).matrix).toEqual({
      os: "ubuntu-latest",
      python: "3.16",
    });
  });

  it("writes the result as given, leaving validation to the reader", async () => {
    const path = kit.writeStepResult({ ...result(), conclusion: "passed" } as never, {
      RUNNER_TEMP: join(dir, "bad"),
      GITHUB_ACTION: "x",
    });
    expect(JSON.parse(readFileSync(path, "utf8")).conclusion).toBe("passed");
    expect(parseWorkflowCommands(stdout).annotations).toEqual([]);
    await expect(parseResult(readFileSync(path, "utf8"), path)).rejects.toThrow(/\/conclusion/);
  });

  it("writes one file per step under RUNNER_TEMP/oxidize, with a file-safe step id", async () => {
    const temp = join(dir, "runner-temp");
    const first = kit.writeStepResult(result(), { RUNNER_TEMP: temp, GITHUB_ACTION: "policy" });
    const second = kit.writeStepResult(result(), { RUNNER_TEMP: temp, GITHUB_ACTION: "__run/2" });
    expect(first).toBe(join(temp, "oxidize", "configure-policy-policy.json"));
    expect(second).toBe(join(temp, "oxidize", "configure-policy-__run_2.json"));
    expect((await parseResult(readFileSync(first, "utf8"), first)).action).toBe("configure-policy");
  });
});
