// The machine's Rust host triple: from `rustc -vV` when a working rustc is on PATH, otherwise from
// Node's platform/arch, mapped to the triple rustup-init would pick.

import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { UserError } from "@oxidize/core";
import { probeRustc } from "../probe/rustc.js";

export interface PlatformInfo {
  platform: string;
  arch: string;
  /** Linux only: a musl libc (Alpine) instead of glibc. */
  musl?: boolean;
}

const LINUX_ARCH: Record<string, string> = {
  x64: "x86_64",
  arm64: "aarch64",
  ia32: "i686",
  riscv64: "riscv64gc",
  s390x: "s390x",
  loong64: "loongarch64",
  // Node only ships little-endian ppc64 builds for Linux.
  ppc64: "powerpc64le",
};

/** Map Node's `process.platform` / `process.arch` to a Rust triple; `undefined` when unknown. */
export function hostFromPlatform(info: PlatformInfo): string | undefined {
  const { platform, arch } = info;
  switch (platform) {
    case "linux": {
      if (arch === "arm")
        return info.musl ? "armv7-unknown-linux-musleabihf" : "armv7-unknown-linux-gnueabihf";
      const rustArch = LINUX_ARCH[arch];
      if (!rustArch) return undefined;
      if (info.musl && (rustArch === "x86_64" || rustArch === "aarch64" || rustArch === "i686")) {
        return `${rustArch}-unknown-linux-musl`;
      }
      return `${rustArch}-unknown-linux-gnu`;
    }
    case "darwin":
      return arch === "arm64" ? "aarch64-apple-darwin" : arch === "x64" ? "x86_64-apple-darwin" : undefined;
    case "win32":
      return { x64: "x86_64", arm64: "aarch64", ia32: "i686" }[arch]?.concat("-pc-windows-msvc");
    case "freebsd":
    case "netbsd":
    case "openbsd":
      return arch === "x64"
        ? `x86_64-unknown-${platform}`
        : arch === "arm64"
          ? `aarch64-unknown-${platform}`
          : undefined;
    case "sunos":
      return arch === "x64" ? "x86_64-unknown-illumos" : undefined;
    case "android":
      return arch === "arm64" ? "aarch64-linux-android" : arch === "x64" ? "x86_64-linux-android" : undefined;
    default:
      return undefined;
  }
}

/**
 * The C library a process's memory map names: musl's loader (`ld-musl-<arch>.so.1`) or glibc's
 * `libc.so.6`; undefined when it names neither (a static binary, an unusual layout).
 */
export function libcFromMaps(maps: string): "musl" | "glibc" | undefined {
  if (/\/ld-musl-[^/\s]*\.so/.test(maps)) return "musl";
  if (/\/libc\.so\.6\b/.test(maps)) return "glibc";
  return undefined;
}

/**
 * Whether this Node runs on musl. Its own memory map says so for the cost of one small read; the
 * diagnostic report (glibc's runtime version, ~2.5 ms to build) answers where /proc cannot.
 */
function isMusl(): boolean {
  if (process.platform !== "linux") return false;
  try {
    const libc = libcFromMaps(readFileSync("/proc/self/maps", "utf8"));
    if (libc !== undefined) return libc === "musl";
  } catch {
    // no /proc: ask the report
  }
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return report?.header?.glibcVersionRuntime === undefined;
}

export interface DetectHostOptions {
  /** The rustc to ask; `false` skips it. Default `rustc` from PATH. */
  rustc?: string | false;
  platform?: PlatformInfo;
}

export interface DetectedHost {
  host: string;
  from: "rustc" | "platform";
}

export class HostDetectionError extends UserError {}

export async function detectHost(options: DetectHostOptions = {}): Promise<DetectedHost> {
  const rustc = options.rustc ?? "rustc";
  if (rustc !== false) {
    // Outside the workspace with auto-install off: a rustup proxy must not download the toolchain
    // named by the project's rust-toolchain.toml just to tell us the host.
    const probe = await probeRustc(rustc, {
      env: { ...process.env, RUSTUP_AUTO_INSTALL: "0" },
      cwd: tmpdir(),
      timeoutMs: 15_000,
    });
    if (probe.ok) return { host: probe.rustc.host, from: "rustc" };
  }
  const info = options.platform ?? { platform: process.platform, arch: process.arch, musl: isMusl() };
  const host = hostFromPlatform(info);
  if (!host) {
    throw new HostDetectionError(
      `cannot tell the Rust host triple for platform ${info.platform}/${info.arch}; pass it explicitly (--host <triple>)`,
    );
  }
  return { host, from: "platform" };
}
