import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileMemo, type Runner, runProcess } from "@oxidize/core";
import { describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../../../test/fixtures/configure/copy-fixture.js";
import { FactsError, gatherFacts, getPreset, guessHostTriplet, type Policy } from "../src/index.js";

const policy = getPreset("pre-pep-2025") as Policy;

describe("gatherFacts", { timeout: 60_000 }, () => {
  it("detects the real Rust and reads the tree", async () => {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.15" });
    const facts = await gatherFacts({
      sourceDir: dir,
      env: process.env,
      policy,
      configureArgs: "--with-rust=no --with-rust",
    });
    expect(facts.python).toEqual({ major: 3, minor: 15, full: "3.15.0a0", source: "Include/patchlevel.h" });
    expect(facts.rust.available).toBe(true);
    expect(facts.rust.assumed).toBeUndefined();
    expect(facts.platform.triplet).toBe(facts.rust.host);
    expect(facts.msrv).toEqual({ version: "1.95", source: "Cargo.toml rust-version" });
    expect(facts.configure).toMatchObject({ withRust: "yes", flag: "--with-rust" });
  });

  it("with a memo, a second run asks no rustc and finds the same Rust", async () => {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.15" });
    const memo = fileMemo(join(mkdtempSync(join(tmpdir(), "oxidize-policy-memo-")), "probes"));
    const started: string[] = [];
    const run: Runner = (file, args, options) => {
      started.push([file, ...args].join(" "));
      return runProcess(file, args, options);
    };
    const first = await gatherFacts({ sourceDir: dir, env: process.env, policy, memo, run });
    expect(started.some((command) => command.endsWith("rustc -vV"))).toBe(true);
    started.length = 0;
    const second = await gatherFacts({ sourceDir: dir, env: process.env, policy, memo, run });
    expect(started).toEqual([]);
    expect(second.rust).toEqual(first.rust);
    expect(second.rust.available).toBe(true);
  });

  it.each([
    [{ msrv: "1.80" }, "1.95", { version: "1.80", source: "input" }],
    [{}, null, { version: "1.95", source: "policy pre-pep-2025" }],
    [{}, "1.85", { version: "1.85", source: "Cargo.toml rust-version" }],
  ] as const)("MSRV: input %j, Cargo.toml %s → %j", async (input, cargoMsrv, expected) => {
    const dir = copyConfigureFixture("correct", { msrv: cargoMsrv });
    const facts = await gatherFacts({ sourceDir: dir, env: {}, policy, rust: "absent", ...input });
    expect(facts.msrv).toEqual(expected);
  });

  it("what-if: absent skips detection entirely; present takes the MSRV as its release", async () => {
    const dir = copyConfigureFixture("correct");
    const absent = await gatherFacts({
      sourceDir: dir,
      env: process.env,
      rust: "absent",
      target: "s390x-ibm-linux-gnu",
    });
    expect(absent.rust).toMatchObject({ available: false, assumed: "absent", cargo: {}, rustc: {} });
    expect(absent.platform.triplet).toBe("s390x-ibm-linux-gnu");
    const present = await gatherFacts({
      sourceDir: dir,
      env: {},
      rust: "present",
      pythonVersion: "3.17",
      msrv: "1.90",
    });
    expect(present.rust).toEqual({
      available: true,
      assumed: "present",
      cargo: {},
      rustc: {},
      release: "1.90",
    });
    // The fixture tree is 3.16: the tree's version is used, and the disagreement is kept.
    expect(present.python).toMatchObject({ major: 3, minor: 16, source: "Include/patchlevel.h" });
    expect(present.python.disagreement).toMatch(/is 3\.17, but .* says 3\.16: using 3\.16/);
    const trusted = await gatherFacts({
      sourceDir: dir,
      env: {},
      rust: "present",
      pythonVersion: "3.17",
      trustPythonVersion: true,
    });
    expect(trusted.python).toMatchObject({ major: 3, minor: 17, source: "input" });
    expect(trusted.python.disagreement).toMatch(/using 3\.17 \(trust-python-version is true\)/);
  });

  it("guesses the platform from node when neither target nor rustc says", async () => {
    const dir = copyConfigureFixture("correct");
    const facts = await gatherFacts({
      sourceDir: dir,
      env: {},
      rust: "absent",
      platform: "linux",
      arch: "arm",
    });
    expect(facts.platform.triplet).toBe("armv7l-unknown-linux-gnueabihf");
    expect(facts.platform.rustTarget).toBe("armv7-unknown-linux-gnueabihf");
  });

  it("rejects a malformed msrv or python-version, naming the input", async () => {
    const dir = copyConfigureFixture("correct");
    await expect(gatherFacts({ sourceDir: dir, env: {}, rust: "absent", msrv: "latest" })).rejects.toThrow(
      /msrv: 'latest' is not a Rust version/,
    );
    await expect(
      gatherFacts({ sourceDir: dir, env: {}, rust: "absent", pythonVersion: "3" }),
    ).rejects.toThrow(/python-version/);
    await expect(gatherFacts({ sourceDir: dir, env: {}, rust: "absent", msrv: "x" })).rejects.toBeInstanceOf(
      FactsError,
    );
  });
});

describe("guessHostTriplet", () => {
  it.each([
    ["linux", "x64", "x86_64-unknown-linux-gnu"],
    ["linux", "arm64", "aarch64-unknown-linux-gnu"],
    ["linux", "riscv64", "riscv64-unknown-linux-gnu"],
    ["darwin", "arm64", "aarch64-apple-darwin"],
    ["win32", "x64", "x86_64-pc-windows-msvc"],
    ["win32", "ia32", "i686-pc-windows-msvc"],
    ["freebsd", "x64", "x86_64-unknown-freebsd"],
  ] as const)("%s/%s → %s", (platform, arch, triplet) => {
    expect(guessHostTriplet(platform, arch)).toBe(triplet);
  });
});
