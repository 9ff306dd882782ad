import { describe, expect, it } from "vitest";
import { parseConfigureArgs } from "../src/index.js";

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
