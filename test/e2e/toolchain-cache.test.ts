/**
 * setup-rust's `cache: true` through the real @actions/cache (real tar + zstd archives) against
 * the cache service double on 127.0.0.1 (GitHub's service cannot be reached from here): the
 * bundled action installs the machine's real 1.95.0 from a loopback dist mirror and saves it; a
 * "new runner" (same RUNNER_TOOL_CACHE path, emptied) restores it without a download. Then the
 * faults: a damaged archive, a service that is down, one that never answers, two jobs saving at
 * once — the step installs from the mirror and stays green every time.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { actionsCache } from "@oxidize/action-kit/actions-cache";
import { saveToolchain } from "@oxidize/toolchain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildMirror } from "../fixtures/dist-mirror/build-mirror.js";
import { type MirrorServer, serveMirror } from "../fixtures/dist-mirror/serve-mirror.js";
import { CacheServiceDouble } from "../harness/cache-service-double.js";
import { type ActionRunResult, errorAnnotations, runAction } from "../harness/index.js";
import { captureStdout } from "../harness/stdout-capture.js";

const HOST = /^host: (\S+)$/m.exec(execFileSync("rustc", ["-vV"], { encoding: "utf8" }))![1]!;

let root: string;
let mirror: MirrorServer;
let double: CacheServiceDouble;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "oxidize-toolchain-cache-e2e-"));
  const built = await buildMirror({
    toolchainDir: join(homedir(), ".rustup", "toolchains", `stable-${HOST}`),
    outDir: join(root, "mirror"),
    channel: "1.95.0",
    exclude: [`rust-docs-${HOST}`],
    gzipLevel: 1,
  });
  mirror = await serveMirror(built.dir);
  double = await CacheServiceDouble.start();
}, 300_000);

afterAll(async () => {
  await mirror?.close();
  await double?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

beforeEach(() => mirror.reset());

/** A new runner: the tool cache at the hosted runners' one path, empty. */
function freshToolCache(name = "hostedtoolcache"): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function setup(toolCache: string, env: Record<string, string> = {}): Promise<ActionRunResult> {
  return runAction("setup-rust", {
    inputs: {
      toolchain: "1.95.0",
      installer: "dist",
      "dist-server": mirror.url,
      cache: "true",
      matchers: "false",
    },
    env: { ...double.env(), CARGO_HOME: join(root, "cargo-home"), ...env },
    toolCache,
    timeoutMs: 300_000,
  });
}

const downloaded = () =>
  mirror.requests.filter((r) => r.path.endsWith(".tar.gz") || r.path.endsWith(".tar.xz"));
const warnings = (run: ActionRunResult) => run.annotations.filter((a) => a.level === "warning");

function explain(run: ActionRunResult): string {
  return `exit ${run.exitCode}\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`;
}

describe("toolchain cache through @actions/cache and the cache service double", () => {
  it("saves the installed toolchain, and a new runner restores it without downloading", async () => {
    const first = await setup(freshToolCache());
    expect(first.exitCode, explain(first)).toBe(0);
    expect(first.outputs["cache-hit"]).toBe("false");
    expect(downloaded().length).toBeGreaterThan(0);
    const saved = double.entries.filter((e) => e.finalized);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.key).toMatch(/^oxidize-setup-rust-v1-linux-x64-/);
    expect(saved[0]!.sizeBytes).toBeGreaterThan(10 * 1024 * 1024);

    mirror.reset();
    double.calls.length = 0;
    const second = await setup(freshToolCache());
    expect(second.exitCode, explain(second)).toBe(0);
    expect(second.outputs).toMatchObject({ "cache-hit": "true", "rustc-version": "1.95.0" });
    expect(second.summary).toMatch(/actions-cache/);
    expect(downloaded()).toEqual([]);
    expect(double.calls.map((c) => c.rpc ?? c.method)).toEqual(["GetCacheEntryDownloadURL", "GET"]);
    expect(execFileSync(second.outputs["rustc"]!, ["-vV"], { encoding: "utf8" })).toContain(
      "release: 1.95.0",
    );
    expect(warnings(second)).toEqual([]);
  });

  it("a damaged archive: ignored with a warning, the toolchain installed from the mirror", async () => {
    double.fail({ kind: "corrupt" }, 1);
    const run = await setup(freshToolCache());
    expect(run.exitCode, explain(run)).toBe(0);
    expect(run.outputs["cache-hit"]).toBe("false");
    expect(downloaded().length).toBeGreaterThan(0);
    expect(warnings(run).length).toBeGreaterThan(0);
    expect(execFileSync(run.outputs["rustc"]!, ["-vV"], { encoding: "utf8" })).toContain("release: 1.95.0");
  });

  it("a service that is down: installed from the mirror, the step green", async () => {
    await double.down();
    try {
      const run = await setup(freshToolCache());
      expect(run.exitCode, explain(run)).toBe(0);
      expect(run.outputs["cache-hit"]).toBe("false");
      expect(errorAnnotations(run)).toEqual([]);
    } finally {
      await double.up();
    }
  });

  it("a service that never answers: bounded by the time limit, a warning, the step ends green", async () => {
    double.fail({ kind: "hang" });
    try {
      const run = await setup(freshToolCache(), { OXIDIZE_CACHE_TIMEOUT_MS: "1500" });
      expect(run.exitCode, explain(run)).toBe(0);
      expect(run.outputs["rustc-version"]).toBe("1.95.0");
      expect(warnings(run).some((a) => /did not finish within 2 s/.test(a.message))).toBe(true);
    } finally {
      double.reset();
    }
  });

  it("two jobs saving one key at once: one entry, the other is told it exists, no warning", async () => {
    // Two runners' saves of one toolchain directory (the same path on every hosted runner), in
    // this process through the action's own adapter; the step's run is the same code.
    double.reset();
    const toolCache = freshToolCache();
    mkdirSync(join(toolCache, "rust", "1.95.0-x"), { recursive: true });
    writeFileSync(join(toolCache, "rust", "1.95.0-x", "marker"), "toolchain");
    const saved = process.env;
    // @actions/cache logs through workflow commands on stdout; in this process they are noise.
    const restoreStdout = captureStdout(() => {});
    process.env = {
      ...process.env,
      ...double.env(),
      GITHUB_SERVER_URL: "https://github.com",
      RUNNER_TEMP: root,
    };
    try {
      const lines: string[] = [];
      const log = {
        info: (m: string) => lines.push(`info: ${m}`),
        warning: (m: string) => lines.push(`warning: ${m}`),
      };
      const backend = actionsCache(process.env);
      const results = await Promise.all(
        [1, 2].map(() => saveToolchain(backend, [join(toolCache, "rust", "1.95.0-x")], "oxidize-race", log)),
      );
      expect(results.sort()).toEqual([false, true]);
      expect(lines.filter((l) => l.startsWith("warning"))).toEqual([]);
      expect(lines).toContain(
        "info: Actions cache: oxidize-race not saved: another job holds the key, or the service refused it",
      );
    } finally {
      process.env = saved;
      restoreStdout();
    }
    expect(double.entries.filter((e) => e.key === "oxidize-race" && e.finalized)).toHaveLength(1);
    expect(
      double.calls
        .filter((c) => c.rpc === "CreateCacheEntry")
        .map((c) => c.status)
        .sort(),
    ).toEqual([200, 409]);
  });
});
