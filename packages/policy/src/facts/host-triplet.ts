/**
 * A best guess at the autoconf host triplet for the machine we run on, spelled like PEP 11
 * (which is what the platform tables are keyed by), in the spirit of config.guess. Used only
 * when neither the `target` input nor `rustc -vV` says.
 */
export function guessHostTriplet(
  platform: NodeJS.Platform,
  arch: string,
  libc: "gnu" | "musl" = "gnu",
): string {
  const cpu = CPU[arch] ?? arch;
  switch (platform) {
    case "linux":
      if (cpu === "armv7l") return `armv7l-unknown-linux-${libc}eabihf`;
      return `${cpu}-unknown-linux-${libc}`;
    case "android":
      return `${cpu}-linux-android`;
    case "darwin":
      return `${cpu}-apple-darwin`;
    case "win32":
      return `${cpu}-pc-windows-msvc`;
    case "freebsd":
      return `${cpu}-unknown-freebsd`;
    case "openbsd":
    case "netbsd":
      return `${cpu}-unknown-${platform}`;
    case "sunos":
      return `${cpu}-pc-solaris`;
    case "aix":
      return "powerpc64-ibm-aix";
    default:
      return `${cpu}-unknown-${platform}`;
  }
}

/** Node's process.arch → the CPU part of a triplet. */
const CPU: Record<string, string> = {
  x64: "x86_64",
  ia32: "i686",
  arm64: "aarch64",
  arm: "armv7l",
  ppc64: "powerpc64le",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loongarch64",
  mips: "mips",
  mipsel: "mipsel",
};
