/**
 * The Rust release key shipped in packages/toolchain/keys: it loads, it is the key the fingerprint
 * pins (a fingerprint is a hash of the key material, so a match proves the file is that key), its
 * signing subkey is usable today, and a key with any other fingerprint is refused.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateTestKey } from "../../../test/fixtures/dist-mirror/keys.js";
import {
  DEFAULT_RELEASE_KEY_PATH,
  loadReleaseKey,
  loadShippedReleaseKey,
  RUST_RELEASE_KEY_FINGERPRINT,
} from "../src/index.js";

describe("the shipped Rust release key", () => {
  it("is present and matches the pinned fingerprint", async () => {
    const key = await loadShippedReleaseKey();
    expect(key, `expected ${DEFAULT_RELEASE_KEY_PATH}`).not.toBeNull();
    expect(key!.fingerprint.replace(/\s/g, "").toUpperCase()).toBe(
      "108F66205EAEB0AAA8DD5E1C85AB96E6FA1BE5FE",
    );
    expect(RUST_RELEASE_KEY_FINGERPRINT.replace(/\s/g, "").toUpperCase()).toBe(
      "108F66205EAEB0AAA8DD5E1C85AB96E6FA1BE5FE",
    );
  });

  it("has a signing subkey that openpgp.js accepts today (SHA-1 bindings, no expiry)", async () => {
    const { readKey } = await import("openpgp");
    const key = await readKey({ armoredKey: readFileSync(DEFAULT_RELEASE_KEY_PATH, "utf8") });
    const signing = await key.getSigningKey();
    expect(signing.getKeyID().toHex().toUpperCase()).toBe("5CB4A9347B3B09DC");
  });

  it("refuses a key with another fingerprint in its place", async () => {
    const other = await generateTestKey();
    await expect(
      loadReleaseKey(other.publicKey, RUST_RELEASE_KEY_FINGERPRINT, "swapped.asc"),
    ).rejects.toThrow(/swapped\.asc has fingerprint .* but .* is required/);
  });
});
