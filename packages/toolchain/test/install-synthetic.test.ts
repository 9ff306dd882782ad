// The dist installer against tiny synthetic mirrors served over real HTTP on 127.0.0.1: profiles, renames,
// targets, xz, every transport fault, hostile archives, signatures and the tool cache.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type CachedMirror,
  type Fault,
  generateTestKey,
  type HostileKind,
  hostileEntry,
  type MirrorServer,
  SYNTHETIC_EXTRA_TARGET,
  SYNTHETIC_HOST,
  SYNTHETIC_LONG_FILE,
  SYNTHETIC_UNAVAILABLE_TARGET,
  serveMirror,
  syntheticMirror,
  type TestKeyPair,
} from "../../../test/fixtures/dist-mirror/index.js";
import {
  ChecksumError,
  ComponentUnavailableError,
  CorruptArchiveError,
  cacheKey,
  DownloadError,
  HostUnsupportedError,
  type InstallOptions,
  installToolchain,
  type Logger,
  NotAvailableError,
  SignatureError,
  UnsafeArchiveError,
} from "../src/index.js";

interface RecordingLogger extends Logger {
  warnings: string[];
}

function recordingLogger(): RecordingLogger {
  const warnings: string[] = [];
  return { warnings, info() {}, debug() {}, warning: (m) => warnings.push(m) };
}

let mirror: CachedMirror;
let server: MirrorServer;
const H = SYNTHETIC_HOST;
const DATE = "2026-04-16";
const pkgPath = (stem: string, ext = "gz") => `/dist/${DATE}/${stem}.tar.${ext}`;
const CARGO = pkgPath(`cargo-1.95.0-${H}`);
const MANIFEST = "/dist/channel-rust-1.95.0.toml";

const mirrors: CachedMirror[] = [];
async function synthetic(options: Parameters<typeof syntheticMirror>[0] = {}): Promise<CachedMirror> {
  const m = await syntheticMirror(options);
  mirrors.push(m);
  return m;
}

beforeAll(async () => {
  mirror = await synthetic();
  server = await serveMirror(mirror.dir);
});
afterAll(async () => {
  await server?.close();
  await Promise.all(
    [...temps, ...mirrors.map((m) => path.dirname(m.dir))].map((d) =>
      rm(d, { recursive: true, force: true }),
    ),
  );
});
afterEach(() => server.reset());

const temps: string[] = [];
async function tempCache(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "oxidize-toolcache-"));
  temps.push(dir);
  return dir;
}

function options(toolCacheDir: string, extra: Partial<InstallOptions> = {}): InstallOptions {
  return {
    toolchain: "1.95.0",
    host: H,
    profile: "minimal",
    toolCacheDir,
    distServer: server.url,
    releaseKey: mirror.key.publicKey,
    releaseKeyFingerprint: mirror.key.fingerprint,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    idleTimeoutMs: 2000,
    ...extra,
  };
}

/** After a failure the cache holds nothing: no toolchain, no marker, no staging directory. */
async function expectEmptyCache(dir: string): Promise<void> {
  expect(existsSync(dir) ? await readdir(dir) : []).toEqual([]);
}

describe("installToolchain from a synthetic mirror", () => {
  it("installs the minimal profile with rustup's layout and metadata", async () => {
    const cache = await tempCache();
    const result = await installToolchain(options(cache));
    expect(result.cacheHit).toBe(false);
    expect(result.name).toBe(`1.95.0-${H}`);
    expect(result.rustVersion).toBe("1.95.0 (59807616e 2026-04-14)");
    expect(result.components).toEqual([`rustc-${H}`, `cargo-${H}`, `rust-std-${H}`]);
    expect(result.signature).toBe("verified");
    expect(result.bytesDownloaded).toBe(result.packages.reduce((s, p) => s + p.bytes, 0));
    expect(result.bytesDownloaded).toBeGreaterThan(0);
    expect(result.timings.totalMs).toBeGreaterThanOrEqual(result.timings.downloadMs);

    const rustlib = path.join(result.dir, "lib", "rustlib");
    expect(await readFile(path.join(rustlib, "components"), "utf8")).toBe(
      `rustc-${H}\ncargo-${H}\nrust-std-${H}\n`,
    );
    expect(await readFile(path.join(rustlib, "rust-installer-version"), "utf8")).toBe("3\n");
    expect(await readFile(path.join(rustlib, `manifest-cargo-${H}`), "utf8")).toBe(
      "file:bin/cargo\nfile:etc/bash_completion.d/cargo\n",
    );
    expect(await readFile(path.join(rustlib, "multirust-config.toml"), "utf8")).toContain('pkg = "rust-std"');
    expect(await readFile(path.join(rustlib, "multirust-channel-manifest.toml"), "utf8")).toBe(
      await readFile(path.join(mirror.dir, "dist", "channel-rust-1.95.0.toml"), "utf8"),
    );
    // modes are kept: the synthetic rustc is an executable shell script
    expect((await stat(result.paths.rustc)).mode & 0o111).not.toBe(0);
    expect(existsSync(path.join(result.dir, ...SYNTHETIC_LONG_FILE.split("/")))).toBe(true);
    // only what manifest.in lists: no installer overlay files, nothing from other components
    expect(existsSync(path.join(result.dir, "components"))).toBe(false);
    expect(existsSync(path.join(result.dir, "bin", "rustfmt"))).toBe(false);
    expect((await readdir(cache)).sort()).toEqual([result.cacheKey, `${result.cacheKey}.complete`]);
  });

  it("a second install of an exact pin is a cache hit with zero requests", async () => {
    const cache = await tempCache();
    const first = await installToolchain(options(cache));
    server.reset();
    const second = await installToolchain(options(cache));
    expect(second.cacheHit).toBe(true);
    expect(second.dir).toBe(first.dir);
    expect(second.components).toEqual(first.components);
    expect(server.requests).toEqual([]);
  });

  it("replaces the remains of an interrupted install (a directory without its marker)", async () => {
    const cache = await tempCache();
    const key = cacheKey({ toolchain: "1.95.0", host: H, profile: "minimal", components: [], targets: [] });
    await mkdir(path.join(cache, key, "bin"), { recursive: true });
    await writeFile(path.join(cache, key, "bin", "half-written"), "x");
    const result = await installToolchain(options(cache));
    expect(result.dir).toBe(path.join(cache, key));
    expect(result.cacheHit).toBe(false);
    expect(existsSync(path.join(result.dir, "bin", "half-written"))).toBe(false);
    expect((await readdir(cache)).sort()).toEqual([key, `${key}.complete`]);
  });

  it("a floating channel is keyed by the manifest date: a hit costs only the manifest requests", async () => {
    const cache = await tempCache();
    const first = await installToolchain(options(cache, { toolchain: "stable" }));
    expect(first.cacheKey).toContain(`stable-${DATE}`);
    server.reset();
    const second = await installToolchain(options(cache, { toolchain: "stable", verifySignature: "never" }));
    expect(second.cacheHit).toBe(true);
    expect(server.requests.map((r) => r.path)).toEqual([
      "/dist/channel-rust-stable.toml.sha256",
      "/dist/channel-rust-stable.toml",
    ]);
  });

  it("resolves profile, renames, wildcard packages and extra targets; prefers xz when asked", async () => {
    const cache = await tempCache();
    const result = await installToolchain(
      options(cache, {
        profile: "default",
        components: ["clippy", "rust-src"],
        targets: [SYNTHETIC_EXTRA_TARGET, H],
        compression: "xz",
      }),
    );
    expect(result.components.sort()).toEqual(
      [
        `rustc-${H}`,
        `cargo-${H}`,
        `rust-std-${H}`,
        `rust-docs-${H}`,
        `rustfmt-preview-${H}`,
        `clippy-preview-${H}`,
        "rust-src",
        `rust-std-${SYNTHETIC_EXTRA_TARGET}`,
      ].sort(),
    );
    expect(result.packages.every((p) => p.compression === "xz" && p.url.endsWith(".tar.xz"))).toBe(true);
    expect(existsSync(path.join(result.dir, "share/doc/rust/html/std/index.html"))).toBe(true);
    expect(existsSync(path.join(result.dir, "lib/rustlib/src/rust/library/std/src/lib.rs"))).toBe(true);
    expect(
      existsSync(path.join(result.dir, `lib/rustlib/${SYNTHETIC_EXTRA_TARGET}/lib/libstd-synthetic.rlib`)),
    ).toBe(true);
    expect(await readFile(path.join(result.dir, `lib/rustlib/manifest-rust-docs-${H}`), "utf8")).toBe(
      "dir:share/doc/rust/html\n",
    );
    expect(await readFile(path.join(result.dir, "lib/rustlib/multirust-config.toml"), "utf8")).toMatch(
      /pkg = "rust-src"\nis_extension/,
    );
  });

  it.each([
    [
      { components: ["miri"] },
      ComponentUnavailableError,
      `component 'miri-preview' for target '${H}' is unavailable for download for channel '1.95.0'`,
    ],
    [
      { targets: [SYNTHETIC_UNAVAILABLE_TARGET] },
      ComponentUnavailableError,
      `component 'rust-std' for target '${SYNTHETIC_UNAVAILABLE_TARGET}' is unavailable`,
    ],
    [
      { targets: ["riscv64-unknown-nonexistent"] },
      ComponentUnavailableError,
      "target 'riscv64-unknown-nonexistent' not found in channel '1.95.0'",
    ],
    [
      { components: ["no-such-tool"] },
      ComponentUnavailableError,
      "component 'no-such-tool' is not known in channel '1.95.0'",
    ],
    [
      { profile: "huge" },
      ComponentUnavailableError,
      "profile 'huge' is not offered by channel '1.95.0' (available: minimal, default, complete)",
    ],
    [
      { host: "aarch64-unknown-linux-gnu" },
      HostUnsupportedError,
      "toolchain 1.95.0 is not available for host aarch64-unknown-linux-gnu",
    ],
    [
      { toolchain: "1.94.0" },
      NotAvailableError,
      `toolchain 1.94.0 does not exist on URL (404 from URL/dist/channel-rust-1.94.0.toml.sha256); check the toolchain name`,
    ],
  ] as const)("refuses %j before downloading anything", async (extra, errorClass, message) => {
    const cache = await tempCache();
    const error = await installToolchain(options(cache, extra)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    expect((error as Error).message).toContain(message.replaceAll("URL", server.url));
    expect(server.requests.filter((r) => r.path.includes(`/dist/${DATE}/`))).toEqual([]);
    await expectEmptyCache(cache);
  });
});

describe("transport faults", () => {
  const recovering: [string, string, Fault][] = [
    ["500-then-ok on a package", CARGO, { kind: "500-then-ok", times: 2 }],
    ["500-then-ok on the manifest", MANIFEST, { kind: "500-then-ok", times: 2 }],
    ["500-then-ok on the .sha256", `${MANIFEST}.sha256`, { kind: "500-then-ok", times: 1 }],
    ["500-then-ok on the .asc", `${MANIFEST}.asc`, { kind: "500-then-ok", times: 1 }],
    ["a connection reset mid-body", CARGO, { kind: "reset", times: 2 }],
    ["a truncated body", CARGO, { kind: "truncate", times: 1 }],
    ["a truncated manifest", MANIFEST, { kind: "truncate", times: 1 }],
    ["a stalled package", CARGO, { kind: "stall", times: 1 }],
  ];
  it.each(recovering)("recovers from %s by retrying", async (_label, urlPath, fault) => {
    server.setFault(urlPath, fault);
    const cache = await tempCache();
    const logger = recordingLogger();
    const result = await installToolchain(options(cache, { logger, idleTimeoutMs: 300 }));
    expect(result.components).toHaveLength(3);
    const hits = server.requests.filter((r) => r.path === urlPath);
    const times = "times" in fault ? (fault.times ?? 1) : 1;
    expect(hits.filter((r) => r.fault === fault.kind)).toHaveLength(times);
    expect(hits).toHaveLength(times + 1);
    expect(logger.warnings.filter((w) => w.includes("retrying"))).toHaveLength(times);
    // a download that broke after some bytes is resumed (Range + If-Range), one that broke before any byte restarts
    if (urlPath === CARGO) {
      const cargo = result.packages.find((p) => p.pkg === "cargo")!;
      const resumes = fault.kind === "reset" || fault.kind === "truncate" ? times : 0;
      expect(cargo.resumed).toBe(resumes);
      expect(hits.filter((r) => r.status === 206 && r.range?.startsWith("bytes="))).toHaveLength(resumes);
    }
    // the hash still covers every byte and the files are whole
    expect(await readFile(path.join(result.dir, "bin", "cargo"), "utf8")).toContain("cargo 1.95.0");
    expect((await readdir(cache)).filter((f) => f.startsWith(".tmp"))).toEqual([]);
  });

  it.each([
    [
      "reset",
      { kind: "reset", times: 99 },
      /failed after 3 attempts: GET .*cargo.*: the connection broke after \d+ of \d+ bytes/,
    ],
    [
      "truncate",
      { kind: "truncate", times: 99 },
      /failed after 3 attempts: GET .*cargo.*(: the connection broke after|ended after) \d+ of \d+ bytes/,
    ],
    [
      "stall",
      { kind: "stall", times: 99 },
      /failed after 3 attempts: .*cargo.* stalled \(no data for 0.2 s\)/,
    ],
    ["500", { kind: "500-then-ok", times: 99 }, /failed after 3 attempts: GET .*cargo.* answered HTTP 500/],
  ] as [string, Fault, RegExp][])(
    "gives up on a persistent %s with a clear error and leaves nothing behind",
    async (_l, fault, message) => {
      server.setFault(CARGO, fault);
      const cache = await tempCache();
      const error = await installToolchain(options(cache, { idleTimeoutMs: 200 })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DownloadError);
      expect((error as Error).message).toMatch(message);
      expect(server.requests.filter((r) => r.path === CARGO)).toHaveLength(3);
      await expectEmptyCache(cache);
    },
  );

  it("a package with the wrong bytes fails with package, expected and actual hash, and URL", async () => {
    server.setFault(CARGO, { kind: "wrong-hash" });
    const cache = await tempCache();
    const error = await installToolchain(options(cache)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumError);
    const expected = mirror.packages.find((p) => p.pkg === "cargo")!.files.gz!.sha256;
    const { message } = error as Error;
    expect(message).toContain(`package cargo for ${H}`);
    expect(message).toContain(`${server.url}${CARGO}`);
    expect(message).toContain(`expected ${expected}`);
    expect(message).toMatch(/got [0-9a-f]{64}$/);
    expect(server.requests.filter((r) => r.path === CARGO)).toHaveLength(1);
    await expectEmptyCache(cache);
  });

  it("a manifest that does not match its .sha256 is fetched again, then fails clearly", async () => {
    server.setFault(MANIFEST, { kind: "wrong-hash" });
    const cache = await tempCache();
    const error = await installToolchain(options(cache)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /channel manifest .* failed after 3 attempts: sha256 mismatch for the channel manifest/,
    );
    expect(server.requests.filter((r) => r.path === MANIFEST)).toHaveLength(3);
    await expectEmptyCache(cache);
  });

  it("a 404 for a package says the toolchain is not available for the host", async () => {
    server.setFault(CARGO, { kind: "404" });
    const cache = await tempCache();
    const error = await installToolchain(options(cache)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAvailableError);
    expect((error as Error).message).toBe(
      `toolchain 1.95.0 is not available for host ${H} (404 from ${server.url}${CARGO})`,
    );
    await expectEmptyCache(cache);
  });

  it("the overall timeout stops everything and cleans up", async () => {
    server.setFault(CARGO, { kind: "stall", times: 99 });
    const cache = await tempCache();
    const error = await installToolchain(options(cache, { idleTimeoutMs: 10_000, timeoutMs: 400 })).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/did not finish within 0 s|did not finish within/);
    expect((error as Error).name).toBe("InstallTimeoutError");
    await expectEmptyCache(cache);
  });
});

describe("hostile archives", () => {
  it.each(["dotdot", "absolute", "symlink", "hardlink", "duplicate"] as HostileKind[])(
    "refuses a tarball with a %s entry, naming the entry",
    async (kind) => {
      const hostile = hostileEntry(kind);
      const bad = await synthetic({ hostile: [hostile], compress: ["gz"] });
      const badServer = await serveMirror(bad.dir);
      try {
        const cache = await tempCache();
        const error = await installToolchain({
          ...options(cache),
          distServer: badServer.url,
          releaseKey: bad.key.publicKey,
          releaseKeyFingerprint: bad.key.fingerprint,
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UnsafeArchiveError);
        expect((error as Error).message).toContain(`refusing archive entry '${hostile.entry.path}'`);
        expect((error as Error).message).toContain(`cargo-1.95.0-${H}.tar.gz`);
        expect(existsSync(hostile.outside)).toBe(false);
        await expectEmptyCache(cache);
      } finally {
        await badServer.close();
      }
    },
  );
});

describe("malformed rust-installer packages", () => {
  const top = `cargo-1.95.0-${H}`;
  const file = (rel: string, text: string) => ({
    pkg: "cargo",
    entry: { path: `${top}/${rel}`, type: "file" as const, mode: 0o644, content: Buffer.from(text) },
  });
  it.each([
    [
      "an installer version other than 3",
      file("rust-installer-version", "2\n"),
      CorruptArchiveError,
      "unsupported rust-installer-version 2 (expected 3)",
    ],
    [
      "a manifest.in path leaving the prefix",
      file("cargo/manifest.in", "file:../../outside\n"),
      UnsafeArchiveError,
      "refusing manifest.in path '../../outside'",
    ],
    [
      "a manifest.in naming a missing file",
      file("cargo/manifest.in", "file:bin/cargo\nfile:bin/ghost\n"),
      CorruptArchiveError,
      "cargo/manifest.in lists bin/ghost, which the archive does not contain",
    ],
    [
      "an unknown manifest.in directive",
      file("cargo/manifest.in", "link:bin/cargo\n"),
      CorruptArchiveError,
      "unknown line 'link:bin/cargo'",
    ],
    [
      "a components file without the component",
      file("components", "something-else\n"),
      CorruptArchiveError,
      "does not contain component cargo (it lists: something-else)",
    ],
  ])("refuses %s", async (_label, hostile, errorClass, message) => {
    const bad = await synthetic({ hostile: [hostile], compress: ["gz"] });
    const badServer = await serveMirror(bad.dir);
    try {
      const cache = await tempCache();
      const error = await installToolchain({
        ...options(cache),
        distServer: badServer.url,
        verifySignature: "never",
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(errorClass);
      expect((error as Error).message).toContain(message);
      await expectEmptyCache(cache);
    } finally {
      await badServer.close();
    }
  });
});

describe("manifest signature", () => {
  let otherKey: TestKeyPair;
  beforeAll(async () => {
    otherKey = await generateTestKey("Someone Else");
  });

  it("a tampered manifest (with a matching .sha256) fails with 'always'", async () => {
    const text = await readFile(path.join(mirror.dir, "dist", "channel-rust-1.95.0.toml"), "utf8");
    const tampered = Buffer.from(
      text.replace("1.95.0 (59807616e 2026-04-14)", "1.95.0 (evil00000 2026-04-14)"),
    );
    const { createHash } = await import("node:crypto");
    server.override(MANIFEST, tampered);
    server.override(
      `${MANIFEST}.sha256`,
      Buffer.from(`${createHash("sha256").update(tampered).digest("hex")}  x\n`),
    );
    const cache = await tempCache();
    const error = await installToolchain(options(cache, { verifySignature: "always" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SignatureError);
    expect((error as Error).message).toContain(
      `the OpenPGP signature of ${server.url}${MANIFEST} does not verify`,
    );
    await expectEmptyCache(cache);
  });

  it("a signature by another key fails even in 'auto'", async () => {
    const cache = await tempCache();
    const error = await installToolchain(
      options(cache, { releaseKey: otherKey.publicKey, releaseKeyFingerprint: otherKey.fingerprint }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignatureError);
    await expectEmptyCache(cache);
  });

  it("a key whose fingerprint is not the pinned one is refused", async () => {
    const cache = await tempCache();
    const error = await installToolchain(options(cache, { releaseKey: otherKey.publicKey })).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain(
      `has fingerprint ${otherKey.fingerprint}, but ${mirror.key.fingerprint}`,
    );
  });

  it("a missing .asc warns with 'auto' and fails with 'always'", async () => {
    server.setFault(`${MANIFEST}.asc`, { kind: "404" });
    const logger = recordingLogger();
    const ok = await installToolchain(options(await tempCache(), { logger }));
    expect(ok.signature).toBe("missing");
    expect(logger.warnings.join("\n")).toContain(".asc is missing (404)");
    const cache = await tempCache();
    const error = await installToolchain(options(cache, { verifySignature: "always" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SignatureError);
    await expectEmptyCache(cache);
  });

  it("'never' does not even ask for the .asc", async () => {
    const result = await installToolchain(options(await tempCache(), { verifySignature: "never" }));
    expect(result.signature).toBe("skipped");
    expect(server.requests.some((r) => r.path.endsWith(".asc"))).toBe(false);
  });
});

describe("Windows host (injected platform)", () => {
  it("installs .exe tools and reports .exe paths", async () => {
    const host = "x86_64-pc-windows-msvc";
    const win = await synthetic({ host, exe: ".exe", compress: ["gz"] });
    const winServer = await serveMirror(win.dir);
    try {
      const result = await installToolchain({
        ...options(await tempCache()),
        host,
        platform: "win32",
        distServer: winServer.url,
        releaseKey: win.key.publicKey,
        releaseKeyFingerprint: win.key.fingerprint,
      });
      expect(result.paths.rustc).toBe(path.win32.join(result.dir, "bin", "rustc.exe"));
      expect(result.paths.cargo.endsWith("\\bin\\cargo.exe")).toBe(true);
      expect(existsSync(path.join(result.dir, "bin", "rustc.exe"))).toBe(true);
      expect(result.components).toContain(`rust-std-${host}`);
    } finally {
      await winServer.close();
    }
  });
});
