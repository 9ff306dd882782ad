import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  detectRust,
  type FileProbe,
  findRustTool,
  installedTargets,
  parseCargoVersion,
  parseRustcVerbose,
  probeRustc,
  readMsrv,
} from "../src/index.js";

/** A temp dir with stub executables (and non-executable decoys) at the given relative paths. */
function makeTree(files: Record<string, { body?: string; mode?: number }>): string {
  const root = mkdtempSync(join(tmpdir(), "oxidize-detect-"));
  for (const [rel, { body = "#!/bin/sh\nexit 0\n", mode = 0o755 }] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, body);
    chmodSync(path, mode);
  }
  return root;
}

describe("findRustTool: CARGO env > $CARGO_HOME/bin > PATH", () => {
  let root: string;
  beforeAll(() => {
    root = makeTree({
      "explicit/my-cargo": {},
      "home/bin/cargo": {},
      "dotcargo-home/.cargo/bin/cargo": {},
      "path1/cargo": {},
      "path2/cargo": {},
      "decoy/cargo": { mode: 0o644 },
      "dir-named-cargo/cargo/.keep": {},
    });
  });
  const env = (vars: Record<string, string>) => ({ HOME: join(root, "nohome"), PATH: "", ...vars });

  it.each([
    [
      "CARGO wins over everything",
      { CARGO: "explicit/my-cargo", CARGO_HOME: "home", PATH: "path1" },
      "explicit/my-cargo",
      "CARGO env",
    ],
    [
      "$CARGO_HOME/bin beats PATH",
      { CARGO_HOME: "home", PATH: "path1" },
      "home/bin/cargo",
      "$CARGO_HOME/bin",
    ],
    [
      "CARGO_HOME defaults to $HOME/.cargo",
      { HOME: "dotcargo-home", PATH: "path1" },
      "dotcargo-home/.cargo/bin/cargo",
      "$CARGO_HOME/bin",
    ],
    ["PATH in order", { PATH: "path1:path2" }, "path1/cargo", "PATH"],
    [
      "a CARGO that is not executable falls through",
      { CARGO: "decoy/cargo", PATH: "path2" },
      "path2/cargo",
      "PATH",
    ],
    ["a non-executable file on PATH is skipped", { PATH: "decoy:path2" }, "path2/cargo", "PATH"],
    ["a directory named cargo is skipped", { PATH: "dir-named-cargo:path1" }, "path1/cargo", "PATH"],
  ])("%s", async (_, vars, expected, source) => {
    const abs = Object.fromEntries(
      Object.entries(vars).map(([k, v]) => [
        k,
        v
          .split(":")
          .map((p) => join(root, p))
          .join(":"),
      ]),
    );
    const found = await findRustTool("cargo", { env: env(abs), platform: "linux" });
    expect(found.path).toBe(join(root, expected));
    expect(found.source).toBe(source);
  });

  it("says what it tried when nothing is found", async () => {
    const found = await findRustTool("cargo", {
      env: env({
        CARGO: join(root, "decoy/cargo"),
        CARGO_HOME: join(root, "empty"),
        PATH: join(root, "decoy"),
      }),
      platform: "linux",
    });
    expect(found.path).toBeUndefined();
    expect(found.notes).toEqual([
      `CARGO=${join(root, "decoy/cargo")} is not an executable file`,
      `no cargo in ${join(root, "empty", "bin")}`,
      "no cargo on PATH",
    ]);
  });
});

describe("findRustTool on Windows (injected platform)", () => {
  const files = new Set([
    "C:\\Users\\me\\.cargo\\bin\\cargo.exe",
    "C:\\tools\\rustc.exe",
    "D:\\rust\\cargo.cmd",
    "D:\\rust\\cargo",
  ]);
  const probe: FileProbe = { isExecutableFile: async (path) => files.has(path) };

  it("finds cargo.exe under %USERPROFILE%\\.cargo\\bin with a case-insensitive Path variable", async () => {
    const found = await findRustTool("cargo", {
      env: { USERPROFILE: "C:\\Users\\me", Path: "D:\\rust" },
      platform: "win32",
      probe,
    });
    expect(found).toMatchObject({ path: "C:\\Users\\me\\.cargo\\bin\\cargo.exe", source: "$CARGO_HOME/bin" });
  });

  it("follows PATHEXT order on PATH and never takes an extension-less file", async () => {
    const found = await findRustTool("cargo", {
      env: { Path: "C:\\nothing;D:\\rust", PATHEXT: ".EXE;.CMD" },
      platform: "win32",
      probe,
    });
    expect(found).toMatchObject({ path: "D:\\rust\\cargo.cmd", source: "PATH" });
  });

  it("completes RUSTC without .exe and rejects a non-PATHEXT explicit file", async () => {
    expect(
      await findRustTool("rustc", { env: { RUSTC: "C:\\tools\\rustc" }, platform: "win32", probe }),
    ).toMatchObject({ path: "C:\\tools\\rustc.exe", source: "RUSTC env" });
    const files2 = new Set(["C:\\tools\\rustc.txt"]);
    const found = await findRustTool("rustc", {
      env: { RUSTC: "C:\\tools\\rustc.txt" },
      platform: "win32",
      probe: { isExecutableFile: async (p) => files2.has(p) },
    });
    expect(found.path).toBeUndefined();
  });
});

describe("parseRustcVerbose", { timeout: 60_000 }, () => {
  it("parses the real rustc's -vV output", () => {
    const text = execFileSync("rustc", ["-vV"], { encoding: "utf8" });
    const banner = execFileSync("rustc", ["--version"], { encoding: "utf8" }).trim();
    const parsed = parseRustcVerbose(text);
    expect(parsed?.banner).toBe(banner);
    expect(banner).toContain(`rustc ${parsed?.release} `);
    expect(parsed?.host).toMatch(/^[a-z0-9_]+-[a-z0-9_-]+$/);
    expect(parsed?.commitHash).toMatch(/^[0-9a-f]{40}$/);
  });
  it.each([
    ["cargo 1.95.0 (f2d3ce0bd 2026-03-21)\nrelease: 1.95.0\nhost: x86_64-unknown-linux-gnu\n"],
    ["rustc 1.95.0\nbinary: rustc\n"],
    [""],
  ])("rejects output that is not rustc's: %j", (text) => {
    expect(parseRustcVerbose(text)).toBeUndefined();
  });
  it("drops an unknown commit hash (source builds)", () => {
    const text =
      "rustc 1.63.0\nbinary: rustc\ncommit-hash: unknown\nhost: s390x-unknown-linux-gnu\nrelease: 1.63.0\n";
    expect(parseRustcVerbose(text)).toEqual({
      release: "1.63.0",
      host: "s390x-unknown-linux-gnu",
      banner: "rustc 1.63.0",
      text: text.trim(),
    });
  });
});

// Real processes: generous under a loaded CI machine.
describe("detectRust", { timeout: 60_000 }, () => {
  it("detects the real toolchain with its installed targets", async () => {
    const rust = await detectRust({ env: process.env, platform: process.platform });
    const sysroot = execFileSync("rustc", ["--print", "sysroot"], { encoding: "utf8" }).trim();
    expect(rust.available).toBe(true);
    expect(rust.problem).toBeUndefined();
    expect(rust.cargo.path).toMatch(/cargo$/);
    expect(rust.host).toBeDefined();
    expect(rust.installedTargets).toContain(rust.host);
    expect(rust.installedTargets).toEqual(await installedTargets(sysroot));
  });

  it("does not trust a rustc that does not answer like rustc", async () => {
    const root = makeTree({
      "bin/cargo": {},
      "bin/rustc": { body: "#!/bin/sh\necho 'I am not rustc'\n" },
    });
    const rust = await detectRust({ env: { PATH: join(root, "bin"), HOME: root }, platform: "linux" });
    expect(rust.available).toBe(false);
    expect(rust.rustc.path).toBe(join(root, "bin/rustc"));
    expect(rust.problem).toMatch(/-vV did not answer like rustc/);
  });

  it("needs cargo as well as rustc, and names what is missing", async () => {
    const root = makeTree({
      "bin/rustc": {
        body: "#!/bin/sh\nprintf 'rustc 1.90.0 (x 2025-09-14)\\nhost: aarch64-unknown-linux-gnu\\nrelease: 1.90.0\\n'\n",
      },
    });
    const rust = await detectRust({ env: { PATH: join(root, "bin"), HOME: root }, platform: "linux" });
    expect(rust).toMatchObject({ available: false, release: "1.90.0", host: "aarch64-unknown-linux-gnu" });
    expect(rust.problem).toMatch(/^no cargo in .*\.cargo\/bin; no cargo on PATH$/);
  });

  it("times out a hanging rustc", async () => {
    const root = makeTree({ "bin/cargo": {}, "bin/rustc": { body: "#!/bin/sh\nsleep 30\n" } });
    const started = Date.now();
    const rust = await detectRust({
      env: { PATH: `${join(root, "bin")}:/usr/bin:/bin`, HOME: root },
      platform: "linux",
      timeoutMs: 300,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(rust.problem).toMatch(/timed out after 300 ms/);
  });
});

// The one MSRV reader (toolchain's readMsrv) on real files, as the policy reads a source tree.
describe("readMsrv of a source tree's Cargo.toml", () => {
  const withCargoToml = (text: string) => {
    const root = mkdtempSync(join(tmpdir(), "oxidize-msrv-"));
    writeFileSync(join(root, "Cargo.toml"), text);
    return root;
  };
  it.each([
    // No member inherits it (there are none), so cargo holds no package to it.
    ['[workspace]\nresolver = "3"\n[workspace.package]\nrust-version = "1.95"\n', undefined],
    ['[package]\nname = "x"\nrust-version = "1.85.1"\n', "1.85.1"],
    ['[workspace]\nmembers = ["a"]\n', undefined],
  ])("%#", async (text, msrv) => {
    expect((await readMsrv(withCargoToml(text)))?.version).toBe(msrv);
  });
  it("is undefined without a Cargo.toml", async () => {
    expect(await readMsrv(mkdtempSync(join(tmpdir(), "oxidize-msrv-")))).toBeUndefined();
  });
  it.each([
    ["[package\n", /could not parse .*Cargo\.toml/],
    ["[package]\nrust-version = 1.95\n", /invalid package\.rust-version 1\.95 in .*Cargo\.toml/],
    ['[package]\nrust-version = "latest"\n', /invalid package\.rust-version "latest" in .*Cargo\.toml/],
  ])("names the file for %j", async (text, message) => {
    await expect(readMsrv(withCargoToml(text))).rejects.toThrow(message);
  });
});

describe("probeRustc", { timeout: 60_000 }, () => {
  it("asks the real rustc and cargo, and finds the sysroot", async () => {
    const rustc = execFileSync("rustup", ["which", "rustc"], { encoding: "utf8" }).trim();
    const cargo = execFileSync("rustup", ["which", "cargo"], { encoding: "utf8" }).trim();
    const probe = await probeRustc(rustc, { env: process.env, cargo, sysroot: true });
    expect(probe.ok).toBe(true);
    if (!probe.ok) return;
    expect(probe.rustc.text).toBe(execFileSync(rustc, ["-vV"], { encoding: "utf8" }).trim());
    expect(probe.cargoVersion).toBe(parseCargoVersion(execFileSync(cargo, ["-V"], { encoding: "utf8" })));
    expect(probe.sysroot).toBe(execFileSync(rustc, ["--print", "sysroot"], { encoding: "utf8" }).trim());
  });

  it("turns a program that is not rustc into a problem naming it", async () => {
    const root = makeTree({ "bin/rustc": { body: "#!/bin/sh\necho 'rustc?' >&2\nexit 3\n" } });
    const probe = await probeRustc(join(root, "bin/rustc"), { env: {} });
    expect(probe).toEqual({
      ok: false,
      problem: `${join(root, "bin/rustc")} -vV did not answer like rustc (exited with 3: rustc?)`,
    });
  });
});

describe("parseCargoVersion", () => {
  it.each([
    ["cargo 1.95.0 (f2d3ce0bd 2026-03-21)\n", "1.95.0"],
    ["cargo 1.97.0-nightly (abc 2026-06-01)", "1.97.0-nightly"],
    ["rustc 1.95.0", undefined],
  ])("%j → %s", (text, version) => {
    expect(parseCargoVersion(text)).toBe(version);
  });
});
