import { describe, expect, it } from "vitest";
import { type ApiResponse, buildCheckRun, publishCheckRun } from "../src/index.js";
import { reasons, sampleResult } from "./sample.js";

type Step = ApiResponse | Error;

/** A client that answers from a script and records what it was asked; the HTTP path is tested e2e. */
function scripted(steps: Step[]) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const sleeps: number[] = [];
  return {
    calls,
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
    client: {
      async request(method: "GET" | "POST" | "PATCH", path: string, body?: unknown) {
        calls.push({ method, path, body });
        const step = steps.shift() ?? { status: 200, data: {}, headers: {} };
        if (step instanceof Error) throw step;
        return step;
      },
    },
  };
}

const created: ApiResponse = {
  status: 201,
  data: { id: 7, html_url: "https://github.com/o/r/runs/7" },
  headers: {},
};
const ok: ApiResponse = { status: 200, data: { id: 7 }, headers: {} };
const plan = buildCheckRun(sampleResult({ reasons: reasons(120) }), {
  name: "Rust policy",
  headSha: "a".repeat(40),
});
const target = { owner: "octo-org", repo: "octo-repo" };

describe("publishCheckRun", () => {
  it("creates on the repository, then PATCHes the remaining batches onto the new id", async () => {
    const s = scripted([created, ok, ok]);
    const outcome = await publishCheckRun(s.client, plan, { ...target, sleep: s.sleep });
    expect(outcome).toEqual({
      published: true,
      id: 7,
      htmlUrl: "https://github.com/o/r/runs/7",
      annotations: 120,
      requests: 3,
      problems: [],
    });
    expect(s.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /repos/octo-org/octo-repo/check-runs",
      "PATCH /repos/octo-org/octo-repo/check-runs/7",
      "PATCH /repos/octo-org/octo-repo/check-runs/7",
    ]);
    expect(s.calls[0]?.body).toBe(plan.create);
    expect(s.sleeps).toEqual([]);
  });

  it("retries 5xx with exponential back-off and network errors", async () => {
    const s = scripted([
      { status: 502, data: "Bad Gateway", headers: {} },
      new Error("socket hang up"),
      created,
      ok,
      ok,
    ]);
    const outcome = await publishCheckRun(s.client, plan, { ...target, sleep: s.sleep });
    expect(outcome.published).toBe(true);
    expect(s.sleeps).toEqual([1000, 2000]);
  });

  it.each<[string, ApiResponse, number]>([
    [
      "secondary limit with Retry-After",
      {
        status: 403,
        data: { message: "You have exceeded a secondary rate limit." },
        headers: { "retry-after": "7" },
      },
      7000,
    ],
    ["429 with Retry-After", { status: 429, data: {}, headers: { "retry-after": "2" } }, 2000],
    [
      "primary limit exhausted",
      {
        status: 403,
        data: { message: "API rate limit exceeded" },
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1010" },
      },
      10_000,
    ],
    [
      "secondary limit without a hint",
      { status: 403, data: { message: "secondary rate limit" }, headers: {} },
      60_000,
    ],
  ])("honours %s", async (_name, limited, wait) => {
    const s = scripted([limited, created, ok, ok]);
    const outcome = await publishCheckRun(s.client, plan, {
      ...target,
      sleep: s.sleep,
      now: () => 1_000_000,
    });
    expect(outcome.published).toBe(true);
    expect(s.sleeps).toEqual([wait]);
  });

  it("gives up instead of waiting longer than the cap", async () => {
    const s = scripted([
      { status: 403, data: { message: "secondary rate limit" }, headers: { "retry-after": "3600" } },
    ]);
    const outcome = await publishCheckRun(s.client, plan, { ...target, sleep: s.sleep, maxWaitMs: 30_000 });
    expect(outcome).toMatchObject({ published: false, status: 403, permissionDenied: false, requests: 1 });
    if (!outcome.published) expect(outcome.reason).toMatch(/wait 3600 s, longer than the 30 s/);
    expect(s.sleeps).toEqual([]);
  });

  it("stops after maxAttempts", async () => {
    const s = scripted(Array.from({ length: 10 }, () => ({ status: 500, data: {}, headers: {} })));
    const outcome = await publishCheckRun(s.client, plan, { ...target, sleep: s.sleep, maxAttempts: 3 });
    expect(outcome).toMatchObject({ published: false, status: 500, requests: 3 });
    expect(s.sleeps).toEqual([1000, 2000]);
  });

  it.each<[number, string]>([
    [403, "Resource not accessible by integration"],
    [404, "Not Found"],
  ])("returns published: false on %i %s without retrying", async (status, message) => {
    const s = scripted([{ status, data: { message }, headers: {} }]);
    const outcome = await publishCheckRun(s.client, plan, { ...target, sleep: s.sleep });
    expect(outcome).toEqual({
      published: false,
      status,
      permissionDenied: true,
      requests: 1,
      reason: `HTTP ${status}: ${message}`,
    });
  });

  it("reports a 422 with GitHub's error details, not as a permission problem", async () => {
    const s = scripted([
      { status: 422, data: { message: "Invalid request.", errors: ["No subschema matched"] }, headers: {} },
    ]);
    const outcome = await publishCheckRun(s.client, plan, { ...target, sleep: s.sleep });
    expect(outcome).toMatchObject({ published: false, permissionDenied: false });
    if (!outcome.published)
      expect(outcome.reason).toContain("HTTP 422: Invalid request.; No subschema matched");
  });

  it("keeps the created check run when a later batch fails, and says how many annotations are missing", async () => {
    const s = scripted([created, { status: 422, data: { message: "bad" }, headers: {} }]);
    const outcome = await publishCheckRun(s.client, plan, { ...target, sleep: s.sleep });
    expect(outcome).toMatchObject({ published: true, id: 7, annotations: 50, requests: 2 });
    if (outcome.published)
      expect(outcome.problems).toEqual([
        "Adding annotations batch 2 failed: HTTP 422: bad; 70 annotations not added",
      ]);
  });

  // A timed-out POST may have created the check run: asking again could create a second one.
  it("gives up at once on an error marked retry: false (a timeout), without sleeping", async () => {
    const timeout = Object.assign(new Error("the GitHub API did not answer within 30 s"), { retry: false });
    const s = scripted([timeout, created]);
    const outcome = await publishCheckRun(s.client, plan, { ...target, sleep: s.sleep });
    expect(outcome).toEqual({
      published: false,
      permissionDenied: false,
      requests: 1,
      reason: "the GitHub API did not answer within 30 s",
    });
    expect(s.sleeps).toEqual([]);
  });

  it("never throws, even when the client misbehaves", async () => {
    const client = {
      request: async () => ({ status: 201, data: null, headers: {} }),
    };
    const outcome = await publishCheckRun(client, plan, target);
    expect(outcome).toMatchObject({ published: false, reason: "HTTP 201 without a check run id" });
  });
});
