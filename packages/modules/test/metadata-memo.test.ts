// cargo metadata's answer kept between runs, against the real rustup proxy and cargo of this
// machine: a kept answer is used only while every file that decides it is unchanged, and each kind
// of change that can alter what discovery reads makes cargo be asked again.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Env, fileMemo, type Memo, type Runner, runProcess } from "@oxidize/core";
import { beforeEach, describe, expect, it } from "vitest";
import { repoRoot } from "../../../test/harness/run-action.js";
import { realPython } from "../../../test/harness/step-checks.js";
import {
  type BuildModulesOptions,
  buildRustModules,
  detectBuildToolchain,
  discoverWorkspace,
  type Workspace,
} from "../src/index.js";
import type { MetadataMemo, ProbedToolchain } from "../src/remembered-metadata.js";

const cargoBin = join(process.env["CARGO_HOME"] || join(process.env["HOME"] ?? "", ".cargo"), "bin");
const cargo = join(cargoBin, "cargo");
const env: Env = {
  ...process.env,
  RUSTUP_TOOLCHAIN: undefined,
  RUSTUP_AUTO_INSTALL: "0",
  CARGO_TARGET_DIR: undefined,
};
const platform = process.platform;

let dir: string;
let ws: string;
let memo: Memo;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "oxidize-metadata-memo-"));
  ws = join(dir, "ws");
  memo = fileMemo(join(dir, "memo"));
  writeFileSync(join(mkdirp(ws), "Cargo.toml"), '[workspace]\nresolver = "2"\nmembers = ["crates/*"]\n');
  member("a", "_a");
  return () => rmSync(dir, { recursive: true, force: true });
});

function mkdirp(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

/** A cdylib package under crates/ declaring the module `module`. */
function member(name: string, module: string): void {
  const root = join(ws, "crates", name);
  writeFileSync(join(mkdirp(join(root, "src")), "lib.rs"), "");
  writeFileSync(
    join(root, "Cargo.toml"),
    `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n[lib]\ncrate-type = ["cdylib"]\n` +
      `[package.metadata.cpython]\nmodule = "${module}"\n`,
  );
}

/** The toolchain rustup picks for the workspace, as build-rust-modules probes it. */
async function probedHere(): Promise<ProbedToolchain> {
  const { rustc, sysroot } = await detectBuildToolchain({ env, platform, cwd: ws });
  return { cwd: ws, ...(rustc && { rustc }), ...(sysroot && { sysroot }) };
}

/** Discovers the workspace with the memo; `runs` are the cargo metadata processes it started. */
async function discover(
  overrides: { env?: Env; probed?: () => Promise<ProbedToolchain>; cargo?: string } = {},
): Promise<{ workspace: Workspace; runs: number }> {
  let runs = 0;
  const run: Runner = (file, args, options) => {
    runs++;
    return runProcess(file, args, options);
  };
  const remember: MetadataMemo = { memo, platform, probed: overrides.probed ?? probedHere };
  const workspace = await discoverWorkspace({
    manifestPath: join(ws, "Cargo.toml"),
    displayRoot: ws,
    cargo: overrides.cargo ?? cargo,
    env: overrides.env ?? env,
    run,
    remember,
  });
  return { workspace, runs };
}

/** What cargo says now, without any memo. */
async function fresh(): Promise<Workspace> {
  return discoverWorkspace({
    manifestPath: join(ws, "Cargo.toml"),
    displayRoot: ws,
    cargo,
    env,
    run: runProcess,
  });
}

const modules = (workspace: Workspace) => workspace.modules.map((m) => m.module).sort();

describe("cargo metadata kept between runs, behind the real rustup proxy", { timeout: 60_000 }, () => {
  it("asks once, then answers from the memo exactly what cargo says", async () => {
    const first = await discover();
    expect(first.runs).toBe(1);
    const second = await discover();
    expect(second.runs).toBe(0);
    expect(second.workspace).toEqual(await fresh());
    expect(first.workspace).toEqual(second.workspace);
    expect(modules(second.workspace)).toEqual(["_a"]);
  });

  it("asks again after a member's manifest changes, a member is added under a glob, or one is removed", async () => {
    await discover();
    member("a", "_renamed");
    const renamed = await discover();
    expect(renamed.runs).toBe(1);
    expect(modules(renamed.workspace)).toEqual(["_renamed"]);

    member("b", "_b");
    const added = await discover();
    expect(added.runs).toBe(1);
    expect(modules(added.workspace)).toEqual(["_b", "_renamed"]);

    // A directory the glob lists, without a manifest: cargo's error, not the kept answer.
    mkdirp(join(ws, "crates", "c"));
    await expect(discover()).rejects.toThrow(/cargo cannot read the workspace.*crates\/c/);
    rmSync(join(ws, "crates", "c"), { recursive: true });
    rmSync(join(ws, "crates", "b"), { recursive: true });
    const removed = await discover();
    expect(removed.runs).toBe(1);
    expect(modules(removed.workspace)).toEqual(["_renamed"]);
    expect((await discover()).runs).toBe(0);
  });

  it("asks again when a member's library file appears, the root manifest or a cargo config changes", async () => {
    // A package without a [lib] table has a library only when src/lib.rs exists.
    const plain = join(ws, "crates", "plain");
    writeFileSync(join(mkdirp(join(plain, "src")), "main.rs"), "fn main() {}\n");
    writeFileSync(
      join(plain, "Cargo.toml"),
      '[package]\nname = "plain"\nversion = "0.1.0"\nedition = "2021"\n',
    );
    expect((await discover()).runs).toBe(1);
    writeFileSync(join(plain, "src", "lib.rs"), "");
    expect((await discover()).runs).toBe(1);
    expect((await discover()).runs).toBe(0);

    writeFileSync(join(mkdirp(join(ws, ".cargo")), "config.toml"), '[build]\ntarget-dir = "elsewhere"\n');
    expect((await discover()).runs).toBe(1);
    // From the memo, the workspace root's own Cargo.toml: its `members` decide the workspace.
    writeFileSync(join(ws, "Cargo.toml"), '[workspace]\nresolver = "2"\nmembers = ["crates/a"]\n');
    const narrowed = await discover();
    expect(narrowed.runs).toBe(1);
    expect(narrowed.workspace).toEqual(await fresh());
  });

  it("asks again when the environment cargo reads or rustup's choice changes", async () => {
    await discover();
    expect((await discover({ env: { ...env, CARGO_TARGET_DIR: join(dir, "target") } })).runs).toBe(1);
    writeFileSync(join(ws, "rust-toolchain.toml"), '[toolchain]\nchannel = "nightly"\n');
    expect((await discover()).runs).toBe(1);
    expect((await discover()).runs).toBe(0); // nightly's answer, kept with nightly's cargo
    rmSync(join(ws, "rust-toolchain.toml"));
    expect((await discover()).runs).toBe(0); // back to the first answer's key
  });

  it("asks again when the chosen toolchain's own cargo was replaced in place", async () => {
    const real = await probedHere();
    // A stand-in sysroot whose cargo this test can touch, as `rustup update` replaces the file.
    const sysroot = join(dir, "sysroot");
    copyFileSync(join(real.sysroot!, "bin", "cargo"), join(mkdirp(join(sysroot, "bin")), "cargo"));
    const probed = async () => ({ ...real, sysroot });
    await discover({ probed });
    expect((await discover({ probed })).runs).toBe(0);
    utimesSync(join(sysroot, "bin", "cargo"), new Date(), new Date(Date.now() + 5_000));
    expect((await discover({ probed })).runs).toBe(1);
  });

  it("keeps nothing when the probed toolchain may not be the one cargo ran, or cargo is a script", async () => {
    // Probed from another directory: rustup may have chosen another toolchain there.
    const elsewhere = async () => ({ ...(await probedHere()), cwd: dir });
    await discover({ probed: elsewhere });
    expect((await discover({ probed: elsewhere })).runs).toBe(1);
    // A rustc that is not the same rustup as this cargo.
    const script = join(dir, "rustc");
    writeFileSync(script, "#!/bin/sh\nexit 1\n", { mode: 0o755 });
    const otherRustc = async () => ({ ...(await probedHere()), rustc: script });
    await discover({ probed: otherRustc });
    expect((await discover({ probed: otherRustc })).runs).toBe(1);
    expect(readdirSync(dir)).not.toContain("memo");

    const wrapper = join(dir, "cargo");
    writeFileSync(wrapper, `#!/bin/sh\nexec ${cargo} "$@"\n`, { mode: 0o755 });
    await discover({ cargo: wrapper });
    expect((await discover({ cargo: wrapper })).runs).toBe(1);
    expect(readdirSync(dir)).not.toContain("memo");
  });

  it("keeps nothing for a `**` glob, whose directories are not all listed here", async () => {
    writeFileSync(join(ws, "Cargo.toml"), '[workspace]\nresolver = "2"\nmembers = ["**/a"]\n');
    const first = await discover();
    expect(modules(first.workspace)).toEqual(await fresh().then(modules));
    expect((await discover()).runs).toBe(1);
  });

  it("keeps no failure: a broken manifest is cargo's error on every run", async () => {
    writeFileSync(join(ws, "crates", "a", "Cargo.toml"), "[package\n");
    await expect(discover()).rejects.toThrow(/cargo cannot read the workspace/);
    await expect(discover()).rejects.toThrow(/cargo cannot read the workspace/);
    expect(readdirSync(dir)).not.toContain("memo");
  });
});

describe("build-rust-modules with the memo", { timeout: 120_000 }, () => {
  it("runs no cargo metadata on a second run, and starts cargo build before the import check's Python", async () => {
    const options: BuildModulesOptions = {
      sourceDir: join(repoRoot, "examples", "cpython-lite"),
      repositoryRoot: repoRoot,
      modules: [],
      policy: "summit-2026",
      pythonVersion: "auto",
      locked: false,
      offline: false,
      cargoArgs: [],
      targetDir: join(repoRoot, ".tmp", "cargo-target-build-rust-modules"),
      outDir: join(dir, "out"),
      python: realPython,
      required: ["_base64"],
      verifyCommand: [],
    };
    const log = {
      info() {},
      debug() {},
      group: <T>(_: string, body: () => Promise<T>) => body(),
      untrusted: <T>(body: () => Promise<T>) => body(),
    };
    const started = async () => {
      const runs: string[] = [];
      const run: Runner = (file, args, runOptions) => {
        runs.push(
          file === realPython
            ? `python ${args.join(" ").includes("sys.stdin.buffer.read") ? "waiting" : "query"}`
            : `${file} ${args[0]}`,
        );
        return runProcess(file, args, runOptions);
      };
      const result = await buildRustModules(options, { env, platform, log, memo, run });
      expect(result.outcomes.map((o) => [o.module, o.status])).toEqual([["_base64", "built"]]);
      return runs;
    };
    expect(await started()).toContain(`${cargo} metadata`);
    const second = await started();
    expect(second).not.toContain(`${cargo} metadata`);
    expect(second).toContain(`${cargo} build`);
    expect(second.indexOf(`${cargo} build`)).toBeLessThan(second.indexOf("python waiting"));
  });
});
