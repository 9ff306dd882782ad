// The real thing: a dist mirror built from this machine's stable toolchain, served on 127.0.0.1, installed by our
// installer (then used to build and run a crate with the installed cargo), by rustup (the oracle: it must accept
// the mirror) and through `installWithRustup`. The mirror is built once and cached under <repo>/.tmp.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CachedMirror,
  type MirrorServer,
  realMirror,
  serveMirror,
} from "../../../test/fixtures/dist-mirror/index.js";
import { type InstallResult, installToolchain, installWithRustup, linkIntoRustupHome } from "../src/index.js";

const run = promisify(execFile);
const TIMEOUT = 240_000;

let mirror: CachedMirror;
let server: MirrorServer;
let installed: InstallResult;
let toolCache: string;

const temps: string[] = [];
/** A temp dir removed after the file's tests (installed toolchains are ~600 MB each). */
async function temp(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** An environment with no trace of the machine's own Rust setup. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(RUSTUP_|CARGO|RUSTC|RUSTFLAGS|RUSTDOC)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

beforeAll(async () => {
  mirror = await realMirror();
  server = await serveMirror(mirror.dir);
  toolCache = await temp("oxidize-real-toolcache-");
  installed = await installToolchain({
    toolchain: mirror.channel,
    host: mirror.host,
    profile: "minimal",
    toolCacheDir: toolCache,
    distServer: server.url,
    releaseKey: mirror.key.publicKey,
    releaseKeyFingerprint: mirror.key.fingerprint,
    verifySignature: "always",
  });
}, TIMEOUT);

afterAll(async () => {
  await server?.close();
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("installToolchain with the real toolchain", () => {
  it("installs rustc, cargo and rust-std from the mirror, verified", () => {
    expect(installed.cacheHit).toBe(false);
    expect(installed.signature).toBe("verified");
    expect(installed.components).toEqual([
      `rustc-${mirror.host}`,
      `cargo-${mirror.host}`,
      `rust-std-${mirror.host}`,
    ]);
    const served = server.requests
      .filter((r) => r.path.endsWith(".tar.gz"))
      .map((r) => path.basename(r.path));
    expect(served.sort()).toEqual(installed.packages.map((p) => path.basename(p.url)).sort());
    expect(installed.bytesDownloaded).toBe(
      mirror.packages
        .filter((p) => ["rustc", "cargo", "rust-std"].includes(p.pkg))
        .reduce((sum, p) => sum + (p.files.gz?.size ?? 0), 0),
    );
  });

  it("the installed rustc reports the release it was built from", async () => {
    const { stdout } = await run(installed.paths.rustc, ["-vV"], { env: cleanEnv({}) });
    expect(stdout).toContain(`release: ${mirror.channel}`);
    expect(stdout).toContain(`host: ${mirror.host}`);
    expect(stdout).toContain(installed.rustVersion.split(" ")[0]!);
  });

  it(
    "the installed cargo builds and runs a crate",
    async () => {
      const work = await temp("oxidize-hello-");
      await mkdir(path.join(work, "src"));
      await writeFile(
        path.join(work, "Cargo.toml"),
        '[package]\nname = "hello"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n',
      );
      await writeFile(
        path.join(work, "src", "main.rs"),
        'fn main() { println!("hello from {}", env!("CARGO_PKG_NAME")); }\n',
      );
      // PATH holds our bin and the system linker only: no rustup proxy could stand in for our rustc.
      const env = cleanEnv({
        PATH: [installed.paths.bin, "/usr/bin", "/bin"].join(path.delimiter),
        CARGO_HOME: path.join(work, ".cargo-home"),
        CARGO_TARGET_DIR: path.join(work, "target"),
      });
      await run(installed.paths.cargo, ["build", "--offline", "--quiet"], { cwd: work, env });
      const { stdout } = await run(path.join(work, "target", "debug", "hello"), []);
      expect(stdout).toBe("hello from hello\n");
    },
    TIMEOUT,
  );

  it("a second install is a cache hit with zero requests to the server", async () => {
    server.reset();
    const again = await installToolchain({
      toolchain: mirror.channel,
      host: mirror.host,
      profile: "minimal",
      toolCacheDir: toolCache,
      distServer: server.url,
    });
    expect(again.cacheHit).toBe(true);
    expect(again.dir).toBe(installed.dir);
    expect(server.requests).toEqual([]);
  });

  it(
    "rustup accepts the installed toolchain once linked into RUSTUP_HOME",
    async () => {
      const home = await temp("oxidize-rustup-home-");
      await linkIntoRustupHome({
        rustupHome: home,
        name: installed.name,
        dir: installed.dir,
        manifestSha256: installed.manifestSha256,
      });
      const env = cleanEnv({
        RUSTUP_HOME: home,
        CARGO_HOME: path.join(home, "cargo"),
        RUSTUP_DIST_SERVER: server.url,
      });
      const { stdout } = await run("rustup", ["run", mirror.channel, "rustc", "-vV"], { env });
      expect(stdout).toContain(`release: ${mirror.channel}`);
      const { stdout: list } = await run(
        "rustup",
        ["component", "list", "--installed", "--toolchain", mirror.channel],
        {
          env,
        },
      );
      expect(list.trim().split("\n").sort()).toEqual(installed.components.slice().sort());
      // With the update hash in place, `rustup toolchain install` sees nothing to do: one .sha256 request.
      server.reset();
      await run(
        "rustup",
        ["toolchain", "install", mirror.channel, "--profile", "minimal", "--no-self-update"],
        { env },
      );
      expect(server.requests.map((r) => r.path)).toEqual([
        `/dist/channel-rust-${mirror.channel}.toml.sha256`,
      ]);
    },
    TIMEOUT,
  );
});

describe("rustup against the same mirror", () => {
  it(
    "installWithRustup installs from the mirror and returns the toolchain's sysroot",
    async () => {
      const home = await temp("oxidize-rustup-oracle-");
      server.reset();
      const result = await installWithRustup({
        toolchain: mirror.channel,
        profile: "minimal",
        env: cleanEnv({
          RUSTUP_HOME: home,
          CARGO_HOME: path.join(home, "cargo"),
          RUSTUP_DIST_SERVER: server.url,
        }),
      });
      expect(result.args).toEqual([
        "toolchain",
        "install",
        mirror.channel,
        "--no-self-update",
        "--profile",
        "minimal",
      ]);
      expect(result.dir).toBe(path.join(home, "toolchains", `${mirror.channel}-${mirror.host}`));
      expect(server.requests.filter((r) => r.path.endsWith(".tar.gz")).length).toBe(3);
      // rustup and our installer agree on what a minimal install contains.
      const theirs = await readFile(path.join(result.dir, "lib", "rustlib", "components"), "utf8");
      expect(theirs.trim().split("\n").sort()).toEqual(installed.components.slice().sort());
      for (const c of installed.components) {
        const ours = await readFile(path.join(installed.dir, "lib", "rustlib", `manifest-${c}`), "utf8");
        const rustups = await readFile(path.join(result.dir, "lib", "rustlib", `manifest-${c}`), "utf8");
        expect(ours.trim().split("\n").sort()).toEqual(rustups.trim().split("\n").sort());
      }
    },
    TIMEOUT,
  );

  it(
    "installWithRustup reports rustup's own error for an unknown target",
    async () => {
      const home = await temp("oxidize-rustup-oracle-");
      const error = await installWithRustup({
        toolchain: mirror.channel,
        profile: "minimal",
        targets: ["thumbv7a-none-eabi"],
        env: cleanEnv({
          RUSTUP_HOME: home,
          CARGO_HOME: path.join(home, "cargo"),
          RUSTUP_DIST_SERVER: server.url,
        }),
      }).catch((e: unknown) => e);
      expect((error as Error).name).toBe("RustupError");
      expect((error as Error).message).toContain("thumbv7a-none-eabi");
    },
    TIMEOUT,
  );
});
