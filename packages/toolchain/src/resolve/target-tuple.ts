// rustup splits a target part of a toolchain name into arch / os / env with one regex built from
// generated lists (rustup src/dist/target_tuple/known.rs, alphabetical). Anything outside these
// lists makes the whole name a *custom* toolchain name, so the lists must match rustup's exactly.

export const KNOWN_ARCHS: readonly string[] = [
  "aarch64",
  "aarch64_be",
  "aarch64v8r",
  "amdgcn",
  "arm",
  "arm64_32",
  "arm64e",
  "arm64ec",
  "armeb",
  "armebv7r",
  "armv4t",
  "armv5te",
  "armv6",
  "armv6k",
  "armv7",
  "armv7a",
  "armv7k",
  "armv7r",
  "armv7s",
  "armv8r",
  "avr",
  "bpfeb",
  "bpfel",
  "csky",
  "hexagon",
  "i386",
  "i586",
  "i686",
  "loongarch32",
  "loongarch64",
  "m68k",
  "mips",
  "mips64",
  "mips64el",
  "mipsel",
  "mipsisa32r6",
  "mipsisa32r6el",
  "mipsisa64r6",
  "mipsisa64r6el",
  "msp430",
  "nvptx64",
  "powerpc",
  "powerpc64",
  "powerpc64le",
  "riscv32",
  "riscv32e",
  "riscv32em",
  "riscv32emc",
  "riscv32gc",
  "riscv32i",
  "riscv32im",
  "riscv32ima",
  "riscv32imac",
  "riscv32imafc",
  "riscv32imc",
  "riscv32imfc",
  "riscv64",
  "riscv64a23",
  "riscv64gc",
  "riscv64im",
  "riscv64imac",
  "s390x",
  "sparc",
  "sparc64",
  "sparcv9",
  "thumbv4t",
  "thumbv5te",
  "thumbv6",
  "thumbv6m",
  "thumbv7a",
  "thumbv7em",
  "thumbv7m",
  "thumbv7neon",
  "thumbv7r",
  "thumbv8m.base",
  "thumbv8m.main",
  "thumbv8r",
  "wasm32",
  "wasm32v1",
  "wasm64",
  "x86_64",
  "x86_64h",
  "xtensa",
];

export const KNOWN_OSES: readonly string[] = [
  "amd-amdhsa",
  "apple-darwin",
  "apple-ios",
  "apple-tvos",
  "apple-visionos",
  "apple-watchos",
  "esp-espidf",
  "esp32-espidf",
  "esp32-none",
  "esp32s2-espidf",
  "esp32s2-none",
  "esp32s3-espidf",
  "esp32s3-none",
  "fortanix-unknown",
  "ibm-aix",
  "kmc-solid_asp3",
  "linux",
  "lynx-lynxos178",
  "mti-none",
  "nintendo-3ds",
  "nintendo-switch",
  "none",
  "nuttx-eabi",
  "nuttx-eabihf",
  "nvidia-cuda",
  "oe-linux",
  "openwrt-linux",
  "pc-cygwin",
  "pc-nto",
  "pc-qnx",
  "pc-solaris",
  "pc-windows",
  "risc0-zkvm",
  "rtems-eabihf",
  "sony-psp",
  "sony-psx",
  "sony-vita",
  "sun-solaris",
  "unikraft-linux",
  "unknown-dragonfly",
  "unknown-emscripten",
  "unknown-freebsd",
  "unknown-fuchsia",
  "unknown-haiku",
  "unknown-helenos",
  "unknown-hermit",
  "unknown-hurd",
  "unknown-illumos",
  "unknown-l4re",
  "unknown-linux",
  "unknown-managarm",
  "unknown-motor",
  "unknown-netbsd",
  "unknown-none",
  "unknown-nto",
  "unknown-nuttx",
  "unknown-openbsd",
  "unknown-qnx",
  "unknown-qurt",
  "unknown-redox",
  "unknown-teeos",
  "unknown-trusty",
  "unknown-uefi",
  "unknown-unknown",
  "unknown-xous",
  "uwp-windows",
  "vex-v5",
  "wali-linux",
  "wasip1",
  "wasip1-threads",
  "wasip2",
  "wasip3",
  "win7-windows",
  "wrs-vxworks",
];

export const KNOWN_ENVS: readonly string[] = [
  "android",
  "androideabi",
  "eabi",
  "eabihf",
  "elf",
  "freestanding",
  "gnu",
  "gnu_ilp32",
  "gnuabi64",
  "gnuabiv2",
  "gnuabiv2hf",
  "gnuasan",
  "gnueabi",
  "gnueabihf",
  "gnuelfv2",
  "gnullvm",
  "gnumsan",
  "gnuspe",
  "gnutsan",
  "gnux32",
  "macabi",
  "mlibc",
  "msvc",
  "musl",
  "muslabi64",
  "musleabi",
  "musleabihf",
  "muslspe",
  "newlibeabihf",
  "none",
  "ohos",
  "pauthtest",
  "qnx700",
  "qnx710",
  "qnx710_iosock",
  "sgx",
  "sim",
  "softfloat",
  "spe",
  "uclibc",
  "uclibceabi",
  "uclibceabihf",
];

/** A target part of a toolchain name; every field may be absent (`stable-msvc` has only `env`). */
export interface PartialTargetTuple {
  arch?: string;
  os?: string;
  env?: string;
}

const PARTS = [KNOWN_ARCHS, KNOWN_OSES, KNOWN_ENVS] as const;

/**
 * rustup's `PartialTargetTuple::new`: `undefined` when the text is not made of known parts.
 *
 * rustup matches `^(?:-(arch…))?(?:-(os…))?(?:-(env…))?$` against `-<text>` with the leftmost-first
 * `regex` crate. This walks the same choices in the same order (each part's names in list order, then
 * the part left out, backing up when the rest does not match) without building that regex: compiling
 * and running a 240-way alternation cost about 1 ms of every start-up.
 */
export function parsePartialTargetTuple(text: string): PartialTargetTuple | undefined {
  if (text === "") return {};
  const parts = matchParts(`-${text}`, 0, 0);
  if (!parts) return undefined;
  const tuple: PartialTargetTuple = {};
  if (parts[0]) tuple.arch = parts[0];
  if (parts[1]) tuple.os = parts[1];
  if (parts[2]) tuple.env = parts[2];
  return tuple;
}

/** The names of parts `part`.. that make up `text` from `at` on (`undefined` for a part left out). */
function matchParts(text: string, at: number, part: number): Array<string | undefined> | undefined {
  if (part === PARTS.length) return at === text.length ? [] : undefined;
  if (text[at] === "-") {
    for (const name of PARTS[part]!) {
      if (!text.startsWith(name, at + 1)) continue;
      const rest = matchParts(text, at + 1 + name.length, part + 1);
      if (rest) return [name, ...rest];
    }
  }
  const rest = matchParts(text, at, part + 1);
  return rest && [undefined, ...rest];
}

export function hasTargetPart(tuple: PartialTargetTuple): boolean {
  return tuple.arch !== undefined || tuple.os !== undefined || tuple.env !== undefined;
}
