import { type ApiClient, buildCheckRun, publishCheckRun } from "@oxidize/report";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GitHubDouble, validateResponse } from "../harness/github-double.js";

let double: GitHubDouble;
beforeAll(async () => {
  double = await GitHubDouble.start();
});
afterAll(async () => {
  await double.close();
});
beforeEach(() => double.reset());

async function call(method: string, path: string, body?: unknown, auth = "token ghs_test") {
  const response = await fetch(`${double.url}${path}`, {
    method,
    headers: { authorization: auth, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return {
    status: response.status,
    headers: response.headers,
    data: (await response.json()) as Record<string, unknown>,
  };
}

/** The ApiClient the publisher expects, over plain fetch (octokit's path is covered by the action e2e). */
const fetchClient: ApiClient = {
  async request(method, path, body) {
    const r = await call(method, path, body);
    return { status: r.status, data: r.data, headers: Object.fromEntries(r.headers) };
  },
};

const runs = "/repos/octo-org/octo-repo/check-runs";
const sha = "0123456789abcdef0123456789abcdef01234567";
const annotation = { path: "a.rs", start_line: 1, end_line: 1, annotation_level: "warning", message: "m" };

describe("GitHub double: validation", () => {
  it("creates a check run for a valid body and answers what GitHub's description promises", async () => {
    const r = await call("POST", runs, { name: "Rust policy", head_sha: sha, conclusion: "success" });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({
      name: "Rust policy",
      head_sha: sha,
      conclusion: "success",
      status: "completed",
    });
    expect(await validateResponse("checks/create", 201, r.data)).toEqual([]);
    // …and the response check itself has teeth.
    expect(await validateResponse("checks/create", 201, { ...r.data, id: "4" })).toEqual([
      "/id must be integer",
    ]);
    expect(double.calls[0]).toMatchObject({
      operationId: "checks/create",
      route: "/repos/{owner}/{repo}/check-runs",
    });
  });

  it.each<[string, unknown, RegExp]>([
    ["missing head_sha", { name: "x" }, /must have required property 'head_sha'/],
    [
      "unknown conclusion",
      { name: "x", head_sha: sha, conclusion: "passed" },
      /\/conclusion must be equal to one of the allowed values/,
    ],
    [
      "summary over 65535",
      { name: "x", head_sha: sha, output: { title: "t", summary: "s".repeat(65536) } },
      /\/output\/summary must NOT have more than 65535 characters/,
    ],
    [
      "51 annotations",
      {
        name: "x",
        head_sha: sha,
        output: { title: "t", summary: "s", annotations: Array(51).fill(annotation) },
      },
      /\/output\/annotations must NOT have more than 50 items/,
    ],
    [
      "annotation without a line",
      {
        name: "x",
        head_sha: sha,
        output: { title: "t", summary: "s", annotations: [{ ...annotation, start_line: undefined }] },
      },
      /\/output\/annotations\/0 must have required property 'start_line'/,
    ],
    [
      "level 'error'",
      {
        name: "x",
        head_sha: sha,
        output: { title: "t", summary: "s", annotations: [{ ...annotation, annotation_level: "error" }] },
      },
      /annotation_level must be equal to one of the allowed values/,
    ],
    [
      "output without summary",
      { name: "x", head_sha: sha, output: { title: "t" } },
      /\/output must have required property 'summary'/,
    ],
    [
      "a started_at that is not a date",
      { name: "x", head_sha: sha, started_at: "now" },
      /\/started_at must match format "date-time"/,
    ],
  ])("rejects %s with 422 and the validation errors", async (_name, body, message) => {
    const r = await call("POST", runs, body);
    expect(r.status).toBe(422);
    expect(String(r.data["message"])).toMatch(/^Invalid request\./);
    expect((r.data["errors"] as string[]).join("\n")).toMatch(message);
    expect(double.checkRuns.size).toBe(0);
  });

  it("answers 400 to a body that is not JSON", async () => {
    expect((await call("POST", runs, "{oops")).status).toBe(400);
  });

  it.each<[string, string]>([
    ["GET", "/repos/octo-org/octo-repo/no-such-thing"],
    ["DELETE", runs],
    ["GET", `${runs}/not-a-number`],
    ["GET", `${runs}/42`],
  ])("answers 404 to %s %s", async (method, path) => {
    expect((await call(method, path)).status).toBe(404);
  });

  it("wants credentials", async () => {
    expect((await call("POST", runs, { name: "x", head_sha: sha }, "")).status).toBe(401);
  });

  it("appends annotations on PATCH and keeps the rest", async () => {
    const created = await call("POST", runs, {
      name: "n",
      head_sha: sha,
      conclusion: "neutral",
      output: { title: "t", summary: "s", annotations: [annotation] },
    });
    const id = created.data["id"] as number;
    const patched = await call("PATCH", `${runs}/${id}`, {
      output: { title: "t", summary: "s", annotations: [annotation, annotation] },
    });
    expect(patched.status).toBe(200);
    expect(patched.data).toMatchObject({ conclusion: "neutral", output: { annotations_count: 3 } });
    expect(await validateResponse("checks/update", 200, patched.data)).toEqual([]);
    expect(double.checkRuns.get(id)?.annotations).toHaveLength(3);
    expect((await call("PATCH", `/repos/octo-org/other/check-runs/${id}`, { name: "x" })).status).toBe(404);
  });
});

describe("GitHub double: faults", () => {
  it("answers 403 'Resource not accessible by integration' the given number of times", async () => {
    double.fail({ operationId: "checks/create", fault: 403, times: 1 });
    const denied = await call("POST", runs, { name: "x", head_sha: sha });
    expect(denied.status).toBe(403);
    expect(denied.data["message"]).toBe("Resource not accessible by integration");
    expect(denied.headers.get("x-accepted-github-permissions")).toBe("checks=write");
    expect((await call("POST", runs, { name: "x", head_sha: sha })).status).toBe(201);
  });

  it.each<[404 | 422 | 500, number]>([
    [404, 404],
    [422, 422],
    [500, 500],
  ])("answers an injected %i", async (fault, status) => {
    double.fail({ operationId: "checks/create", fault });
    expect((await call("POST", runs, { name: "x", head_sha: sha })).status).toBe(status);
  });

  it("signals a secondary rate limit with Retry-After", async () => {
    double.fail({ fault: "secondary-rate-limit", retryAfter: 30, times: 1 });
    const r = await call("POST", runs, { name: "x", head_sha: sha });
    expect(r.status).toBe(403);
    expect(r.headers.get("retry-after")).toBe("30");
    expect(String(r.data["message"])).toMatch(/secondary rate limit/);
  });
});

describe("GitHub double: a misbehaving API", () => {
  const post = (signal: AbortSignal) =>
    fetch(`${double.url}${runs}`, {
      method: "POST",
      headers: { authorization: "token ghs_test", "content-type": "application/json" },
      body: JSON.stringify({ name: "x", head_sha: sha }),
      signal,
    });

  it("accepts the connection, reads the request and never answers (stall)", async () => {
    double.fail({ operationId: "checks/create", fault: "stall", times: 1 });
    await expect(post(AbortSignal.timeout(300))).rejects.toThrow(/timeout|aborted/i);
    expect(double.callsTo("checks/create")).toMatchObject([{ status: 0, body: { name: "x" } }]);
    expect((await post(AbortSignal.timeout(5000))).status).toBe(201);
  });

  it("sends the status and headers, then stalls half-way through the body (stall-body)", async () => {
    double.fail({ operationId: "checks/create", fault: "stall-body", times: 1 });
    const signal = AbortSignal.timeout(500);
    const response = await post(signal);
    expect(response.status).toBe(201);
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(100);
    await expect(response.text()).rejects.toThrow(/timeout|aborted/i);
  });
});

describe("publishCheckRun over HTTP against the double", () => {
  const plan = buildCheckRun(
    {
      schema: "oxidize/result@1",
      action: "build-rust-modules",
      conclusion: "failure",
      title: "1 failed",
      facts: {},
      reasons: Array.from({ length: 120 }, (_, i) => ({
        level: i < 3 ? ("failure" as const) : ("warning" as const),
        code: "c",
        message: `finding ${i}: 100% wrong, a:b`,
        file: `Modules/_base64/src/lib${i}.rs`,
        line: i + 1,
      })),
      details: {},
      timings: {},
      startedAt: "2026-05-01T10:00:00Z",
      finishedAt: "2026-05-01T10:01:00Z",
    },
    { name: "Rust modules", headSha: sha, matrix: { os: "ubuntu-latest", python: "3.16" } },
  );

  it("sends 120 annotations as 50 + 50 + 20, every request accepted by the description", async () => {
    const outcome = await publishCheckRun(fetchClient, plan, { owner: "octo-org", repo: "octo-repo" });
    expect(outcome).toMatchObject({ published: true, annotations: 120, requests: 3, problems: [] });
    expect(double.calls.map((c) => [c.operationId, c.status])).toEqual([
      ["checks/create", 201],
      ["checks/update", 200],
      ["checks/update", 200],
    ]);
    const record = [...double.checkRuns.values()][0];
    expect(record?.body["name"]).toBe("Rust modules (ubuntu-latest, 3.16)");
    expect(record?.annotations.map((a) => a["path"])).toHaveLength(120);
    expect(record?.annotations.slice(0, 3).every((a) => a["annotation_level"] === "failure")).toBe(true);
  });

  it("waits out a secondary rate limit as told and then publishes", async () => {
    double.fail({ operationId: "checks/update", fault: "secondary-rate-limit", retryAfter: 3, times: 1 });
    const sleeps: number[] = [];
    const outcome = await publishCheckRun(fetchClient, plan, {
      owner: "octo-org",
      repo: "octo-repo",
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    expect(sleeps).toEqual([3000]);
    expect(outcome).toMatchObject({ published: true, annotations: 120, requests: 4 });
  });

  it("reports a fork's read-only token instead of throwing", async () => {
    double.fail({ operationId: "checks/create", fault: 403 });
    const outcome = await publishCheckRun(fetchClient, plan, { owner: "octo-org", repo: "octo-repo" });
    expect(outcome).toMatchObject({ published: false, permissionDenied: true, status: 403, requests: 1 });
  });
});
