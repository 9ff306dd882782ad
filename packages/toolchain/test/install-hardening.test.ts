// The dist installer against mirrors that lie or break (issue #15): a manifest or an archive for another release,
// binaries that do not run, cache entries that lost files.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type CachedMirror,
  type HostileServer,
  type MirrorServer,
  plantGzipBomb,
  SYNTHETIC_HOST,
  serveHostile,
  serveMirror,
  syntheticMirror,
} from "../../../test/fixtures/dist-mirror/index.js";
import {
  InstallError,
  type InstallOptions,
  installToolchain,
  ManifestError,
  TooLargeError,
} from "../src/index.js";
import { releaseMismatch } from "../src/install/verify.js";

const H = SYNTHETIC_HOST;
const temps: string[] = [];
const servers: MirrorServer[] = [];
let honest: CachedMirror;
let server: MirrorServer;

async function serve(m: CachedMirror): Promise<MirrorServer> {
  temps.push(path.dirname(m.dir));
  const s = await serveMirror(m.dir);
  servers.push(s);
  return s;
}

beforeAll(async () => {
  honest = await syntheticMirror({ compress: ["gz"] });
  server = await serve(honest);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});
afterEach(() => server.reset());

async function tempCache(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "oxidize-toolcache-"));
  temps.push(dir);
  return dir;
}

function options(toolCacheDir: string, url: string, extra: Partial<InstallOptions> = {}): InstallOptions {
  return {
    toolchain: "1.95.0",
    host: H,
    profile: "minimal",
    toolCacheDir,
    distServer: url,
    verifySignature: "never",
    retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
    idleTimeoutMs: 2000,
    ...extra,
  };
}

function recordingLogger() {
  const infos: string[] = [];
  return { infos, info: (m: string) => infos.push(m), warning() {}, debug() {} };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InstallError);
  expect((error as Error).message).not.toContain("\n");
  return error as Error;
}

async function expectEmptyCache(dir: string): Promise<void> {
  expect(existsSync(dir) ? await readdir(dir) : []).toEqual([]);
}

describe("an exact pin installs only that release (cause 3)", () => {
  it("refuses a manifest at channel-rust-1.95.0.toml that describes 1.94.0, before downloading", async () => {
    const liar = await serve(
      await syntheticMirror({ version: "1.94.0", channel: "1.95.0", compress: ["gz"] }),
    );
    const cache = await tempCache();
    const error = await failure(installToolchain(options(cache, liar.url)));
    expect(error).toBeInstanceOf(ManifestError);
    expect(error.message).toBe(
      `the channel manifest ${liar.url}/dist/channel-rust-1.95.0.toml describes 1.94.0 (59807616e 2026-04-14), ` +
        "but 1.95.0 was asked for (it is 1.94.0, not 1.95.0): the dist server serves the wrong manifest under " +
        "this name; fix the mirror or use another dist-server",
    );
    expect(liar.requests.filter((r) => r.path.endsWith(".tar.gz"))).toEqual([]);
    await expectEmptyCache(cache);
    // …and an honest run afterwards installs (no poisoned cache entry to hit)
    const ok = await installToolchain(options(cache, server.url));
    expect(ok.cacheHit).toBe(false);
    expect(ok.rustVersion).toBe("1.95.0 (59807616e 2026-04-14)");
  });

  it("refuses an honest manifest whose archive's rustc reports 1.94.0, caching nothing", async () => {
    const liar = await serve(await syntheticMirror({ rustcRelease: "1.94.0", compress: ["gz"] }));
    const cache = await tempCache();
    const error = await failure(installToolchain(options(cache, liar.url)));
    expect(error.message).toMatch(
      new RegExp(
        `^toolchain 1\\.95\\.0-${H}: ${cache}/rust-1\\.95\\.0-[^ ]+/bin/rustc reports release 1\\.94\\.0, the manifest 1\\.95\\.0; nothing was cached\\.`,
      ),
    );
    await expectEmptyCache(cache);
    const ok = await installToolchain(options(cache, server.url));
    expect(ok.cacheHit).toBe(false);
  });

  it("a dated name needs a manifest of that date", async () => {
    const text = await readFile(path.join(honest.dir, "dist", "channel-rust-stable.toml"));
    const at = "/dist/2026-01-01/channel-rust-stable.toml";
    server.override(at, text);
    server.override(`${at}.sha256`, Buffer.from(`${createHash("sha256").update(text).digest("hex")}  x\n`));
    const cache = await tempCache();
    const error = await failure(
      installToolchain(options(cache, server.url, { toolchain: "stable-2026-01-01" })),
    );
    expect(error.message).toContain(`${at} is dated 2026-04-16, not 2026-01-01 as stable-2026-01-01 asks`);
    await expectEmptyCache(cache);
  });

  it("a cached entry recorded as another release is reinstalled", async () => {
    const cache = await tempCache();
    const first = await installToolchain(options(cache, server.url));
    const marker = path.join(cache, `${first.cacheKey}.complete`);
    const record = JSON.parse(await readFile(marker, "utf8"));
    await writeFile(marker, JSON.stringify({ ...record, rustVersion: "1.94.0 (4a4ef493e 2026-03-02)" }));
    const logger = recordingLogger();
    const again = await installToolchain(options(cache, server.url, { logger }));
    expect(again.cacheHit).toBe(false);
    expect(logger.infos.join("\n")).toContain(
      "holds 1.94.0 (4a4ef493e 2026-03-02), which does not fit 1.95.0",
    );
  });

  it("a marker under the same key recorded for another request is a miss, not somebody else's toolchain", async () => {
    // The key's digest is not cryptographic: a collision must cost a reinstall, never a wrong toolchain.
    const cache = await tempCache();
    const first = await installToolchain(options(cache, server.url));
    const marker = path.join(cache, `${first.cacheKey}.complete`);
    const record = JSON.parse(await readFile(marker, "utf8"));
    expect(JSON.parse(record.request)).toMatchObject({ toolchain: "1.95.0", components: [], targets: [] });
    await writeFile(
      marker,
      JSON.stringify({
        ...record,
        request: record.request.replace('"targets":[]', '"targets":["wasm32-unknown-unknown"]'),
      }),
    );
    const again = await installToolchain(options(cache, server.url));
    expect(again.cacheHit).toBe(false);
    expect(again.dir).toBe(first.dir);
    const rewritten = JSON.parse(await readFile(marker, "utf8"));
    expect(rewritten.request).toBe(record.request);
  });

  it.each([
    ["1.95.0", "1.95.0", true],
    ["1.95.0", "1.94.0", false],
    ["1.96.0-beta.3", "1.96.0-beta.3", true],
    ["1.96.0-beta.3", "1.96.0-beta.2", false],
    ["1.95", "1.95.2", true],
    ["1.95", "1.9.5", false],
    ["stable", "1.95.0", true],
    ["stable", "1.97.0-nightly", false],
    ["beta", "1.96.0-beta.1", true],
    ["beta", "1.95.0", false],
    ["nightly", "1.97.0-nightly", true],
    ["nightly", "1.96.0-beta.1", false],
  ])("%s accepts release %s: %s", (channel, release, ok) => {
    expect(releaseMismatch(channel, release) === undefined).toBe(ok);
  });
});

describe("a toolchain that does not run is never cached (cause 4)", () => {
  it("a rustc for another machine fails with one line naming the toolchain and the binary", async () => {
    // an ELF header for aarch64: on this machine the kernel refuses it (Exec format error)
    const elf = Buffer.alloc(64);
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
    elf.writeUInt16LE(2, 16);
    elf.writeUInt16LE(0xb7, 18);
    const broken = await serve(await syntheticMirror({ rustcBytes: elf, compress: ["gz"] }));
    const cache = await tempCache();
    const error = await failure(installToolchain(options(cache, broken.url)));
    expect(error.message).not.toContain(".tmp-");
    expect(error.message).toMatch(
      new RegExp(
        `^toolchain 1\\.95\\.0-${H}: \\S+/bin/rustc -vV did not answer like rustc \\(.+\\); nothing was cached`,
      ),
    );
    await expectEmptyCache(cache);
  });

  it("a cache hit whose bin/rustc is gone is reinstalled, saying why", async () => {
    const cache = await tempCache();
    const first = await installToolchain(options(cache, server.url));
    await rm(first.paths.rustc);
    server.reset();
    const logger = recordingLogger();
    const again = await installToolchain(options(cache, server.url, { logger }));
    expect(again.cacheHit).toBe(false);
    expect(existsSync(again.paths.rustc)).toBe(true);
    expect(logger.infos).toContain(
      `1.95.0-${H}: the tool cache entry ${first.dir} has no bin/rustc; reinstalling`,
    );
    // and then it is a hit again, without a request
    server.reset();
    expect((await installToolchain(options(cache, server.url))).cacheHit).toBe(true);
    expect(server.requests).toEqual([]);
  });

  it("a component's files recorded in the marker are checked too", async () => {
    const cache = await tempCache();
    const first = await installToolchain(options(cache, server.url));
    await rm(path.join(first.dir, "lib", "rustlib", `manifest-rust-std-${H}`));
    const again = await installToolchain(options(cache, server.url));
    expect(again.cacheHit).toBe(false);
  });
});

/** Runs `body` while sampling RSS every 20 ms; returns how far it rose above where it started, in MB. */
async function rssRise(body: () => Promise<unknown>): Promise<number> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    await body();
  } finally {
    clearInterval(timer);
  }
  return (Math.max(peak, process.memoryUsage().rss) - base) / 1e6;
}

describe("bounded whatever the server sends (cause 6)", () => {
  const hostile: HostileServer[] = [];
  afterAll(async () => {
    await Promise.all(hostile.map((s) => s.close()));
  });
  async function serveBad(...args: Parameters<typeof serveHostile>): Promise<HostileServer> {
    const s = await serveHostile(...args);
    hostile.push(s);
    return s;
  }

  it("chunked garbage of unknown length for every URL: one clean error, nothing cached, memory bounded", async () => {
    const bad = await serveBad(undefined, () => ({ kind: "chunked", bytes: 64 << 20 }));
    const cache = await tempCache();
    let error: Error | undefined;
    const rise = await rssRise(async () => {
      error = await failure(installToolchain(options(cache, bad.url, { verifySignature: "auto" })));
    });
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error!.message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/dist\/channel-rust-1\.95\.0\.toml(\.sha256)?: the server sent more than (64 KiB|16 MiB) for (a checksum file|the channel manifest) \(real ones are under 1 (KiB|MiB)\); the dist server is broken or not a Rust dist server: check dist-server$/,
    );
    // the client stopped reading long before the server's 64 MiB (socket buffers aside)
    expect(Math.max(...bad.sent.values())).toBeLessThan(40 << 20);
    expect(rise).toBeLessThan(150);
    await expectEmptyCache(cache);
  });

  it.each([
    ["chunked", { kind: "chunked", bytes: 64 << 20 }],
    ["announced", { kind: "sized", bytes: 1 << 30 }],
  ] as const)("an oversized manifest (%s) is refused after at most 16 MiB", async (_label, body) => {
    const bad = await serveBad(honest.dir, (p) =>
      p === "/dist/channel-rust-1.95.0.toml" ? body : undefined,
    );
    const cache = await tempCache();
    const error = await failure(installToolchain(options(cache, bad.url)));
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error.message).toContain("the server sent more than 16 MiB for the channel manifest");
    // refused, not retried: one request for the manifest
    expect(bad.requests.filter((p) => p === "/dist/channel-rust-1.95.0.toml")).toHaveLength(1);
    // The client stopped reading long before the server's end (socket buffers aside: under load the
    // server can run several MiB ahead of the client's refusal).
    expect(bad.sent.get("/dist/channel-rust-1.95.0.toml") ?? 0).toBeLessThan(
      body.kind === "sized" ? 8 << 20 : 40 << 20,
    );
    await expectEmptyCache(cache);
  });

  it("a gzip bomb with the right hash stops while streaming: nothing written, memory bounded", async () => {
    const bombed = await syntheticMirror({ compress: ["gz"] });
    const compressed = await plantGzipBomb(bombed, "cargo", 128 << 20);
    expect(compressed).toBeLessThan(1 << 20);
    const bad = await serve(bombed);
    const cache = await tempCache();
    let error: Error | undefined;
    const rise = await rssRise(async () => {
      error = await failure(installToolchain(options(cache, bad.url)));
    });
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error!.message).toMatch(
      new RegExp(
        `^cargo-1\\.95\\.0-${H}\\.tar\\.gz unpacks to more than [\\d.]+ MiB from [\\d.]+ KiB downloaded \\(at most 20× plus 16 MiB, 4 GiB in all\\)`,
      ),
    );
    expect(rise).toBeLessThan(150);
    await expectEmptyCache(cache);
  });
});

describe("interrupted installs leave no litter (cause 7)", () => {
  const tsxLoader = path.join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "node_modules",
    "tsx",
    "dist",
    "loader.mjs",
  );
  const script = path.join(import.meta.dirname, "fixtures", "concurrency", "install.ts");
  const CARGO = `/dist/2026-04-16/cargo-1.95.0-${H}.tar.gz`;

  /** An install in another process, stuck in the middle of downloading cargo; resolves with its staging dir. */
  async function stuckInstall(cache: string, url: string): Promise<{ child: ChildProcess; staging: string }> {
    const child = spawn(process.execPath, ["--import", tsxLoader, script, url, cache, H], {
      stdio: "ignore",
    });
    for (let waited = 0; waited < 15_000; waited += 50) {
      for (const name of await readdir(cache)) {
        if (!name.startsWith(".tmp-")) continue;
        const dir = path.join(cache, name);
        const files = await readdir(dir).catch(() => [] as string[]);
        const owner = await readFile(path.join(dir, "owner.json"), "utf8")
          .then(JSON.parse)
          .catch(() => undefined);
        if (owner?.pid === child.pid && files.some((f) => f.startsWith("pkg-")))
          return { child, staging: dir };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    throw new Error("the child install never started downloading");
  }
  const exited = (child: ChildProcess) =>
    new Promise<NodeJS.Signals | number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode ?? child.exitCode);
      else child.once("exit", (code, signal) => resolve(signal ?? code));
    });

  it.skipIf(process.platform === "win32")(
    "SIGINT/SIGTERM remove the staging directory; a SIGKILLed one is swept by the next install, a running one is not",
    async () => {
      const stalling = await serveMirror(honest.dir, { faults: { [CARGO]: { kind: "stall", times: 99 } } });
      servers.push(stalling);
      const cache = await tempCache();
      const stuck = () => stuckInstall(cache, stalling.url);
      const [a, b, c] = await Promise.all([stuck(), stuck(), stuck()]);
      // Another install into the same tool cache meanwhile: it must leave the running installs' directories alone.
      c.child.kill("SIGKILL");
      await exited(c.child);
      const logger = recordingLogger();
      const done = await installToolchain(options(cache, server.url, { logger }));
      expect(done.cacheHit).toBe(false);
      expect(existsSync(a.staging) && existsSync(b.staging)).toBe(true);
      // …but sweeps the one whose process was killed
      expect(existsSync(c.staging)).toBe(false);
      expect(logger.infos).toContain(
        `removed ${c.staging} left by an interrupted install: its install (pid ${c.child.pid}) is no longer running`,
      );
      a.child.kill("SIGINT");
      b.child.kill("SIGTERM");
      expect(await exited(a.child)).toBe("SIGINT");
      expect(await exited(b.child)).toBe("SIGTERM");
      expect(existsSync(a.staging) || existsSync(b.staging)).toBe(false);
      expect((await readdir(cache)).sort()).toEqual([done.cacheKey, `${done.cacheKey}.complete`]);
    },
    30_000,
  );

  it("a staging directory from another host or without an owner is swept only when old", async () => {
    const cache = await tempCache();
    const foreign = path.join(cache, ".tmp-rust-foreign-abc123");
    const young = path.join(cache, ".tmp-rust-young-def456");
    const { mkdir, utimes } = await import("node:fs/promises");
    await mkdir(foreign, { recursive: true });
    await writeFile(
      path.join(foreign, "owner.json"),
      JSON.stringify({
        pid: 1,
        host: "elsewhere",
        startedAt: new Date(Date.now() - 7 * 3600_000).toISOString(),
      }),
    );
    await mkdir(young);
    const old = new Date(Date.now() - 60_000);
    await utimes(young, old, old);
    await installToolchain(options(cache, server.url));
    expect(existsSync(foreign)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });
});
