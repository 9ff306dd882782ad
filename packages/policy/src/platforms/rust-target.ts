/**
 * Autoconf/CPython host triplet → Rust target. CPython's prototype rewrites `$host` with a small
 * `case` and gets invalid Rust targets for armv7l, riscv64, s390x-ibm, Android, WASI, iOS and
 * versioned BSD hosts; here every candidate spelling is checked against rustc's real target list
 * (the tier table), so the answer is always a target rustc knows, or null.
 */
import { RUST_TARGET_TABLE } from "./tier-data.js";

const KNOWN_TARGETS: ReadonlySet<string> = new Set(RUST_TARGET_TABLE.map((row) => row.target));

/**
 * Architectures rustc has no target for at all (1.95 `--print target-list`): DEC Alpha, PA-RISC,
 * Itanium, SuperH, 31-bit s390, OpenRISC. CPython's own Misc/platform_triplet.c says "unknown" too.
 */
const NO_TARGET_ARCH = /^(alpha.*|hppa.*|parisc.*|ia64|sh(\d.*|eb)?|s390|or1k.*)$/;

/** Whether rustc has no target at all for this host's CPU architecture. */
export function isArchWithoutRustTarget(triplet: string): boolean {
  return NO_TARGET_ARCH.test(triplet.trim().toLowerCase().split("-")[0] ?? "");
}

/** Words that start the OS part, so `x86_64-linux-gnu` (no vendor) parses like `x86_64-pc-linux-gnu`. */
const OS_WORD =
  /^(linux|gnu|k?freebsd|netbsd|openbsd|dragonfly|darwin|macos|ios|tvos|watchos|visionos|solaris|illumos|aix|haiku|cygwin|mingw32|mingw64|msys|windows|wasi|wasip\d|emscripten|none|android|elf)/;

/** OS names autoconf suffixes with a release: freebsd14.1, darwin23.1.0, ios13.0, android24, … */
const VERSIONED_OS =
  /^(freebsd|netbsd|openbsd|dragonfly|darwin|macos|ios|tvos|watchos|visionos|solaris|aix|android|androideabi|haiku)(?:elf)?[\d.]*$/;

/** Rust spellings to try for a CPU name, best first. */
function archCandidates(arch: string, os: string): string[] {
  if (os.startsWith("aix")) return ["powerpc64"]; // the only Rust AIX target; CPython on AIX builds 64-bit
  switch (arch) {
    case "arm64":
      return ["aarch64"];
    case "amd64":
    case "x64":
      return ["x86_64"];
    case "armv7l":
    case "armv7hl":
    case "armv7a":
    case "armv7":
    case "armv8l": // 32-bit userland on an ARMv8 kernel
      return ["armv7"];
    case "armv6l":
    case "armv6hl":
    case "armv6":
      return ["arm", "armv6"]; // Rust's arm-unknown-linux-gnueabi(hf) targets ARMv6
    case "armv5tel":
    case "armv5te":
      return ["armv5te"];
    case "riscv64":
      return ["riscv64gc", "riscv64"]; // Android spells it riscv64
    case "riscv32":
      return ["riscv32gc", "riscv32"];
    // No Rust target assumes less than a Pentium; i586 is the closest that does not need SSE2.
    // BSDs call every x86-32 machine i386 and only have i686 targets, hence the fallback.
    case "i386":
    case "i486":
    case "i586":
      return ["i586", "i686"];
    case "ppc":
      return ["powerpc"];
    case "ppc64":
      return ["powerpc64"];
    case "ppc64le":
    case "powerpc64el":
      return ["powerpc64le"];
    case "loong64":
      return ["loongarch64"];
    case "sparc64":
      return ["sparc64", "sparcv9"]; // Solaris calls it sparcv9
    default:
      return [arch];
  }
}

/** Rust spellings to try for one (arch, vendor, os) combination, best first. */
function targetCandidates(arch: string, vendor: string | undefined, os: string): string[] {
  if (os.startsWith("linux-android"))
    return [`${arch}-${os.replace(/^linux-android(eabi)?.*$/, "linux-android$1")}`];
  if (arch === "armv7" && os === "linux-androideabi") return ["armv7-linux-androideabi"];
  if (arch === "wasm32" && /^wasi/.test(os)) {
    if (os.includes("threads")) return ["wasm32-wasip1-threads"];
    if (os.startsWith("wasip2")) return ["wasm32-wasip2"];
    return ["wasm32-wasip1"];
  }
  if (os === "gnu") return [`${arch}-unknown-hurd-gnu`];
  if (os.startsWith("mingw32") || os.startsWith("mingw64") || os === "windows-gnu") {
    return [`${arch}-pc-windows-gnu`, `${arch}-pc-windows-gnullvm`];
  }
  if (os.startsWith("windows")) return [`${arch}-pc-${os}`];
  if (os === "cygwin" || os === "msys") return [`${arch}-pc-cygwin`];
  if (os === "darwin" || os === "macos") return [`${arch}-apple-darwin`];
  if (os.startsWith("ios")) {
    if (os.endsWith("simulator") || os.endsWith("sim")) return [`${arch}-apple-ios-sim`, `${arch}-apple-ios`];
    if (os.endsWith("macabi")) return [`${arch}-apple-ios-macabi`];
    return [`${arch}-apple-ios`];
  }
  if (os.startsWith("solaris")) return [`${arch}-sun-solaris`, `${arch}-pc-solaris`];
  if (os === "aix") return [`${arch}-ibm-aix`];
  const oses = os === "linux" ? ["linux-gnu"] : [os];
  if (arch.startsWith("mips64") && os === "linux-gnu") oses.push("linux-gnuabi64");
  const out: string[] = [];
  for (const o of oses) {
    if (vendor !== undefined) out.push(`${arch}-${vendor}-${o}`);
    out.push(`${arch}-unknown-${o}`, `${arch}-${o}`);
  }
  return out;
}

/**
 * The Rust target for an autoconf/CPython host triplet, or null when rustc has none (alpha, hppa,
 * ia64, sh4, 31-bit s390, … or any spelling that leads to no known target).
 */
export function rustTargetFor(triplet: string): string | null {
  const host = triplet.trim().toLowerCase();
  if (host === "" || isArchWithoutRustTarget(host)) return null;
  if (KNOWN_TARGETS.has(host)) return host;
  const [arch = "", ...rest] = host.split("-");
  const hasVendor = rest.length > 1 && !OS_WORD.test(rest[0]!);
  const vendor = hasVendor ? rest[0] : undefined;
  const os = (hasVendor ? rest.slice(1) : rest)
    .map((part) => part.replace(VERSIONED_OS, "$1"))
    .join("-")
    .replace(/^ios-?simulator$/, "ios-simulator");
  for (const rustArch of archCandidates(arch, os)) {
    for (const candidate of targetCandidates(rustArch, vendor, os)) {
      if (KNOWN_TARGETS.has(candidate)) return candidate;
    }
  }
  return null;
}
