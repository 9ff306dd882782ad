// @actions/core as patched (patches/@actions__core@3.0.1.patch): one-line values as `name=value`, only values
// with a line break (or "<<") in a heredoc with a random delimiter. Read back by the runner's rules.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseKeyValueFile } from "../../../test/harness/workflow-commands.js";

let file: string;
const saved = process.env["GITHUB_OUTPUT"];
beforeEach(() => {
  file = join(mkdtempSync(join(tmpdir(), "file-commands-")), "output");
  writeFileSync(file, "");
  process.env["GITHUB_OUTPUT"] = file;
});
afterEach(() => {
  if (saved === undefined) delete process.env["GITHUB_OUTPUT"];
  else process.env["GITHUB_OUTPUT"] = saved;
});

describe("setOutput through the patched @actions/core", () => {
  it("writes a one-line value as name=value, which reads back exactly", () => {
    core.setOutput("toolchain", "1.95.0-x86_64-unknown-linux-gnu");
    core.setOutput("empty", "");
    core.setOutput("equals", "a=b=c");
    const text = readFileSync(file, "utf8");
    expect(text).toBe("toolchain=1.95.0-x86_64-unknown-linux-gnu\nempty=\nequals=a=b=c\n");
    expect(parseKeyValueFile(text)).toEqual({
      toolchain: "1.95.0-x86_64-unknown-linux-gnu",
      empty: "",
      equals: "a=b=c",
    });
  });

  it.each([
    ["a line break", "first\nsecond"],
    ["a carriage return", "first\rsecond"],
    ["a would-be heredoc", "x<<EOF"],
    ["a value that tries to add an output", "ok\nforged=1"],
  ])("puts a value with %s in a heredoc with a random delimiter", (_, value) => {
    core.setOutput("report", value);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^report<<ghadelimiter_[0-9a-f-]{36}\n/);
    expect(parseKeyValueFile(text)).toEqual({ report: value });
  });
});
