import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getCommandInput, getPathInput, getReportingInputs, parseMatrix, UserError } from "../src/index.js";

const set = (inputs: Record<string, string>) => {
  for (const [id, value] of Object.entries(inputs)) process.env[`INPUT_${id.toUpperCase()}`] = value;
};
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("INPUT_")) delete process.env[key];
});

describe("parseMatrix", () => {
  it.each<[string | undefined, Record<string, unknown> | undefined]>([
    ['{"os":"ubuntu-latest","python":"3.16"}', { os: "ubuntu-latest", python: "3.16" }],
    ['{"os":"ubuntu-latest","rust":"1.95.0"}', { os: "ubuntu-latest", rust: "1.95.0" }],
    ["null", undefined],
    ["", undefined],
    [undefined, undefined],
    ["{}", undefined],
  ])("%j", (text, expected) => {
    expect(parseMatrix(text)).toEqual(expected);
  });

  // One strict reading in every action: a leg's name is worth a clear error, not a silent blank.
  it("rejects non-objects and non-JSON with the toJSON(matrix) hint", () => {
    expect(() => parseMatrix("[1]")).toThrow(UserError);
    expect(() => parseMatrix("[1]")).toThrow(/toJSON\(matrix\)/);
    expect(() => parseMatrix("{oops")).toThrow(/Input 'matrix' must be JSON/);
  });
});

describe("getCommandInput", () => {
  it("takes a JSON array or shell-style words, and never expands anything", () => {
    set({ run: "./configure --prefix='/tmp/a b' $HOME;x" });
    expect(getCommandInput("run")).toEqual(["./configure", "--prefix=/tmp/a b", "$HOME;x"]);
    set({ run: '["./configure", "--prefix=/tmp/a b"]' });
    expect(getCommandInput("run")).toEqual(["./configure", "--prefix=/tmp/a b"]);
    set({ run: "" });
    expect(getCommandInput("run")).toEqual([]);
  });

  it("names the input when the words cannot be split", () => {
    set({ "configure-args": "--prefix='/tmp" });
    expect(() => getCommandInput("configure-args")).toThrow(
      /^Input 'configure-args': Unbalanced single quote/,
    );
  });
});

describe("getPathInput", () => {
  it("resolves a relative path against the base the input documents", () => {
    set({ policy: "ci/policy.yaml", "out-dir": "/abs/out" });
    expect(getPathInput("policy", { workspace: "/ws" })).toBe(join("/ws", "ci/policy.yaml"));
    expect(getPathInput("policy", { sourceDir: "/ws/cpython" })).toBe(join("/ws/cpython", "ci/policy.yaml"));
    expect(getPathInput("out-dir", { sourceDir: "/ws/cpython" })).toBe("/abs/out");
    expect(getPathInput("missing", { workspace: "/ws" })).toBeUndefined();
  });
});

describe("getPathInput with mustBe", () => {
  it("names the input, the path and the base when it is not there", () => {
    const dir = mkdtempSync(join(tmpdir(), "oxidize-path-input-"));
    writeFileSync(join(dir, "report.json"), "{}");
    set({ "source-dir": ".", "policy-report": "report.json", "working-directory": "no/such/dir" });
    expect(getPathInput("source-dir", { workspace: dir }, "directory")).toBe(dir);
    expect(getPathInput("policy-report", { workspace: dir }, "file")).toBe(join(dir, "report.json"));
    expect(() => getPathInput("working-directory", { workspace: dir }, "directory")).toThrow(
      new RegExp(
        `^Input 'working-directory' is 'no/such/dir', but ${join(dir, "no/such/dir")} is not a directory; .*relative to the workspace`,
      ),
    );
    expect(() => getPathInput("policy-report", { workspace: dir }, "directory")).toThrow(UserError);
  });
});

describe("getReportingInputs", () => {
  it("reads check-name, token and matrix the same way in every action", () => {
    set({ "check-name": "Rust policy", token: "ghs_x", matrix: '{"os":"linux"}' });
    expect(getReportingInputs()).toEqual({
      checkName: "Rust policy",
      token: "ghs_x",
      matrix: { os: "linux" },
    });
    set({ "check-name": "", token: "", matrix: "null" });
    expect(getReportingInputs()).toEqual({});
  });
});
