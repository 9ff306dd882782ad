import { describe, expect, it } from "vitest";
import { ArgumentSyntaxError, parseCommand, splitWords, UserError } from "../src/index.js";

describe("splitWords", () => {
  it.each([
    ["", []],
    ["   ", []],
    ["--prefix=/tmp/x --with-rust=no", ["--prefix=/tmp/x", "--with-rust=no"]],
    ["  a \t b\n c  ", ["a", "b", "c"]],
    ["'CFLAGS=-O2 -g' --enable-shared", ["CFLAGS=-O2 -g", "--enable-shared"]],
    [`"CFLAGS=-O2 -g"`, ["CFLAGS=-O2 -g"]],
    [`CFLAGS='-O2 -g'x`, ["CFLAGS=-O2 -gx"]],
    [`''`, [""]],
    [`a '' b`, ["a", "", "b"]],
    [`"say \\"hi\\"" 'it''s'`, ['say "hi"', "its"]],
    [`"a\\b"`, ["a\\b"]],
    [`'a\\b'`, ["a\\b"]],
    [`a\\ b`, ["a b"]],
    [`a\\\nb`, ["ab"]],
    // Nothing is expanded, globbed or interpreted as an operator.
    [`$HOME * ; && $(rm -rf /) \`id\` >out`, ["$HOME", "*", ";", "&&", "$(rm", "-rf", "/)", "`id`", ">out"]],
    [`"$HOME"`, ["$HOME"]],
  ])("%j", (text, words) => {
    expect(splitWords(text)).toEqual(words);
  });

  it.each([
    [`--prefix='/tmp/x`, /Unbalanced single quote/],
    [`"CFLAGS=-O2`, /Unbalanced double quote/],
    [`"a\\"`, /Unbalanced double quote/],
    [`abc\\`, /lone backslash/],
  ])("rejects %j", (text, message) => {
    expect(() => splitWords(text)).toThrow(ArgumentSyntaxError);
    expect(() => splitWords(text)).toThrow(message);
  });
});

describe("parseCommand", () => {
  it.each([
    [undefined, []],
    ["", []],
    ["--features fast -j 2", ["--features", "fast", "-j", "2"]],
    ["python3 'my check.py' $HOME;rm", ["python3", "my check.py", "$HOME;rm"]],
    ['["python3", "-c", "print(1)"]', ["python3", "-c", "print(1)"]],
    ['  ["./configure", "--prefix=/tmp/a b"]  ', ["./configure", "--prefix=/tmp/a b"]],
  ])("%j → %j", (text, expected) => {
    expect(parseCommand(text, "Input 'cargo-args'")).toEqual(expected);
  });

  it.each([['["a", 1]'], ["[not json"], ["'unbalanced"]])(
    "rejects %j as the user's mistake, naming the input",
    (text) => {
      expect(() => parseCommand(text, "Input 'verify-command'")).toThrow(UserError);
      expect(() => parseCommand(text, "Input 'verify-command'")).toThrow(/^Input 'verify-command'/);
    },
  );
});
