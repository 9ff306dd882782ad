// Random bytes from Web Crypto's global, which Node loads on first use: importing node:crypto costs every
// importer several milliseconds at start-up, most of a short action's own time, even where it never runs.

/** `count` cryptographically random bytes. */
export function randomBytes(count: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

/** A random suffix for temporary names: `2 × count` hex digits. */
export function randomHex(count: number): string {
  return Buffer.from(randomBytes(count)).toString("hex");
}
