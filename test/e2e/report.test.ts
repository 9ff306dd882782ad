import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ActionResult, Aggregate, ResultReason } from "@oxidize/report";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../fixtures/configure/copy-fixture.js";
import { GitHubDouble } from "../harness/github-double.js";
import { repoRoot, runAction } from "../harness/index.js";

const fixtures = join(repoRoot, "test", "fixtures", "github");
const samePr = JSON.parse(readFileSync(join(fixtures, "pull_request.same-repo.json"), "utf8"));
const forkPr = JSON.parse(readFileSync(join(fixtures, "pull_request.fork.json"), "utf8"));
const MiB = 1024 * 1024;

let double: GitHubDouble;
beforeAll(async () => {
  double = await GitHubDouble.start();
});
afterAll(async () => {
  await double.close();
});
beforeEach(() => double.reset());

function result(
  action: ActionResult["action"],
  matrix: Record<string, string>,
  over: Partial<ActionResult>,
): ActionResult {
  return {
    schema: "oxidize/result@1",
    action,
    conclusion: "success",
    title: `${action} ok`,
    facts: { python: matrix["python"] ?? "" },
    reasons: [],
    details: {},
    timings: { total: 10 },
    matrix,
    startedAt: "2026-05-01T10:00:00Z",
    finishedAt: "2026-05-01T10:00:05Z",
    ...over,
  };
}

const located = (n: number): ResultReason[] =>
  Array.from({ length: n }, (_, i) => ({
    level: "warning",
    code: "clippy",
    message: `lint ${i}`,
    file: `Modules/_base64/src/lib.rs`,
    line: i + 1,
  }));

/** Six legs laid out as actions/download-artifact leaves them: one directory per artifact. */
function matrixWorkspace(extra: (dir: string) => void = () => {}): string {
  const workspace = mkdtempSync(join(tmpdir(), "report-e2e-"));
  const legs: [string, string, Partial<ActionResult>[]][] = [
    [
      "ubuntu-latest",
      "3.15",
      [
        { conclusion: "neutral", title: "warn: Rust missing" },
        { modules: [{ name: "_base64", state: "missing" }] },
      ],
    ],
    ["ubuntu-latest", "3.16", [{}, { modules: [{ name: "_base64", state: "built" }], reasons: located(70) }]],
    [
      "ubuntu-latest",
      "3.17",
      [
        {
          conclusion: "failure",
          title: "fail: configure: error: Rust is required",
          reasons: [{ level: "failure", code: "rust-missing", message: "configure: error: cargo not found" }],
        },
      ],
    ],
    ["macos-14", "3.16", [{}, { modules: [{ name: "_base64", state: "built" }] }]],
    [
      "windows-latest",
      "3.16",
      [
        {},
        {
          conclusion: "failure",
          title: "1 failed",
          modules: [{ name: "_base64", state: "failed", message: "link error" }],
        },
      ],
    ],
    ["macos-14", "3.14", [{ conclusion: "skipped", title: "Rust not used before 3.15" }]],
  ];
  for (const [os, python, parts] of legs) {
    const dir = join(workspace, "oxidize-results", `oxidize-results-${os}-${python}`);
    mkdirSync(dir, { recursive: true });
    parts.forEach((over, i) => {
      const action = i === 0 ? "configure-policy" : "build-rust-modules";
      writeFileSync(
        join(dir, `${action}.json`),
        JSON.stringify(result(action, { os, python }, over), null, 2),
      );
    });
  }
  extra(workspace);
  return workspace;
}

function env() {
  return { GITHUB_API_URL: double.url };
}

describe("actions/report", () => {
  it("publishes one check for the whole matrix on the PR head, worst leg first, with annotation batches", async () => {
    const run = await runAction("report", {
      workspace: matrixWorkspace(),
      inputs: { token: "ghs_test", results: "oxidize-results" },
      env: env(),
      eventName: "pull_request",
      event: samePr,
    });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ legs: "6", worst: "failure" });

    const aggregate = JSON.parse(readFileSync(run.outputs["report"] ?? "", "utf8")) as Aggregate;
    expect(aggregate.schema).toBe("oxidize/aggregate@1");
    expect(aggregate.legs.map((l) => l.label)).toEqual([
      "ubuntu-latest, 3.17",
      "windows-latest, 3.16",
      "ubuntu-latest, 3.15",
      "macos-14, 3.14",
      "macos-14, 3.16",
      "ubuntu-latest, 3.16",
    ]);

    const creates = double.callsTo("checks/create");
    const updates = double.callsTo("checks/update");
    expect(creates).toHaveLength(1);
    const create = creates[0]!;
    expect(create.status).toBe(201);
    expect(create.path).toBe("/repos/octo-org/octo-repo/check-runs");
    expect(create.headers["authorization"]).toBe("token ghs_test");
    const body = create.body as {
      name: string;
      head_sha: string;
      conclusion: string;
      output: { summary: string; annotations: unknown[] };
    };
    expect(body.head_sha).toBe(samePr.pull_request.head.sha);
    expect(body.head_sha).not.toBe("0123456789abcdef0123456789abcdef01234567"); // GITHUB_SHA, the merge commit
    expect(body.name).toBe("Rust readiness");
    expect(body.conclusion).toBe("failure");
    for (const leg of aggregate.legs) expect(body.output.summary).toContain(`| ${leg.label} |`);
    // 70 located findings: 50 with the create, 20 appended by PATCH to the same check run.
    expect(body.output.annotations).toHaveLength(50);
    expect(
      updates.map((u) => [
        u.path,
        u.status,
        (u.body as { output: { annotations: unknown[] } }).output.annotations.length,
      ]),
    ).toEqual([[`/repos/octo-org/octo-repo/check-runs/${(create.response as { id: number }).id}`, 200, 20]]);

    expect(run.summary).toContain("Rust readiness: 6 legs: 2 failure, 1 neutral, 1 skipped, 2 success");
    expect(run.summary).toContain("| platform \\ Python | 3.14 | 3.15 | 3.16 | 3.17 |");
    expect(run.annotations.filter((a) => a.level !== "notice")).toEqual([]);
  });

  it("on a fork PR (read-only token, 403) stays green, prints one notice and still writes the summary", async () => {
    double.fail({ operationId: "checks/create", fault: 403 });
    const run = await runAction("report", {
      workspace: matrixWorkspace(),
      inputs: { token: "ghs_test", results: "oxidize-results" },
      env: env(),
      eventName: "pull_request",
      event: forkPr,
    });
    expect(forkPr.pull_request.head.repo.fork).toBe(true);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ legs: "6", worst: "failure" });
    expect((double.callsTo("checks/create")[0]!.body as { head_sha: string }).head_sha).toBe(
      forkPr.pull_request.head.sha,
    );
    expect(double.callsTo("checks/update")).toEqual([]);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]).toMatchObject({ level: "notice" });
    expect(run.annotations[0]?.message).toMatch(
      /^Could not create the check run 'Rust readiness' \(HTTP 403: Resource not accessible by integration\): the token may not write checks\./,
    );
    expect(run.annotations[0]?.message).toContain("`permissions: checks: write`");
    expect(run.summary).toContain("| windows-latest, 3.16 |");
  });

  it("waits out a secondary rate limit (Retry-After) and then creates the check", async () => {
    double.fail({ operationId: "checks/create", fault: "secondary-rate-limit", retryAfter: 1, times: 1 });
    const run = await runAction("report", {
      workspace: matrixWorkspace(),
      inputs: { token: "ghs_test", results: "oxidize-results" },
      env: env(),
      eventName: "push",
    });
    expect(run.exitCode).toBe(0);
    expect(double.callsTo("checks/create").map((c) => c.status)).toEqual([403, 201]);
    expect((double.callsTo("checks/create")[1]!.body as { head_sha: string }).head_sha).toBe(
      "0123456789abcdef0123456789abcdef01234567",
    );
    expect(run.durationMs).toBeGreaterThanOrEqual(1000);
  });

  it("keeps an oversized summary under 1 MiB and the check run within the Checks API limits", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "report-big-"));
    const dir = join(workspace, "oxidize-results");
    mkdirSync(dir);
    for (let i = 0; i < 400; i++) {
      const r = result(
        "configure-policy",
        { os: `runner-${i}`, python: "3.16" },
        { title: `${"very long verdict ".repeat(200)}${i}` },
      );
      writeFileSync(join(dir, `r${i}.json`), JSON.stringify(r));
    }
    const run = await runAction("report", {
      workspace,
      inputs: { token: "ghs_test", results: "oxidize-results" },
      env: env(),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs["legs"]).toBe("400");
    expect(Buffer.byteLength(run.summary)).toBeGreaterThan(0.9 * MiB);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(MiB);
    expect(run.summary).toMatch(
      /Truncated: \d+ more bytes not shown \(the job summary of a step is limited to 1048576 bytes\)/,
    );
    // The double enforces maxLength 65535 from GitHub's description: a 201 proves the truncation.
    const [create] = double.callsTo("checks/create");
    expect(create?.status).toBe(201);
    expect((create!.body as { output: { summary: string } }).output.summary).toMatch(
      /Truncated: \d+ more characters/,
    );
  });

  it("rejects unreadable result files visibly and counts them as a failure", async () => {
    const workspace = matrixWorkspace((ws) => {
      writeFileSync(join(ws, "oxidize-results", "truncated.json"), '{"schema":"oxidize/result@1","act');
      writeFileSync(
        join(ws, "oxidize-results", "wrong.json"),
        JSON.stringify({ ...result("setup-rust", { os: "x", python: "3.16" }, {}), conclusion: "green" }),
      );
      writeFileSync(join(ws, "oxidize-results", "other-tool.json"), JSON.stringify({ coverage: 93 }));
    });
    const run = await runAction("report", {
      workspace,
      inputs: { "check-name": "", results: "oxidize-results" },
      env: env(),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ legs: "6", worst: "failure" });
    expect(double.calls).toEqual([]); // no check name: no API call at all
    const warnings = run.annotations.filter((a) => a.level === "warning");
    expect(warnings.map((w) => w.message.split("\n")[0])).toEqual([
      "Rejected oxidize-results/truncated.json:",
      "Rejected oxidize-results/wrong.json:",
    ]);
    expect(warnings[1]?.message).toContain(
      '/conclusion: must be one of "success", "neutral", "failure", "skipped"',
    );
    expect(run.stdout).toContain("Ignored oxidize-results/other-tool.json: not an oxidize result.");
    expect(run.summary).toContain("### Rejected result files");
  });

  it("takes glob patterns", async () => {
    const run = await runAction("report", {
      workspace: matrixWorkspace(),
      inputs: {
        results: "oxidize-results/*-3.16/*.json\n!oxidize-results/*windows*/*.json",
        "check-name": "",
      },
      env: env(),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ legs: "2", worst: "success" });
  });

  it("reads by default the one directory every oxidize step of the job writes to ($RUNNER_TEMP/oxidize)", async () => {
    // Two steps of one job, as the runner lays them out: the same RUNNER_TEMP, different step ids.
    const runnerDir = mkdtempSync(join(tmpdir(), "oxidize-report-job-"));
    const source = copyConfigureFixture("correct", { pythonVersion: "3.15" });
    const policy = await runAction("configure-policy", {
      runnerDir,
      inputs: { "source-dir": source, policy: "pre-pep-2025", rust: "absent" },
      env: { GITHUB_ACTION: "policy" },
    });
    expect(policy.exitCode, policy.stdout).toBe(0);
    expect(policy.outputs["report"]).toBe(join(runnerDir, "temp", "oxidize", "configure-policy-policy.json"));
    const run = await runAction("report", {
      runnerDir,
      inputs: { "check-name": "" },
      env: { ...env(), GITHUB_ACTION: "report" },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ legs: "1", worst: "neutral" });
    // The aggregate lands beside the results, and is not read back as a leg.
    expect(run.outputs["report"]).toBe(join(runnerDir, "temp", "oxidize", "report-report.json"));
    expect(run.stdout).toContain("Read 1 results from 1 files.");
  });

  it("fails with a configuration error naming the input when there is nothing to report", async () => {
    const run = await runAction("report", { inputs: { results: "nowhere" }, env: env() });
    expect(run.exitCode).toBe(1);
    const [error] = run.annotations;
    expect(error?.level).toBe("error");
    expect(error?.message).toMatch(/^Input 'results': no oxidize result files found \(searched .*nowhere\)/);
    expect(error?.message).toContain("actions/download-artifact");
  });
});
