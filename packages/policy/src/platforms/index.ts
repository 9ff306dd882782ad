/**
 * Platform facts: which Rust target a CPython host triplet needs, how well Rust supports it and
 * where PEP 11 puts it, from the committed tier table (see scripts/gen-tiers.mjs for sources).
 */
import type { PlatformFacts } from "../types.js";
import { rustTargetFor } from "./rust-target.js";
import { PEP11_TABLE, RUST_TARGET_TABLE } from "./tier-data.js";
import type { Pep11Entry, RustTargetInfo } from "./tier-types.js";

export { isArchWithoutRustTarget, rustTargetFor } from "./rust-target.js";
export { PEP11_TABLE, RUST_TARGET_TABLE, TIER_SOURCES } from "./tier-data.js";
export type { Pep11Entry, RustTargetInfo } from "./tier-types.js";

const BY_TARGET: ReadonlyMap<string, RustTargetInfo> = new Map(
  RUST_TARGET_TABLE.map((row) => [row.target, row]),
);

/** The tier-table row of a Rust target, when rustc knows it. */
export function rustTargetInfo(target: string): RustTargetInfo | undefined {
  return BY_TARGET.get(target);
}

/** "gcc-12", "x86_64-linux-gnu-gcc", "clang-18", "cl.exe" → the compiler names PEP 11 uses. */
export function normalizeCompiler(compiler: string): string {
  const name = compiler.trim().toLowerCase();
  if (/clang/.test(name)) return "clang";
  if (/emcc/.test(name)) return "emcc";
  if (/gcc/.test(name)) return "gcc";
  if (/(^|[/\\])cl(\.exe)?$|msvc/.test(name)) return "msvc";
  return name;
}

/**
 * PEP 11 rows for the same platform as `triplet` (compared through their Rust target, so that
 * x86_64-pc-linux-gnu matches PEP 11's x86_64-unknown-linux-gnu), optionally for one compiler.
 */
export function pep11EntriesFor(triplet: string, compiler?: string): Pep11Entry[] {
  const target = rustTargetFor(triplet);
  const wanted = compiler === undefined ? undefined : normalizeCompiler(compiler);
  return PEP11_TABLE.filter(
    (entry) =>
      (target !== null ? rustTargetFor(entry.triplet) === target : entry.triplet === triplet) &&
      (wanted === undefined || entry.compiler === wanted),
  );
}

/**
 * Everything the policy needs to know about a host: its Rust target (null when Rust has none),
 * Rust tier, host tools, std, and its best PEP 11 tier (0 = not supported by CPython).
 */
export function platformFacts(triplet: string, compiler?: string): PlatformFacts {
  const rustTarget = rustTargetFor(triplet);
  const tiers = pep11EntriesFor(triplet, compiler).map((entry) => entry.tier);
  const facts: PlatformFacts = {
    triplet,
    rustTarget,
    pep11Tier: (tiers.length > 0 ? Math.min(...tiers) : 0) as 0 | 1 | 2 | 3,
  };
  const info = rustTarget === null ? undefined : BY_TARGET.get(rustTarget);
  if (info) {
    facts.rustTier = info.tier as 1 | 2 | 3;
    if (info.hostTools !== null) facts.hostTools = info.hostTools;
    facts.rustStd = info.std;
    facts.rustStdShipped = info.shipped;
  }
  return facts;
}

/** Every distinct triplet PEP 11 lists (any tier), in PEP 11's order. */
export const PEP11_PLATFORMS: readonly string[] = [...new Set(PEP11_TABLE.map((entry) => entry.triplet))];

/**
 * Architectures distributions still ship that PEP 11 does not list — the ones whose fate the
 * "Rust required" question decides (Gentoo's and Debian ports' concern in the pre-PEP thread).
 */
export const NICHE_PLATFORMS: readonly string[] = [
  "i686-pc-linux-gnu",
  "x86_64-pc-linux-musl",
  "arm-unknown-linux-gnueabi",
  "powerpc-unknown-linux-gnu",
  "powerpc64-unknown-linux-gnu",
  "loongarch64-unknown-linux-gnu",
  "mips-unknown-linux-gnu",
  "mipsel-unknown-linux-gnu",
  "mips64el-unknown-linux-gnuabi64",
  "sparc-unknown-linux-gnu",
  "sparc64-unknown-linux-gnu",
  "m68k-unknown-linux-gnu",
  "alpha-unknown-linux-gnu",
  "hppa-unknown-linux-gnu",
  "ia64-unknown-linux-gnu",
  "sh4-unknown-linux-gnu",
  "s390-ibm-linux-gnu",
];

/** Default rows of an impact report: PEP 11's platforms, then the niche architectures. */
export const DEFAULT_IMPACT_PLATFORMS: readonly string[] = [...PEP11_PLATFORMS, ...NICHE_PLATFORMS];
