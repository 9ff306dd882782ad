import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRustcVerbose } from "../src/probe/rustc.js";
import { detectHost, hostFromPlatform, libcFromMaps } from "../src/resolve/host.js";
import { parseOverrideFile, rustLinesCount, rustTrim } from "../src/resolve/override-file.js";
import { isAbsolutePath } from "../src/resolve/path-flavor.js";
import { parseProfile } from "../src/resolve/profile.js";
import {
  KNOWN_ARCHS,
  KNOWN_ENVS,
  KNOWN_OSES,
  type PartialTargetTuple,
  parsePartialTargetTuple,
} from "../src/resolve/target-tuple.js";
import { classifyToolchainName, isTrackingChannel } from "../src/resolve/toolchain-name.js";

describe("Rust string semantics", () => {
  it.each([
    ["", 0],
    ["\n", 1],
    ["nightly", 1],
    ["nightly\n", 1],
    ["nightly\r\n", 1],
    ["\r", 1],
    ["\n\n", 2],
    ["a\nb", 2],
    ["a\nb\n", 2],
  ])("lines().count() of %j is %i", (text, count) => {
    expect(rustLinesCount(text)).toBe(count);
  });

  it.each([
    [" \tstable\r\n", "stable"],
    ["\u00a0stable\u3000", "stable"],
    ["\u0085stable", "stable"],
    ["\ufeffstable", "\ufeffstable"],
    ["sta ble", "sta ble"],
  ])("trim() of %j is %j", (text, trimmed) => {
    expect(rustTrim(text)).toBe(trimmed);
  });
});

describe("parseOverrideFile", () => {
  const file = "/r/rust-toolchain.toml";

  it("reads every [toolchain] key and ignores unknown ones", async () => {
    const section = await parseOverrideFile(
      '[toolchain]\nchannel = "1.85.0"\ncomponents = ["clippy", "rust-src"]\ntargets = []\nprofile = "minimal"\ncomponent = ["typo"]\n[other]\nx = 1\n',
      "OnlyToml",
      file,
      "posix",
    );
    expect(section).toEqual({
      channel: "1.85.0",
      components: ["clippy", "rust-src"],
      targets: [],
      profile: "minimal",
    });
  });

  it("does not trim a TOML channel, but does trim a legacy one", async () => {
    expect(
      (await parseOverrideFile('[toolchain]\nchannel = " beta "\n', "Both", file, "posix")).channel,
    ).toBe(" beta ");
    expect((await parseOverrideFile(" beta \r\n", "Both", file, "posix")).channel).toBe("beta");
  });

  it.each([
    { contents: "C:\\rust\\tc", flavor: "win32" as const, path: "C:\\rust\\tc" },
    { contents: "/opt/rust", flavor: "posix" as const, path: "/opt/rust" },
    { contents: "/opt/rust", flavor: "win32" as const, channel: "/opt/rust" },
    { contents: "C:\\rust\\tc", flavor: "posix" as const, channel: "C:\\rust\\tc" },
  ])(
    "a legacy one-liner $contents is a path only if absolute on $flavor",
    async ({ contents, flavor, path, channel }) => {
      await expect(parseOverrideFile(contents, "Both", "/r/rust-toolchain", flavor)).resolves.toEqual(
        path ? { path } : { channel },
      );
    },
  );

  it.each([
    { contents: "", code: "file-empty" },
    { contents: " \n", code: "file-empty" },
    { contents: "nightly", mode: "OnlyToml" as const, code: "file-parse" },
    { contents: "[toolchain]\nprofile = 'minimal'\n", code: "file-missing-properties" },
    { contents: "[toolchain]\ntargets = 'wasm32-unknown-unknown'\n", code: "file-parse" },
    { contents: "[toolchain]\nchannel = 2024-01-01\n", code: "file-parse" },
    { contents: "toolchain = 1\n", mode: "OnlyToml" as const, code: "file-parse" },
  ])("$contents → $code", async ({ contents, mode, code }) => {
    await expect(parseOverrideFile(contents, mode ?? "Both", file, "posix")).rejects.toThrow(
      expect.objectContaining({ code, file }),
    );
  });

  it("accepts serde's positional form of [toolchain] only with all five fields", async () => {
    await expect(
      parseOverrideFile('toolchain = ["nightly", "/p", ["c"], ["t"], "m"]\n', "OnlyToml", file, "posix"),
    ).resolves.toEqual({ channel: "nightly", path: "/p", components: ["c"], targets: ["t"], profile: "m" });
  });
});

describe("profiles", () => {
  it.each([
    ["minimal", "minimal"],
    ["m", "minimal"],
    ["default", "default"],
    ["d", "default"],
    ["", "default"],
    ["complete", "complete"],
    ["c", "complete"],
  ])("%j → %s", (text, profile) => {
    expect(parseProfile(text)).toBe(profile);
  });

  it.each(["Minimal", "full", "toString", "__proto__"])("rejects %j", (text) => {
    expect(() => parseProfile(text)).toThrow(/^unknown profile name: '.*'; valid profile names are/);
  });
});

describe("toolchain names", () => {
  it.each([
    { name: "stable", tracking: true },
    { name: "1.48", tracking: true },
    { name: "1.23-beta", tracking: true },
    { name: "1.23.0-beta", tracking: true },
    { name: "1.23.0-beta.2", tracking: false },
    { name: "1.47.0", tracking: false },
    { name: "nightly-2025-02-20", tracking: false },
  ])("$name tracking: $tracking (rustup's test_tracking_channels)", ({ name, tracking }) => {
    const classified = classifyToolchainName(name);
    if (classified.kind !== "official") throw new Error(`${name} should be official`);
    expect(isTrackingChannel(classified.desc.channel, classified.desc.date)).toBe(tracking);
  });

  it.each([
    { name: "stable-msvc", target: { env: "msvc" } },
    { name: "stable-pc-windows-gnu", target: { os: "pc-windows", env: "gnu" } },
    { name: "nightly-i386-pc-windows", target: { arch: "i386", os: "pc-windows" } },
    {
      name: "stable-armv7-unknown-linux-gnueabihf",
      target: { arch: "armv7", os: "unknown-linux", env: "gnueabihf" },
    },
  ])("splits the target part of $name like rustup's PartialTargetTuple", ({ name, target }) => {
    expect(classifyToolchainName(name)).toMatchObject({ kind: "official", desc: { target } });
  });
});

describe("target part of a toolchain name", () => {
  // rustup's own definition (src/dist/target_tuple.rs): one anchored regex over the generated lists, matched
  // leftmost-first against `-<text>`; JavaScript's backtracking regex gives the same captures for it.
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const group = (names: readonly string[]) => `(?:-(${names.map(escapeRegExp).join("|")}))?`;
  const rustupRegex = new RegExp(`^${group(KNOWN_ARCHS)}${group(KNOWN_OSES)}${group(KNOWN_ENVS)}$`);
  const byRegex = (text: string): PartialTargetTuple | undefined => {
    if (text === "") return {};
    const m = rustupRegex.exec(`-${text}`);
    if (!m) return undefined;
    return { ...(m[1] && { arch: m[1] }), ...(m[2] && { os: m[2] }), ...(m[3] && { env: m[3] }) };
  };

  it("splits every text of known parts, near misses and prefixes as rustup's regex does", () => {
    // Names that are prefixes of others (arm / armv7 / arm64_32, linux / unknown-linux, gnu / gnueabihf),
    // names that are also fragments of others ("none", "unknown"), and garbage, in every order.
    const pieces = [...KNOWN_ARCHS, ...KNOWN_OSES, ...KNOWN_ENVS, "unknown", "pc", "x", "", "gnu-gnu", "-"];
    let seed = 1;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    const texts = new Set<string>([
      "",
      "-",
      "msvc",
      "x86_64",
      "arm64_32-apple-watchos",
      "thumbv8m.base-none-eabi",
    ]);
    while (texts.size < 20_000) {
      const count = 1 + (next() % 4);
      texts.add(Array.from({ length: count }, () => pieces[next() % pieces.length]).join("-"));
    }
    let parsed = 0;
    for (const text of texts) {
      const expected = byRegex(text);
      if (expected) parsed++;
      expect(parsePartialTargetTuple(text), text).toEqual(expected);
    }
    // Both kinds of answer are well represented.
    expect(parsed).toBeGreaterThan(2_000);
    expect(texts.size - parsed).toBeGreaterThan(2_000);
  });
});

describe("paths", () => {
  it.each([
    ["/x", "posix", true],
    ["x/y", "posix", false],
    ["C:\\x", "win32", true],
    ["C:/x", "win32", true],
    ["\\\\server\\share", "win32", true],
    ["\\x", "win32", false],
    ["/x", "win32", false],
    ["C:x", "win32", false],
  ] as const)("%s absolute on %s: %s", (path, flavor, absolute) => {
    expect(isAbsolutePath(path, flavor)).toBe(absolute);
  });
});

describe("host detection", () => {
  it.each([
    [{ platform: "linux", arch: "x64" }, "x86_64-unknown-linux-gnu"],
    [{ platform: "linux", arch: "x64", musl: true }, "x86_64-unknown-linux-musl"],
    [{ platform: "linux", arch: "arm64" }, "aarch64-unknown-linux-gnu"],
    [{ platform: "linux", arch: "arm" }, "armv7-unknown-linux-gnueabihf"],
    [{ platform: "linux", arch: "riscv64" }, "riscv64gc-unknown-linux-gnu"],
    [{ platform: "linux", arch: "ppc64" }, "powerpc64le-unknown-linux-gnu"],
    [{ platform: "linux", arch: "s390x" }, "s390x-unknown-linux-gnu"],
    [{ platform: "darwin", arch: "arm64" }, "aarch64-apple-darwin"],
    [{ platform: "darwin", arch: "x64" }, "x86_64-apple-darwin"],
    [{ platform: "win32", arch: "x64" }, "x86_64-pc-windows-msvc"],
    [{ platform: "win32", arch: "arm64" }, "aarch64-pc-windows-msvc"],
    [{ platform: "win32", arch: "ia32" }, "i686-pc-windows-msvc"],
    [{ platform: "freebsd", arch: "x64" }, "x86_64-unknown-freebsd"],
    [{ platform: "sunos", arch: "x64" }, "x86_64-unknown-illumos"],
    [{ platform: "aix", arch: "ppc64" }, undefined],
    [{ platform: "win32", arch: "mips" }, undefined],
  ])("%j → %s", (info, triple) => {
    expect(hostFromPlatform(info)).toBe(triple);
  });

  it("reads the host line of the real rustc -vV", async () => {
    const output = execFileSync("rustc", ["-vV"], { encoding: "utf8" });
    const host = parseRustcVerbose(output)?.host;
    expect(host).toMatch(/^[a-z0-9_]+-[a-z0-9_-]+$/);
    expect(await detectHost()).toEqual({ host, from: "rustc" });
  });

  it("tells musl from glibc by what the process has mapped, as the diagnostic report does", () => {
    const own = readFileSync("/proc/self/maps", "utf8");
    const report = process.report.getReport() as { header?: { glibcVersionRuntime?: string } };
    expect(libcFromMaps(own)).toBe(report.header?.glibcVersionRuntime === undefined ? "musl" : "glibc");
    // Alpine's node: the musl loader is also its libc.
    const alpine = [
      "7f3a1c000000-7f3a1c014000 r--p 00000000 08:01 1048 /usr/bin/node",
      "7f3a1e5a1000-7f3a1e5b5000 r--p 00000000 08:01 2213 /lib/ld-musl-x86_64.so.1",
      "7f3a1e5b5000-7f3a1e5f4000 r-xp 00014000 08:01 2213 /lib/ld-musl-x86_64.so.1",
    ].join("\n");
    expect(libcFromMaps(alpine)).toBe("musl");
    expect(
      libcFromMaps("00400000-00452000 r-xp 00000000 08:02 173521 /usr/local/bin/static-node\n"),
    ).toBeUndefined();
  });

  it("falls back to the platform when rustc cannot run", async () => {
    expect(
      await detectHost({ rustc: "/nonexistent/rustc", platform: { platform: "win32", arch: "arm64" } }),
    ).toEqual({ host: "aarch64-pc-windows-msvc", from: "platform" });
    await expect(detectHost({ rustc: false, platform: { platform: "plan9", arch: "x64" } })).rejects.toThrow(
      /--host/,
    );
  });
});
