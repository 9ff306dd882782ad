import { describe, expect, it } from "vitest";
import { parseResult, ResultValidationError, validateResult } from "../src/index.js";
import { sampleResult } from "./sample.js";

describe("validateResult", async () => {
  it("accepts a complete result, with and without the optional parts", async () => {
    expect((await validateResult(sampleResult())).valid).toBe(true);
    const full = sampleResult({
      matrix: { os: "ubuntu-latest", python: "3.16" },
      modules: [{ name: "_base64", state: "built" }],
    });
    expect(await validateResult(JSON.parse(JSON.stringify(full)))).toEqual({ valid: true, result: full });
  });

  const cases: [string, (r: Record<string, unknown>) => void, RegExp][] = [
    ["missing title", (r) => delete r["title"], /\(root\): must have required property 'title'/],
    [
      "bad conclusion",
      (r) => (r["conclusion"] = "passed"),
      /\/conclusion: must be one of "success", "neutral"/,
    ],
    ["unknown action", (r) => (r["action"] = "deploy"), /\/action: must be one of/],
    ["typo'd property", (r) => (r["reason"] = []), /\(root\): unknown property 'reason'/],
    [
      "line 0",
      (r) => ((r["reasons"] as { line: number }[])[0]!.line = 0),
      /\/reasons\/0\/line: must be >= 1/,
    ],
    ["bad level", (r) => ((r["reasons"] as { level: string }[])[0]!.level = "error"), /\/reasons\/0\/level/],
    ["not a date", (r) => (r["startedAt"] = "yesterday"), /\/startedAt: must match format "date-time"/],
    ["object fact", (r) => ((r["facts"] as Record<string, unknown>)["x"] = {}), /\/facts\/x: must be string/],
    ["bad module state", (r) => (r["modules"] = [{ name: "_zlib", state: "ok" }]), /\/modules\/0\/state/],
    ["newer schema", (r) => (r["schema"] = "oxidize/result@2"), /'oxidize\/result@2' is not supported/],
  ];
  it.each(cases)("rejects %s with a message naming the path", async (_name, mutate, expected) => {
    const json = JSON.parse(JSON.stringify(sampleResult())) as Record<string, unknown>;
    mutate(json);
    const outcome = await validateResult(json);
    expect(outcome.valid).toBe(false);
    if (!outcome.valid) expect(outcome.errors.join("\n")).toMatch(expected);
  });

  it("rejects non-objects", async () => {
    expect((await validateResult(null)).valid).toBe(false);
    expect((await validateResult([])).valid).toBe(false);
  });
});

describe("parseResult", async () => {
  it("round-trips a written result", async () => {
    const result = sampleResult();
    expect(await parseResult(JSON.stringify(result, null, 2), "r.json")).toEqual(result);
  });

  it("names the file and says what is wrong", async () => {
    await expect(parseResult("{not json", "legs/a.json")).rejects.toThrow(ResultValidationError);
    await expect(parseResult("{not json", "legs/a.json")).rejects.toThrow(
      /legs\/a\.json is not a valid oxidize\/result@1[\s\S]*not JSON/,
    );
    try {
      await parseResult(JSON.stringify({ ...sampleResult(), conclusion: "ok" }), "b.json");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ResultValidationError);
      expect((error as ResultValidationError).file).toBe("b.json");
      expect((error as ResultValidationError).errors).toEqual([
        '/conclusion: must be one of "success", "neutral", "failure", "skipped"',
      ]);
    }
  });
});
