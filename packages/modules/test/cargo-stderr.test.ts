import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { missingLibrary, parseCargoStderr } from "../src/index.js";

// Recorded from cargo 1.95 on a workspace like test/fixtures/modules/failures.
const recorded = (name: string) =>
  readFileSync(join(import.meta.dirname, "fixtures", `cargo-stderr-${name}.txt`), "utf8");

describe("parseCargoStderr", () => {
  it("reads a keep-going build: cargo::error=, a failed compile, a build script's panic", () => {
    const failures = parseCargoStderr(recorded("keep-going"));
    expect(failures).toEqual([
      {
        kind: "script-error",
        package: { name: "logerr", version: "0.1.0" },
        message: "libfoo 2.0 or newer is required, found 1.4",
      },
      { kind: "compile", package: { name: "nolib" } },
      {
        kind: "build-script",
        package: { name: "panic", version: "0.1.0" },
        message: "NOPE_VAR is not set: point it at the SDK",
        location: { file: "crates/panic/build.rs", line: 3, column: 22 },
        detail: expect.stringContaining("stack backtrace:"),
      },
    ]);
  });

  it("reads a package that needs a newer rustc", () => {
    expect(parseCargoStderr(recorded("rust-version"))).toEqual([
      {
        kind: "rust-version",
        package: { name: "needsnew", version: "0.3.1" },
        requires: "1.99",
        rustc: "1.95.0",
        detail: expect.stringContaining("is not supported"),
      },
    ]);
  });

  it("reads a member's own rust-version refusal", () => {
    const stderr =
      "error: package `member v0.1.0 (/ws/member)` cannot be built because it requires rustc 1.99 or newer, while the currently active rustc version is 1.95.0\n";
    expect(parseCargoStderr(stderr)).toMatchObject([
      {
        kind: "rust-version",
        package: { name: "member", version: "0.1.0" },
        requires: "1.99",
        rustc: "1.95.0",
      },
    ]);
  });

  it("keeps anything else as a workspace-level message, with the manifest's location", () => {
    expect(parseCargoStderr(recorded("no-lock"))).toMatchObject([
      {
        kind: "other",
        message: expect.stringMatching(/^cannot create the lock file .* because --locked was passed/),
      },
    ]);
    const manifest =
      'error: duplicate key\n --> crates/ok/Cargo.toml:5:1\n  |\n5 | edition = "2021"\n  | ^^^^^^^\n';
    expect(parseCargoStderr(manifest)).toMatchObject([
      { kind: "other", message: "crates/ok/Cargo.toml:5:1: duplicate key" },
    ]);
  });

  it("reads the panic format of Rust before 1.73, and a build script that exits without panicking", () => {
    const legacy = [
      "error: failed to run custom build command for `sys v0.2.0`",
      "",
      "Caused by:",
      "  process didn't exit successfully: `/t/build-script-build` (exit status: 101)",
      "  --- stderr",
      "  thread 'main' panicked at 'pkg-config not found', build.rs:7:5",
    ].join("\n");
    expect(parseCargoStderr(legacy)).toMatchObject([
      {
        kind: "build-script",
        message: "pkg-config not found",
        location: { file: "build.rs", line: 7, column: 5 },
      },
    ]);
    const exited = [
      "error: failed to run custom build command for `sys v0.2.0`",
      "",
      "Caused by:",
      "  process didn't exit successfully: `/t/build-script-build` (exit status: 1)",
      "  --- stdout",
      "  cargo:rerun-if-changed=build.rs",
      "",
      "  --- stderr",
      "  Could not find zlib.h: install zlib1g-dev",
    ].join("\n");
    expect(parseCargoStderr(exited)).toMatchObject([
      { kind: "build-script", message: "Could not find zlib.h: install zlib1g-dev" },
    ]);
  });

  it("ignores progress lines and warnings", () => {
    expect(parseCargoStderr("   Compiling a v0.1.0\nwarning: unused\n    Finished `release`\n")).toEqual([]);
  });
});

describe("missingLibrary", () => {
  it.each([
    ["rust-lld: error: unable to find library -lsodium", "sodium"],
    ["/usr/bin/ld: cannot find -lsodium: No such file or directory", "sodium"],
    ["ld: library not found for -lsodium", "sodium"],
    ["LINK : fatal error LNK1181: cannot open input file 'sodium.lib'", "sodium"],
    ["undefined reference to `foo'", undefined],
  ])("%s", (line, expected) => {
    expect(missingLibrary(`note: ${line}\n`)).toBe(expected);
  });
});
