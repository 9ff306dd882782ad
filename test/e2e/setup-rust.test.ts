/**
 * actions/setup-rust end to end: the bundled action run as the runner runs it, installing the
 * machine's real 1.95.0 toolchain from a loopback dist mirror (built once), with the dist installer
 * and with the machine's rustup; then the installed cargo builds and runs a crate.
 */

import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, delimiter, dirname, join } from "node:path";
import { validateResult } from "@oxidize/report";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltMirror, buildMirror } from "../fixtures/dist-mirror/build-mirror.js";
import { syntheticMirror } from "../fixtures/dist-mirror/index.js";
import { type MirrorServer, serveMirror } from "../fixtures/dist-mirror/serve-mirror.js";
import { type ActionRunResult, recordLoads, runAction } from "../harness/index.js";

const HOST = /^host: (\S+)$/m.exec(execFileSync("rustc", ["-vV"], { encoding: "utf8" }))![1]!;
const RUSTUP_CARGO_BIN = join(homedir(), ".cargo", "bin");
const SYSTEM_PATH = (process.env["PATH"] ?? "")
  .split(delimiter)
  .filter((dir) => dir !== RUSTUP_CARGO_BIN)
  .join(delimiter);

let root: string;
let mirror: MirrorServer;
let built: BuiltMirror;
/** One tool cache for the dist runs that expect 1.95.0 to be there after the first install. */
let sharedToolCache: string;
let targetDir: string;
let crate: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "oxidize-setup-rust-e2e-"));
  built = await buildMirror({
    toolchainDir: join(homedir(), ".rustup", "toolchains", `stable-${HOST}`),
    outDir: join(root, "mirror"),
    channel: "1.95.0",
    exclude: [`rust-docs-${HOST}`],
    gzipLevel: 1,
  });
  mirror = await serveMirror(built.dir);
  sharedToolCache = join(root, "tool-cache");
  targetDir = join(root, "target");
  crate = join(root, "hello");
  mkdirSync(join(crate, "src"), { recursive: true });
  writeFileSync(
    join(crate, "Cargo.toml"),
    '[package]\nname = "hello"\nversion = "0.1.0"\nedition = "2021"\n',
  );
  writeFileSync(join(crate, "src", "main.rs"), 'fn main() {\n    println!("hello from oxidize");\n}\n');
}, 300_000);

afterAll(async () => {
  await mirror?.close();
  // The mirror and the installed toolchains are several hundred MB.
  if (root) rmSync(root, { recursive: true, force: true });
});

function fresh(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The runner prepends each GITHUB_PATH line, so the last one added comes first. */
function pathAfter(result: ActionRunResult, base = SYSTEM_PATH): string {
  return [...result.addedPath].reverse().concat(base).join(delimiter);
}

/** Builds and runs the hello crate the way a later workflow step would. */
function cargoRun(env: Record<string, string>): string {
  return execFileSync("cargo", ["run", "--offline", "-q"], {
    cwd: crate,
    env: { ...process.env, ...env, CARGO_TARGET_DIR: targetDir },
    encoding: "utf8",
  });
}

function explain(result: ActionRunResult): string {
  return `exit ${result.exitCode}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
}

describe("dist installer", () => {
  let first: ActionRunResult;
  let cargoHome: string;

  it("installs 1.95.0 from the mirror into an empty tool cache, and the installed cargo builds a crate", async () => {
    cargoHome = fresh("dist-cargo-home");
    mirror.reset();
    first = await runAction("setup-rust", {
      inputs: { toolchain: "1.95.0", installer: "dist", "dist-server": mirror.url },
      env: { CARGO_HOME: cargoHome, RUSTUP_HOME: fresh("dist-rustup-home"), RUSTFLAGS: "-C debuginfo=0" },
      toolCache: sharedToolCache,
    });
    expect(first.exitCode, explain(first)).toBe(0);
    expect(await validateResult(JSON.parse(readFileSync(first.outputs["report"]!, "utf8")))).toMatchObject({
      valid: true,
    });
    expect(first.outputs).toMatchObject({
      toolchain: `1.95.0-${HOST}`,
      source: "input",
      "rustc-version": "1.95.0",
      "cargo-version": "1.95.0",
      host: HOST,
      installer: "dist",
      "cache-hit": "false",
      available: "true",
    });
    expect(first.outputs["rustc-commit-hash"]).toMatch(/^[0-9a-f]{40}$/);
    expect(
      first.outputs["rustc"]!.startsWith(join(sharedToolCache, "rust", first.outputs["cachekey"]!)),
    ).toBe(true);
    expect(first.outputs["rustc"]!.endsWith(join("bin", "rustc"))).toBe(true);
    expect(mirror.requests.some((r) => r.path.endsWith(`cargo-1.95.0-${HOST}.tar.gz`))).toBe(true);

    // Environment: set when unset, CARGO_HOME exported, RUSTFLAGS never touched.
    expect(first.exportedEnv).toMatchObject({
      CARGO_INCREMENTAL: "0",
      CARGO_TERM_COLOR: "always",
      CARGO_HOME: cargoHome,
    });
    expect(first.exportedEnv).not.toHaveProperty("RUSTFLAGS");
    expect(first.addedPath).toContain(join(first.outputs["rustc"]!, ".."));

    const env = { PATH: pathAfter(first), CARGO_HOME: first.exportedEnv["CARGO_HOME"]! };
    expect(cargoRun(env)).toBe("hello from oxidize\n");
    expect(execFileSync("rustc", ["-vV"], { env: { ...process.env, ...env }, encoding: "utf8" })).toContain(
      "release: 1.95.0",
    );
    // What CPython's Makefile calls: $CARGO_HOME/bin/cargo is the pinned cargo, through a shim.
    const shimmed = execFileSync(join(cargoHome, "bin", "cargo"), ["-V"], {
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
    expect(shimmed).toMatch(/^cargo 1\.95\.0/);

    // Matchers registered by absolute path, pointing at files that exist.
    expect(first.commands.matchers).toHaveLength(3);
    for (const file of first.commands.matchers) expect(existsSync(file), file).toBe(true);

    // Report and summary.
    const report = JSON.parse(readFileSync(first.outputs["report"]!, "utf8"));
    expect(report).toMatchObject({ schema: "oxidize/result@1", action: "setup-rust", conclusion: "success" });
    expect(report.details.bytesDownloaded).toBeGreaterThan(1_000_000);
    expect(first.summary).toContain(`1.95.0-${HOST}`);
    expect(first.summary).toContain("release: 1.95.0");
  });

  it("is a cache hit without a single request to the mirror on the second run; respects CARGO_INCREMENTAL", async () => {
    mirror.reset();
    const loads = recordLoads();
    const second = await runAction("setup-rust", {
      inputs: { toolchain: "1.95.0", installer: "dist", "dist-server": mirror.url, matchers: "false" },
      env: { CARGO_HOME: cargoHome, CARGO_INCREMENTAL: "1", RUSTFLAGS: "-Dwarnings", ...loads.env },
      toolCache: sharedToolCache,
    });
    expect(second.exitCode, explain(second)).toBe(0);
    // The hit runs no program and downloads nothing, so it loads none of what that needs; it hashes nothing and
    // writes one-line outputs without random delimiters, so it never starts the crypto module either; it reads
    // and writes files synchronously and logs to fd 1 without process.stdout, so no streams or sockets; it times
    // its phases with process.hrtime, so the `performance` global never loads perf_hooks.
    const loaded = loads.read();
    for (const heavy of [
      "child_process",
      "http",
      "https",
      "zlib",
      "assert",
      "crypto",
      "fs/promises",
      "net",
      "stream",
      "perf_hooks",
    ])
      expect(loaded.builtins).not.toContain(heavy);
    if (loaded.hooks)
      expect(loaded.files.map((url) => basename(new URL(url).pathname))).toEqual(["index.js"]);
    expect(second.outputs).toMatchObject({ "cache-hit": "true", "rustc-version": "1.95.0" });
    expect(second.outputs["cachekey"]).toBe(first.outputs["cachekey"]);
    expect(mirror.requests).toEqual([]);
    expect(second.exportedEnv).not.toHaveProperty("CARGO_INCREMENTAL");
    expect(second.exportedEnv).not.toHaveProperty("RUSTFLAGS");
    expect(second.exportedEnv["CARGO_TERM_COLOR"]).toBe("always");
    expect(second.commands.matchers).toEqual([]);
    expect(second.summary).toMatch(/hit \(tool-cache\)/);
    // The hit answered from the probe recorded at install time, with the same facts as the first run.
    const toolchainDir = dirname(dirname(second.outputs["rustc"]!));
    expect(existsSync(`${toolchainDir}.probe.json`)).toBe(true);
    for (const output of ["rustc-commit-hash", "cargo-version", "host"]) {
      expect(second.outputs[output], output).toBe(first.outputs[output]);
    }
  });

  it("with rustup's proxies in CARGO_HOME, points them at the installed toolchain instead of writing shims", async () => {
    mirror.reset();
    const result = await runAction("setup-rust", {
      inputs: { toolchain: "1.95.0", installer: "dist", "dist-server": mirror.url },
      env: { CARGO_HOME: join(homedir(), ".cargo"), RUSTUP_HOME: join(homedir(), ".rustup") },
      toolCache: sharedToolCache,
    });
    expect(result.exitCode, explain(result)).toBe(0);
    const toolchainDir = join(result.outputs["rustc"]!, "..", "..");
    expect(result.exportedEnv["RUSTUP_TOOLCHAIN"]).toBe(toolchainDir);
    expect(mirror.requests).toEqual([]);
    // The machine's own proxy now runs the tool-cache toolchain.
    const sysroot = execFileSync(join(RUSTUP_CARGO_BIN, "rustc"), ["--print", "sysroot"], {
      env: { ...process.env, ...result.exportedEnv },
      encoding: "utf8",
    });
    expect(sysroot.trim()).toBe(toolchainDir);
  });

  it("takes the toolchain from rust-toolchain.toml in the workspace (source=toolchain-file)", async () => {
    const workspace = fresh("file-workspace");
    writeFileSync(
      join(workspace, "rust-toolchain.toml"),
      '[toolchain]\nchannel = "1.95.0"\nprofile = "minimal"\n',
    );
    mkdirSync(join(workspace, "crates", "inner"), { recursive: true });
    mirror.reset();
    const result = await runAction("setup-rust", {
      inputs: { installer: "dist", "dist-server": mirror.url, "working-directory": "crates/inner" },
      env: { CARGO_HOME: cargoHome },
      workspace,
      toolCache: sharedToolCache,
    });
    expect(result.exitCode, explain(result)).toBe(0);
    expect(result.outputs).toMatchObject({
      source: "toolchain-file",
      toolchain: `1.95.0-${HOST}`,
      "cache-hit": "true",
    });
    expect(mirror.requests).toEqual([]);
  });
});

describe("rustup installer", () => {
  let rustupHome: string;
  let cargoHome: string;
  const rustupEnv = () => ({
    RUSTUP_HOME: rustupHome,
    CARGO_HOME: cargoHome,
    RUSTUP_DIST_SERVER: mirror.url,
  });

  it("runs rustup toolchain install against the mirror and pins the job with RUSTUP_TOOLCHAIN", async () => {
    rustupHome = fresh("rustup-home");
    cargoHome = fresh("rustup-cargo-home");
    mirror.reset();
    const result = await runAction("setup-rust", {
      inputs: { toolchain: "1.95.0", installer: "rustup" },
      env: rustupEnv(),
      toolCache: fresh("rustup-tool-cache"),
    });
    expect(result.exitCode, explain(result)).toBe(0);
    expect(result.outputs).toMatchObject({
      toolchain: `1.95.0-${HOST}`,
      installer: "rustup",
      "rustc-version": "1.95.0",
      "cache-hit": "false",
    });
    expect(result.outputs["rustc"]).toBe(join(rustupHome, "toolchains", `1.95.0-${HOST}`, "bin", "rustc"));
    expect(result.stdout).toContain("toolchain install 1.95.0-");
    expect(result.stdout).toContain("--no-self-update");
    expect(mirror.requests.some((r) => r.path === "/dist/channel-rust-1.95.0.toml")).toBe(true);
    expect(result.exportedEnv).toMatchObject({
      RUSTUP_TOOLCHAIN: `1.95.0-${HOST}`,
      RUSTUP_HOME: rustupHome,
      CARGO_HOME: cargoHome,
    });
    expect(result.stdout).toMatch(/RUSTUP_TOOLCHAIN=1\.95\.0-\S+ exported/);

    // A later step: rustup's proxies (machine PATH) with the exported environment.
    const env = { ...result.exportedEnv, PATH: pathAfter(result, process.env["PATH"]) };
    expect(cargoRun(env)).toBe("hello from oxidize\n");
  });

  it("an explicit input beats a toolchain file: RUSTUP_TOOLCHAIN exported, with a warning naming the file", async () => {
    const workspace = fresh("rustup-override-workspace");
    writeFileSync(join(workspace, "rust-toolchain.toml"), '[toolchain]\nchannel = "nightly-2020-01-01"\n');
    const result = await runAction("setup-rust", {
      inputs: { toolchain: "1.95.0", installer: "rustup" },
      env: rustupEnv(),
      workspace,
    });
    expect(result.exitCode, explain(result)).toBe(0);
    expect(result.outputs).toMatchObject({ source: "input", "cache-hit": "true" });
    expect(result.exportedEnv["RUSTUP_TOOLCHAIN"]).toBe(`1.95.0-${HOST}`);
    expect(
      result.annotations.some((a) => a.level === "warning" && a.message.includes("rust-toolchain.toml")),
    ).toBe(true);
    // rustup itself now agrees, even inside the directory whose file says otherwise.
    const active = execFileSync("rustc", ["-V"], {
      cwd: workspace,
      env: { ...process.env, ...result.exportedEnv, PATH: pathAfter(result, process.env["PATH"]) },
      encoding: "utf8",
    });
    expect(active).toMatch(/^rustc 1\.95\.0/);
  });

  it("leaves RUSTUP_TOOLCHAIN alone when the toolchain file chose the toolchain", async () => {
    const workspace = fresh("rustup-file-workspace");
    writeFileSync(join(workspace, "rust-toolchain.toml"), '[toolchain]\nchannel = "1.95.0"\n');
    const result = await runAction("setup-rust", {
      inputs: { installer: "rustup" },
      env: rustupEnv(),
      workspace,
    });
    expect(result.exitCode, explain(result)).toBe(0);
    expect(result.outputs["source"]).toBe("toolchain-file");
    expect(result.exportedEnv).not.toHaveProperty("RUSTUP_TOOLCHAIN");
    expect(result.stdout).toContain("RUSTUP_TOOLCHAIN is not exported");
  });
});

describe("rules and faults", () => {
  function failureMessage(result: ActionRunResult): string {
    return result.annotations
      .filter((a) => a.level === "error")
      .map((a) => a.message)
      .join("\n");
  }

  it("require-pinned rejects stable before downloading anything", async () => {
    mirror.reset();
    const result = await runAction("setup-rust", {
      inputs: { toolchain: "stable", "require-pinned": "true", installer: "dist", "dist-server": mirror.url },
      toolCache: fresh("pinned-tool-cache"),
    });
    expect(result.exitCode).toBe(1);
    expect(failureMessage(result)).toMatch(/is not pinned.*'stable' moves to each new release/s);
    expect(failureMessage(result)).not.toContain("Unexpected error");
    // Said once (the step's failure), not again by the report's annotations.
    expect(result.annotations.filter((a) => a.level === "error")).toHaveLength(1);
    const report = JSON.parse(readFileSync(result.outputs["report"]!, "utf8"));
    expect(report).toMatchObject({ conclusion: "failure" });
    expect(result.summary).toContain("could not be set up");
    expect(mirror.requests).toEqual([]);
  });

  it("an MSRV above the pinned toolchain fails, naming both versions", async () => {
    const workspace = fresh("msrv-workspace");
    writeFileSync(
      join(workspace, "Cargo.toml"),
      '[package]\nname = "m"\nversion = "0.1.0"\nrust-version = "1.96"\n',
    );
    const result = await runAction("setup-rust", {
      inputs: { toolchain: "1.95.0", installer: "dist", "dist-server": mirror.url },
      workspace,
      toolCache: sharedToolCache,
    });
    expect(result.exitCode).toBe(1);
    expect(failureMessage(result)).toMatch(/1\.95\.0.*older than the project's MSRV 1\.96/);
  });

  it("a toolchain the server does not have fails clearly, even with optional: true", async () => {
    for (const optional of ["false", "true"]) {
      const result = await runAction("setup-rust", {
        inputs: { toolchain: "1.99.0", installer: "dist", "dist-server": mirror.url, optional },
        toolCache: fresh(`missing-tool-cache-${optional}`),
      });
      expect(result.exitCode, explain(result)).toBe(1);
      expect(failureMessage(result)).toContain(`toolchain 1.99.0 does not exist on ${mirror.url}`);
      expect(result.outputs["available"]).toBeUndefined();
    }
  });

  it("rustup: a release the server does not have fails even with optional: true", async () => {
    const home = fresh("optional-rustup");
    const result = await runAction("setup-rust", {
      inputs: { toolchain: "1.99.0", installer: "rustup", optional: "true" },
      env: {
        RUSTUP_HOME: join(home, "rustup"),
        CARGO_HOME: join(home, "cargo"),
        RUSTUP_DIST_SERVER: mirror.url,
        RUST_BACKTRACE: "0",
      },
    });
    expect(result.exitCode, explain(result)).toBe(1);
    expect(failureMessage(result)).toContain("nonexistent rust version");
    expect(result.outputs["available"]).toBeUndefined();
  });

  it.each(["dist", "rustup"])(
    "%s: optional: true turns a release without a build for this host green, with available=false and one warning",
    async (installer) => {
      // A real release whose manifest has no package for this machine.
      const other = await syntheticMirror({ host: "aarch64-unknown-linux-gnu" });
      const server = await serveMirror(other.dir);
      const home = fresh(`optional-host-${installer}`);
      try {
        const result = await runAction("setup-rust", {
          inputs: {
            toolchain: "1.95.0",
            installer,
            "dist-server": server.url,
            "verify-signature": "never",
            optional: "true",
          },
          env: { RUSTUP_HOME: join(home, "rustup"), CARGO_HOME: join(home, "cargo"), RUST_BACKTRACE: "0" },
          toolCache: fresh(`optional-host-tool-cache-${installer}`),
        });
        expect(result.exitCode, explain(result)).toBe(0);
        expect(result.outputs).toMatchObject({ available: "false", installer });
        expect(result.outputs["rustc"]).toBeUndefined();
        const warnings = result.annotations.filter((a) => a.level === "warning");
        expect(warnings, explain(result)).toHaveLength(1);
        expect(warnings[0]!.message).toMatch(/unavailable for download.*optional: true/s);
        // Said once in the whole log, not also as a line of its own.
        const said = "so the step continues without Rust";
        expect(result.stdout.split(said).length - 1, explain(result)).toBe(1);
        const report = JSON.parse(readFileSync(result.outputs["report"]!, "utf8"));
        expect(report).toMatchObject({ conclusion: "neutral", details: { available: false } });
      } finally {
        await server.close();
      }
    },
  );

  it("rides out a flaky server, but a tampered package fails (even with optional: true) and leaves no toolchain", async () => {
    const cargo = built.packages.find((p) => p.pkg === "cargo")!;
    const tarball = `/dist/${built.date}/${cargo.files.gz!.name}`;
    mirror.reset();
    mirror.setFault("/dist/channel-rust-1.95.0.toml.sha256", { kind: "500-then-ok", times: 2 });
    mirror.setFault(tarball, { kind: "wrong-hash" });
    const toolCache = fresh("tampered-tool-cache");
    const result = await runAction("setup-rust", {
      inputs: { toolchain: "1.95.0", installer: "dist", "dist-server": mirror.url, optional: "true" },
      toolCache,
    });
    const sums = mirror.requests.filter((r) => r.path === "/dist/channel-rust-1.95.0.toml.sha256");
    mirror.reset();
    expect(sums.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(result.exitCode).toBe(1);
    expect(failureMessage(result)).toMatch(/sha256 mismatch for package cargo/);
    const rustDir = join(toolCache, "rust");
    expect(existsSync(rustDir) ? readdirSync(rustDir) : []).toEqual([]);
  });
});

describe("manifest signature with the shipped Rust release key", () => {
  let signed: MirrorServer;
  beforeAll(async () => {
    // Same toolchain, but every channel manifest carries an .asc made with a throwaway test key.
    const { realMirror } = await import("../fixtures/dist-mirror/index.js");
    signed = await serveMirror((await realMirror()).dir);
  }, 300_000);
  afterAll(async () => {
    await signed?.close();
  });

  it("rejects a manifest signed by any other key (verify-signature: auto) and installs nothing", async () => {
    const toolCache = fresh("tool-cache-signed");
    const result = await runAction("setup-rust", {
      workspace: fresh("ws-signed"),
      toolCache,
      inputs: { toolchain: "1.95.0", installer: "dist", "dist-server": signed.url },
      env: { PATH: SYSTEM_PATH, CARGO_HOME: fresh("cargo-home-signed") },
    });
    expect(result.exitCode, explain(result)).toBe(1);
    const failure = result.annotations.find((a) => a.level === "error");
    expect(failure?.message).toMatch(/signature/i);
    // Nothing but the manifest and its sidecars was fetched, and the cache holds no toolchain.
    expect(signed.requests.every((r) => r.path.includes("channel-rust-"))).toBe(true);
    const rustDir = join(toolCache, "rust");
    expect(existsSync(rustDir) ? readdirSync(rustDir).filter((e) => !e.startsWith(".")) : []).toEqual([]);
  });
});
