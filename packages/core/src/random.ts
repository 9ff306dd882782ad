import { closeSync, openSync, readSync } from "node:fs";

// Random bytes from the kernel's generator (/dev/urandom) where there is one: Node's crypto, Web Crypto's
// global included, loads a dozen modules on first use (6–8 ms on a slow runner), and a build pays that
// between cargo metadata and cargo build for its first stop-commands token. Windows has Web Crypto's global.

/** `count` cryptographically random bytes. */
export function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  if (process.platform === "win32") return globalThis.crypto.getRandomValues(bytes);
  const fd = openSync("/dev/urandom", "r");
  try {
    for (let filled = 0; filled < count; ) {
      const read = readSync(fd, bytes, filled, count - filled, null);
      if (read === 0) throw new Error("/dev/urandom ended");
      filled += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** A random suffix for temporary names: `2 × count` hex digits. */
export function randomHex(count: number): string {
  return Buffer.from(randomBytes(count)).toString("hex");
}
