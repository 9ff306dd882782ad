// Optional OpenPGP verification of the channel manifest's detached `.asc` signature. rustup dropped this in 1.26;
// together with the sha256 chain (manifest → package hashes) it authenticates every byte we install. The release
// key is pinned by fingerprint: whatever armored key we are given must be exactly that key.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { errorMessage } from "@oxidize/core";
import { SignatureError } from "./errors.js";

/** "Rust Language (Tag and Release Signing Key) <rust-key@rust-lang.org>", rsa4096, created 2013-09-26. */
export const RUST_RELEASE_KEY_FINGERPRINT = "108F66205EAEB0AAA8DD5E1C85AB96E6FA1BE5FE";

/** Where the repository ships the armored release key (see packages/toolchain/keys/README.md). */
export const DEFAULT_RELEASE_KEY_PATH = path.join(
  import.meta.dirname,
  "..",
  "..",
  "keys",
  "rust-release-key.asc",
);

// openpgp.js is large: load it only when a signature is actually checked.
const pgp = () => import("openpgp");

export interface ReleaseKey {
  armored: string;
  fingerprint: string;
}

/**
 * Reads an armored public key and checks that its primary fingerprint is `expectedFingerprint`; a key file that
 * was swapped or mangled is an error, never a silent downgrade.
 */
export async function loadReleaseKey(
  armored: string,
  expectedFingerprint: string = RUST_RELEASE_KEY_FINGERPRINT,
  source = "the release key",
): Promise<ReleaseKey> {
  const openpgp = await pgp();
  let key: Awaited<ReturnType<typeof openpgp.readKey>>;
  try {
    key = await openpgp.readKey({ armoredKey: armored });
  } catch (error) {
    throw new SignatureError(`${source} is not an armored OpenPGP public key: ${errorMessage(error)}`);
  }
  const fingerprint = key.getFingerprint().toUpperCase();
  const expected = expectedFingerprint.replace(/\s+/g, "").toUpperCase();
  if (fingerprint !== expected) {
    throw new SignatureError(`${source} has fingerprint ${fingerprint}, but ${expected} is required`);
  }
  return { armored, fingerprint };
}

/** The shipped key file, or null when the repository does not ship one. */
export async function loadShippedReleaseKey(
  file: string = DEFAULT_RELEASE_KEY_PATH,
): Promise<ReleaseKey | null> {
  if (!existsSync(file)) return null;
  return loadReleaseKey(await readFile(file, "utf8"), RUST_RELEASE_KEY_FINGERPRINT, file);
}

export async function verifyDetachedSignature(
  data: Uint8Array,
  armoredSignature: string,
  key: ReleaseKey,
  what: string,
): Promise<void> {
  const openpgp = await pgp();
  try {
    const [verificationKeys, signature, message] = await Promise.all([
      openpgp.readKey({ armoredKey: key.armored }),
      openpgp.readSignature({ armoredSignature }),
      openpgp.createMessage({ binary: data }),
    ]);
    const result = await openpgp.verify({
      message,
      signature,
      verificationKeys,
      expectSigned: true,
      format: "binary",
    });
    await result.signatures[0]?.verified;
  } catch (error) {
    throw new SignatureError(
      `the OpenPGP signature of ${what} does not verify with key ${key.fingerprint}: ${errorMessage(error)}`,
    );
  }
}
