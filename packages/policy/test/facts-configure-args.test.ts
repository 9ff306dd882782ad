import { describe, expect, it } from "vitest";
import { ArgumentSyntaxError, parseConfigureArgs, tokenizeArgs } from "../src/index.js";

describe("tokenizeArgs", () => {
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
    expect(tokenizeArgs(text)).toEqual(words);
  });

  it.each([
    [`--prefix='/tmp/x`, /Unbalanced single quote/],
    [`"CFLAGS=-O2`, /Unbalanced double quote/],
    [`"a\\"`, /Unbalanced double quote/],
    [`abc\\`, /lone backslash/],
  ])("rejects %j", (text, message) => {
    expect(() => tokenizeArgs(text)).toThrow(ArgumentSyntaxError);
    expect(() => tokenizeArgs(text)).toThrow(message);
  });
});

describe("parseConfigureArgs", () => {
  it.each([
    ["", "default", undefined],
    ["--prefix=/x --enable-shared", "default", undefined],
    ["--with-rust", "yes", "--with-rust"],
    ["--with-rust=yes", "yes", "--with-rust=yes"],
    ["--with-rust=no", "no", "--with-rust=no"],
    ["--without-rust", "no", "--without-rust"],
    ["--with-rust=no --with-rust", "yes", "--with-rust"],
    ["--with-rust --without-rust", "no", "--without-rust"],
    ["--without-rust --with-rust=yes --prefix=/x", "yes", "--with-rust=yes"],
    // Not of the family: other packages and look-alikes.
    ["--with-rustc=no --with-rust-base64 --with-pydebug", "default", undefined],
    ["'--with-rust=no'", "no", "--with-rust=no"],
  ] as const)("%j → %s", (text, withRust, flag) => {
    const parsed = parseConfigureArgs(text);
    expect(parsed.withRust).toBe(withRust);
    expect(parsed.flag).toBe(flag);
  });

  it("keeps every argument and accepts an argv", () => {
    expect(parseConfigureArgs("--prefix=/tmp/x 'CFLAGS=-O2 -g'").args).toEqual([
      "--prefix=/tmp/x",
      "CFLAGS=-O2 -g",
    ]);
    expect(parseConfigureArgs(["--with-rust=no", "CC=clang"])).toEqual({
      withRust: "no",
      flag: "--with-rust=no",
      args: ["--with-rust=no", "CC=clang"],
    });
  });
});
