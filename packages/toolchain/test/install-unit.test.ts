// Pure parts of the installer, table-driven against a trimmed copy of the real Rust 1.95.0 channel manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ComponentUnavailableError,
  cacheKey,
  exeSuffix,
  HostUnsupportedError,
  isImmutableToolchain,
  ManifestError,
  manifestUrl,
  type PlanRequest,
  parseChannelManifest,
  planInstall,
  rewriteDistUrl,
  rustupInstallArgs,
  rustVersion,
  splitToolchain,
  toolchainPaths,
  UnsafeArchiveError,
} from "../src/index.js";
import { backoffDelay } from "../src/install/http.js";
import { safeEntryPath } from "../src/install/unpack.js";

const TEXT = readFileSync(
  path.join(import.meta.dirname, "fixtures", "install", "channel-rust-1.95.0.trimmed.toml"),
  "utf8",
);
const manifest = parseChannelManifest(TEXT, "fixture");
const LINUX = "x86_64-unknown-linux-gnu";

function request(extra: Partial<PlanRequest> = {}): PlanRequest {
  return {
    toolchain: "1.95.0",
    host: LINUX,
    profile: "minimal",
    components: [],
    targets: [],
    distServer: "https://static.rust-lang.org",
    compression: "gz",
    manifestUrl: "fixture",
    ...extra,
  };
}

describe("parseChannelManifest (real 1.95.0 manifest)", () => {
  it("reads date, version, renames and profiles", () => {
    expect(manifest.date).toBe("2026-04-16");
    expect(rustVersion(manifest)).toBe("1.95.0 (59807616e 2026-04-14)");
    expect(manifest.renames.get("clippy")).toBe("clippy-preview");
    expect(manifest.profiles.get("minimal")).toEqual(["rustc", "cargo", "rust-std", "rust-mingw"]);
    expect(manifest.packages.get("rust-src")?.targets.get("*")?.xz?.url).toBe(
      "https://static.rust-lang.org/dist/2026-04-16/rust-src-1.95.0.tar.xz",
    );
  });

  it.each([
    ['manifest-version = "1"\ndate = "2020-01-01"\n', 'has manifest-version "1"; only "2" is supported'],
    ['date = "2020-01-01"\n', "has manifest-version undefined"],
    ['manifest-version = "2"\n', "has no 'date'"],
    ["manifest-version = = 2", "is not valid TOML"],
    [
      'manifest-version = "2"\ndate = "d"\n[renames.clippy]\nto = "clippy-preview"\n',
      "missing package for the target of a rename clippy",
    ],
    [
      'manifest-version = "2"\ndate = "d"\n[pkg.rust.target.h]\navailable = true\n[[pkg.rust.target.h.components]]\npkg = "rustc"\ntarget = "h"\n',
      "lists rustc for h, which has no [pkg.rustc.target.h] table",
    ],
  ])("rejects a broken manifest %#", (text, message) => {
    expect(() => parseChannelManifest(text, "https://mirror/x.toml")).toThrow(ManifestError);
    expect(() => parseChannelManifest(text, "https://mirror/x.toml")).toThrow(message);
  });
});

describe("planInstall", () => {
  const ids = (extra: Partial<PlanRequest>) =>
    planInstall(manifest, request(extra)).map((p) => p.componentId);

  it.each<[string, Partial<PlanRequest>, string[]]>([
    ["minimal on linux drops rust-mingw", {}, [`rustc-${LINUX}`, `cargo-${LINUX}`, `rust-std-${LINUX}`]],
    [
      "minimal on windows-gnu keeps rust-mingw",
      { host: "x86_64-pc-windows-gnu" },
      ["rustc", "cargo", "rust-std", "rust-mingw"].map((p) => `${p}-x86_64-pc-windows-gnu`),
    ],
    [
      "minimal on msvc",
      { host: "x86_64-pc-windows-msvc" },
      ["rustc", "cargo", "rust-std"].map((p) => `${p}-x86_64-pc-windows-msvc`),
    ],
    [
      "default profile",
      { profile: "default" },
      ["rustc", "cargo", "rust-std", "rust-docs", "rustfmt-preview", "clippy-preview"].map(
        (p) => `${p}-${LINUX}`,
      ),
    ],
    [
      "renamed and wildcard components, extra targets, the host as target ignored, duplicates merged",
      { components: ["clippy", "rust-src", "cargo"], targets: ["wasm32-unknown-unknown", LINUX] },
      [
        `rustc-${LINUX}`,
        `cargo-${LINUX}`,
        `rust-std-${LINUX}`,
        `clippy-preview-${LINUX}`,
        "rust-src",
        "rust-std-wasm32-unknown-unknown",
      ],
    ],
  ])("%s", (_label, extra, expected) => {
    expect(ids(extra)).toEqual(expected);
  });

  it.each<[Partial<PlanRequest>, new (...a: never[]) => Error, string]>([
    [
      { host: "sparc-unknown-none" },
      HostUnsupportedError,
      "toolchain 1.95.0 is not available for host sparc-unknown-none",
    ],
    [
      { targets: ["thumbv7a-none-eabi"] },
      ComponentUnavailableError,
      "component 'rust-std' for target 'thumbv7a-none-eabi' is unavailable for download for channel '1.95.0'",
    ],
    [
      { targets: ["mips-nowhere"] },
      ComponentUnavailableError,
      "target 'mips-nowhere' not found in channel '1.95.0'",
    ],
    [
      { components: ["miri"] },
      ComponentUnavailableError,
      `component 'miri-preview' for target '${LINUX}' is unavailable for download for channel '1.95.0'`,
    ],
  ])("refuses %j", (extra, errorClass, message) => {
    expect(() => planInstall(manifest, request(extra))).toThrow(errorClass);
    expect(() => planInstall(manifest, request(extra))).toThrow(message);
  });

  it("takes URLs and hashes from the manifest, rewritten to the mirror, gz or xz as preferred", () => {
    const [gz] = planInstall(manifest, request({ distServer: "http://127.0.0.1:9/" }));
    expect(gz).toMatchObject({
      url: `http://127.0.0.1:9/dist/2026-04-16/rustc-1.95.0-${LINUX}.tar.gz`,
      compression: "gz",
    });
    expect(gz!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [xz] = planInstall(manifest, request({ compression: "xz" }));
    expect(xz).toMatchObject({
      url: `https://static.rust-lang.org/dist/2026-04-16/rustc-1.95.0-${LINUX}.tar.xz`,
      compression: "xz",
    });
    expect(xz!.sha256).not.toBe(gz!.sha256);
  });
});

describe("names and URLs", () => {
  it.each([
    ["1.95.0", "https://static.rust-lang.org/dist/channel-rust-1.95.0.toml"],
    ["stable", "https://static.rust-lang.org/dist/channel-rust-stable.toml"],
    ["1.95", "https://static.rust-lang.org/dist/channel-rust-1.95.toml"],
    ["nightly-2026-04-16", "https://static.rust-lang.org/dist/2026-04-16/channel-rust-nightly.toml"],
    ["1.96.0-beta.3", "https://static.rust-lang.org/dist/channel-rust-1.96.0-beta.3.toml"],
  ])("%s → %s", (toolchain, url) => {
    expect(manifestUrl("https://static.rust-lang.org/", toolchain)).toBe(url);
  });

  it("splits a dated toolchain", () => {
    expect(splitToolchain("beta-2026-04-01")).toEqual({ channel: "beta", date: "2026-04-01" });
    expect(splitToolchain("1.95.0")).toEqual({ channel: "1.95.0" });
  });

  it.each([
    ["1.95.0", true],
    ["1.96.0-beta.3", true],
    ["nightly-2026-04-16", true],
    ["stable-2026-04-16", true],
    ["stable", false],
    ["1.95", false],
    ["nightly", false],
    ["1.96.0-beta", false],
  ])("isImmutableToolchain(%s) = %s", (name, immutable) => {
    expect(isImmutableToolchain(name)).toBe(immutable);
  });

  it("rewrites only the upstream prefix", () => {
    expect(rewriteDistUrl("https://static.rust-lang.org/dist/x.tar.gz", "http://m:1/")).toBe(
      "http://m:1/dist/x.tar.gz",
    );
    expect(rewriteDistUrl("https://elsewhere.example/dist/x.tar.gz", "http://m:1")).toBe(
      "https://elsewhere.example/dist/x.tar.gz",
    );
  });
});

describe("cacheKey", () => {
  const base = {
    toolchain: "1.95.0",
    host: LINUX,
    profile: "minimal",
    components: ["clippy", "rust-src"],
    targets: ["wasm32-unknown-unknown"],
  };
  it("is stable under order, duplicates and the host listed as a target", () => {
    const key = cacheKey(base);
    expect(key).toMatch(/^rust-1\.95\.0-x86_64-unknown-linux-gnu-minimal-[0-9a-f]{16}$/);
    expect(
      cacheKey({
        ...base,
        components: ["rust-src", "clippy", "clippy"],
        targets: [LINUX, "wasm32-unknown-unknown"],
      }),
    ).toBe(key);
  });
  it.each([
    { toolchain: "1.95.1" },
    { host: "aarch64-apple-darwin" },
    { profile: "default" },
    { components: ["clippy"] },
    { targets: [] },
  ])("changes with %j", (change) => {
    expect(cacheKey({ ...base, ...change })).not.toBe(cacheKey(base));
  });
});

describe("safeEntryPath", () => {
  const A = "x.tar.gz";
  it.each([
    ["cargo-1.95.0-x/cargo/bin/cargo", "File", "cargo/bin/cargo"],
    ["cargo-1.95.0-x/", "Directory", null],
    ["./cargo-1.95.0-x/./components", "File", "components"],
    ["cargo-1.95.0-x//rust-installer-version", "OldFile", "rust-installer-version"],
  ])("%s (%s) → %s", (raw, type, expected) => {
    expect(safeEntryPath(raw, type, A)).toBe(expected);
  });

  it.each([
    ["top/../../etc/passwd", "File", "'..' path components are not allowed"],
    ["/etc/passwd", "File", "absolute paths are not allowed"],
    ["C:/Windows/evil.dll", "File", "absolute paths are not allowed"],
    ["top\\..\\evil", "File", "NUL or backslash"],
    ["top/bin/link", "SymbolicLink", "symbolic links are not allowed"],
    ["top/bin/hard", "Link", "hard links are not allowed"],
    ["top/dev/null", "CharacterDevice", "entries of type CharacterDevice are not allowed"],
  ])("refuses %s (%s)", (raw, type, why) => {
    expect(() => safeEntryPath(raw, type, A, "/etc/passwd")).toThrow(UnsafeArchiveError);
    expect(() => safeEntryPath(raw, type, A, "/etc/passwd")).toThrow(
      `refusing archive entry '${raw}' in ${A}: ${why}`,
    );
  });
});

describe("platform and rustup wrapper", () => {
  it.each([
    ["linux", "/t", "/t/bin/rustc", "/t/bin/cargo"],
    ["darwin", "/t", "/t/bin/rustc", "/t/bin/cargo"],
    ["win32", "C:\\t", "C:\\t\\bin\\rustc.exe", "C:\\t\\bin\\cargo.exe"],
  ])("toolchainPaths on %s", (platform, dir, rustc, cargo) => {
    const paths = toolchainPaths(dir, platform);
    expect([paths.rustc, paths.cargo]).toEqual([rustc, cargo]);
    expect(exeSuffix(platform)).toBe(platform === "win32" ? ".exe" : "");
  });

  it("builds rustup's argument list (no shell involved)", () => {
    expect(
      rustupInstallArgs({
        toolchain: "1.95.0",
        profile: "minimal",
        components: ["clippy", "rustfmt"],
        targets: ["wasm32-unknown-unknown"],
      }),
    ).toEqual([
      "toolchain",
      "install",
      "1.95.0",
      "--no-self-update",
      "--profile",
      "minimal",
      "--component",
      "clippy,rustfmt",
      "--target",
      "wasm32-unknown-unknown",
    ]);
  });

  it("backs off exponentially with jitter, capped", () => {
    const retry = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, retry, () => 0.5))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(1, retry, () => 0)).toBe(50);
    expect(backoffDelay(1, retry, () => 0.999)).toBe(150);
  });
});
