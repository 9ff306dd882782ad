// Host triplet → Rust target, checked against the real `rustc --print target-list`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_IMPACT_PLATFORMS,
  NICHE_PLATFORMS,
  normalizeCompiler,
  PEP11_TABLE,
  platformFacts,
  RUST_TARGET_TABLE,
  rustTargetFor,
  TIER_SOURCES,
} from "../src/platforms/index.js";

let rustcTargets: Set<string>;

beforeAll(() => {
  const list = execFileSync("rustc", ["--print", "target-list"], { encoding: "utf8" });
  rustcTargets = new Set(list.split("\n").filter(Boolean));
});

/** PEP 11 triplets straight from the CSV the tier table was generated from. */
function pep11FromCsv(): { triple: string; tier: number }[] {
  const text = readFileSync(path.join(import.meta.dirname, "..", "data", "cpython-pep11.csv"), "utf8");
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [triple = "", tier = ""] = line.split(",");
      return { triple, tier: Number(tier) };
    });
}

describe("every PEP 11 platform", () => {
  const rows = pep11FromCsv();

  it("the CSV has the PEP 11 platforms of python/peps @98ae5f42", () => {
    expect(rows.length).toBe(23);
    expect(TIER_SOURCES.pep11).toContain("@98ae5f42");
    expect(TIER_SOURCES.rust).toContain("@00236a0d");
  });

  it.each(rows.map((row) => row.triple))("%s maps to a target rustc knows", (triple) => {
    const target = rustTargetFor(triple);
    expect(target).not.toBeNull();
    expect(rustcTargets.has(target!)).toBe(true);
  });

  it.each(rows)("$triple keeps its PEP 11 tier ($tier) or better", ({ triple, tier }) => {
    expect(platformFacts(triple).pep11Tier).toBeLessThanOrEqual(tier);
    expect(platformFacts(triple).pep11Tier).toBeGreaterThan(0);
  });
});

describe("spellings CPython's prototype gets wrong", () => {
  it.each([
    ["armv7l-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"],
    ["riscv64-unknown-linux-gnu", "riscv64gc-unknown-linux-gnu"],
    ["x86_64-pc-linux-gnu", "x86_64-unknown-linux-gnu"],
    ["x86_64-linux-gnu", "x86_64-unknown-linux-gnu"],
    ["wasm32-unknown-wasip1", "wasm32-wasip1"],
    ["wasm32-unknown-wasi", "wasm32-wasip1"],
    ["wasm32-unknown-wasip1-threads", "wasm32-wasip1-threads"],
    ["wasm32-unknown-emscripten", "wasm32-unknown-emscripten"],
    ["arm64-apple-ios", "aarch64-apple-ios"],
    ["arm64-apple-ios-simulator", "aarch64-apple-ios-sim"],
    ["arm64-apple-ios13.0-simulator", "aarch64-apple-ios-sim"],
    ["x86_64-apple-ios-simulator", "x86_64-apple-ios"],
    ["arm64-apple-darwin", "aarch64-apple-darwin"],
    ["aarch64-apple-darwin23.1.0", "aarch64-apple-darwin"],
    ["x86_64-unknown-freebsd14.1", "x86_64-unknown-freebsd"],
    ["x86_64-unknown-netbsd10.0", "x86_64-unknown-netbsd"],
    ["x86_64-pc-linux-android", "x86_64-linux-android"],
    ["aarch64-unknown-linux-android", "aarch64-linux-android"],
    ["aarch64-linux-android24", "aarch64-linux-android"],
    ["armv7l-unknown-linux-androideabi", "armv7-linux-androideabi"],
    ["s390x-ibm-linux-gnu", "s390x-unknown-linux-gnu"],
    ["i686-pc-linux-gnu", "i686-unknown-linux-gnu"],
    ["i586-pc-linux-gnu", "i586-unknown-linux-gnu"],
    ["i486-pc-linux-gnu", "i586-unknown-linux-gnu"],
    ["i386-pc-linux-gnu", "i586-unknown-linux-gnu"],
    ["i386-unknown-freebsd14.1", "i686-unknown-freebsd"],
    ["x86_64-w64-mingw32", "x86_64-pc-windows-gnu"],
    ["x86_64-pc-cygwin", "x86_64-pc-cygwin"],
    ["x86_64-pc-gnu", "x86_64-unknown-hurd-gnu"],
    ["mips64el-unknown-linux-gnuabi64", "mips64el-unknown-linux-gnuabi64"],
    ["powerpc-ibm-aix7.2.0.0", "powerpc64-ibm-aix"],
    ["sparc64-sun-solaris2.11", "sparcv9-sun-solaris"],
    ["loong64-linux-gnu", "loongarch64-unknown-linux-gnu"],
    ["armv6l-unknown-linux-gnueabihf", "arm-unknown-linux-gnueabihf"],
    ["X86_64-PC-Linux-GNU", "x86_64-unknown-linux-gnu"],
  ])("%s → %s", (triplet, target) => {
    expect(rustTargetFor(triplet)).toBe(target);
    expect(rustcTargets.has(target)).toBe(true);
  });
});

describe("architectures without any Rust target", () => {
  it.each([
    "alpha-unknown-linux-gnu",
    "hppa-unknown-linux-gnu",
    "hppa2.0-unknown-linux-gnu",
    "ia64-unknown-linux-gnu",
    "sh4-unknown-linux-gnu",
    "s390-ibm-linux-gnu",
  ])("%s → null, and rustc indeed has no target for the arch", (triplet) => {
    expect(rustTargetFor(triplet)).toBeNull();
    const arch = triplet.split("-")[0]!.replace(/[\d.]+$/, "");
    expect(
      [...rustcTargets].filter((target) => target.split("-")[0]!.replace(/[\d.]+$/, "") === arch),
    ).toEqual([]);
    expect(platformFacts(triplet)).toEqual({ triplet, rustTarget: null, pep11Tier: 0 });
  });

  it("an unknown spelling is null rather than a made-up target", () => {
    expect(rustTargetFor("vax-dec-ultrix4.5")).toBeNull();
    expect(rustTargetFor("")).toBeNull();
  });
});

describe("the tier table", () => {
  it("covers rustc 1.95's target list", () => {
    const table = new Set(RUST_TARGET_TABLE.map((row) => row.target));
    expect([...rustcTargets].filter((target) => !table.has(target))).toEqual([]);
  });

  it("every default impact platform maps to a real target or null", () => {
    for (const triplet of DEFAULT_IMPACT_PLATFORMS) {
      const target = rustTargetFor(triplet);
      if (target !== null) expect(rustcTargets.has(target), triplet).toBe(true);
    }
    expect(NICHE_PLATFORMS).toEqual(
      expect.arrayContaining([
        "m68k-unknown-linux-gnu",
        "sparc64-unknown-linux-gnu",
        "loongarch64-unknown-linux-gnu",
      ]),
    );
  });

  it.each([
    ["x86_64-pc-linux-gnu", "gcc-12", { rustTier: 1, hostTools: true, pep11Tier: 1, rustStd: "full" }],
    ["x86_64-pc-linux-gnu", "clang", { rustTier: 1, pep11Tier: 2 }],
    ["x86_64-pc-linux-gnu", "icx", { pep11Tier: 0 }],
    ["aarch64-unknown-linux-gnu", undefined, { pep11Tier: 1 }],
    [
      "wasm32-unknown-wasip1",
      undefined,
      { rustTier: 2, hostTools: false, rustStdShipped: true, pep11Tier: 2 },
    ],
    ["sparc64-unknown-linux-gnu", undefined, { rustTier: 2, hostTools: false, pep11Tier: 0 }],
    [
      "m68k-unknown-linux-gnu",
      undefined,
      { rustTier: 3, hostTools: false, rustStd: "unknown", rustStdShipped: false },
    ],
    ["x86_64-unknown-linux-musl", "gcc", { rustTier: 2, pep11Tier: 0 }],
  ] as const)("platformFacts(%s, %s)", (triplet, compiler, expected) => {
    expect(platformFacts(triplet, compiler)).toMatchObject(expected);
  });

  it("PEP 11 rows are keyed by (triplet, compiler)", () => {
    const keys = PEP11_TABLE.map((entry) => `${entry.triplet}/${entry.compiler}`);
    expect(keys).toContain("powerpc64le-unknown-linux-gnu/clang");
    expect(keys).toContain("powerpc64le-unknown-linux-gnu/gcc");
    expect(keys).toContain("x86_64-pc-windows-msvc/msvc");
    expect(normalizeCompiler("x86_64-linux-gnu-gcc-13")).toBe("gcc");
    expect(normalizeCompiler("cl.exe")).toBe("msvc");
  });
});
