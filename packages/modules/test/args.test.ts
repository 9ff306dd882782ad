import { describe, expect, it } from "vitest";
import { ModulesConfigError, parseArgumentList } from "../src/index.js";

describe("parseArgumentList", () => {
  it.each([
    [undefined, []],
    ["", []],
    ["--features fast -j 2", ["--features", "fast", "-j", "2"]],
    ["python3 'my check.py' $HOME;rm", ["python3", "my check.py", "$HOME;rm"]],
    ['["python3", "-c", "print(1)"]', ["python3", "-c", "print(1)"]],
  ])("%j → %j", (text, expected) => {
    expect(parseArgumentList(text, "cargo-args")).toEqual(expected);
  });

  it.each([['["a", 1]'], ["[not json"], ["'unbalanced"]])("rejects %j naming the input", (text) => {
    expect(() => parseArgumentList(text, "verify-command")).toThrow(ModulesConfigError);
    expect(() => parseArgumentList(text, "verify-command")).toThrow(/verify-command/);
  });
});
