import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { captureStdout } from "../../../test/harness/stdout-capture.js";
import { collectResults, resultPatterns } from "../src/collect.js";

const valid = (action: string, os: string) =>
  JSON.stringify({
    schema: "oxidize/result@1",
    action,
    conclusion: "success",
    title: "ok",
    facts: {},
    reasons: [],
    details: {},
    timings: {},
    matrix: { os, python: "3.16" },
    startedAt: "2026-05-01T10:00:00Z",
    finishedAt: "2026-05-01T10:00:01Z",
  });

// @actions/glob prints `::debug::` workflow commands; a real runner reading this test run's log
// would act on them, so the test swallows what the library writes to stdout.
let restoreStdout: () => void;
beforeEach(() => {
  restoreStdout = captureStdout(() => {});
});
afterEach(() => {
  restoreStdout();
  vi.restoreAllMocks();
});

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), "report-collect-"));
  const files: Record<string, string> = {
    "oxidize-results/oxidize-results-linux/configure-policy.json": valid("configure-policy", "linux"),
    "oxidize-results/oxidize-results-linux/deeper/setup-rust.json": valid("setup-rust", "linux"),
    "oxidize-results/oxidize-results-mac/configure-policy.json": valid("configure-policy", "mac"),
    "oxidize-results/oxidize-results-mac/notes.txt": "not json, not looked at",
    "oxidize-results/aggregate.json": JSON.stringify({ schema: "oxidize/aggregate@1", legs: [] }),
    "oxidize-results/coverage.json": JSON.stringify({ lines: 93 }),
    "oxidize-results/broken.json": "{",
    "oxidize-results/future.json": JSON.stringify({ schema: "oxidize/result@2" }),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(ws, path, ".."), { recursive: true });
    writeFileSync(join(ws, path), text);
  }
  return ws;
}

describe("collectResults", () => {
  it("reads every *.json below a directory, sorting out results, foreign files and broken ones", async () => {
    const ws = workspace();
    const collected = await collectResults("oxidize-results", ws);
    expect(collected.results.map((r) => r.file)).toEqual([
      "oxidize-results/oxidize-results-linux/configure-policy.json",
      "oxidize-results/oxidize-results-linux/deeper/setup-rust.json",
      "oxidize-results/oxidize-results-mac/configure-policy.json",
    ]);
    expect(collected.ignored).toEqual(["oxidize-results/aggregate.json", "oxidize-results/coverage.json"]);
    // Node's JSON.parse wording differs between versions: assert the part that is ours.
    expect(collected.rejected.map((r) => r.file)).toEqual([
      "oxidize-results/broken.json",
      "oxidize-results/future.json",
    ]);
    expect(collected.rejected[0]?.errors[0]).toMatch(/^is not JSON: /);
    expect(collected.rejected[1]?.errors).toEqual([
      "/schema: 'oxidize/result@2' is not supported; this reader understands 'oxidize/result@1'",
    ]);
    expect(collected.files).toHaveLength(7);
  });

  it("takes glob patterns with exclusions, relative or absolute", async () => {
    const ws = workspace();
    const collected = await collectResults(
      `oxidize-results/*/configure-policy.json\n!${join(ws, "oxidize-results/oxidize-results-mac")}/**`,
      ws,
    );
    expect(collected.results.map((r) => r.result.matrix?.["os"])).toEqual(["linux"]);
  });

  it("finds nothing without failing when the path does not exist", async () => {
    const collected = await collectResults("missing-dir", workspace());
    expect(collected).toMatchObject({ files: [], results: [], rejected: [] });
    expect(collected.patterns[0]).toMatch(/missing-dir$/);
  });

  it("turns a directory into a recursive *.json pattern", async () => {
    const ws = workspace();
    expect(await resultPatterns(" oxidize-results \n\n", ws)).toEqual([
      join(ws, "oxidize-results/**/*.json"),
    ]);
  });
});
