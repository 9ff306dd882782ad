/**
 * The vendor directory of examples/cpython-lite's zlib backend, made by
 * scripts/fixtures/zlib-rs-vendor.sh (cargo vendor over Debian's zlib-rs sources), cached outside
 * the clone: fetched once per machine (the e2e globalSetup asks first), milliseconds afterwards.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./run-action.js";

export const zlibRsVendorScript: string = join(repoRoot, "scripts", "fixtures", "zlib-rs-vendor.sh");

let vendorDir: Promise<string> | undefined;

/** Resolves to the vendor directory; rejects with the script's own one-line error. */
export function zlibRsVendorDir(): Promise<string> {
  vendorDir ??= new Promise<string>((resolvePath, reject) => {
    execFile(
      "bash",
      [zlibRsVendorScript],
      { encoding: "utf8", timeout: 1_200_000 },
      (error, stdout, stderr) => {
        const path = stdout.trim();
        if (!error && path && existsSync(join(path, ".oxidize-vendor"))) return resolvePath(path);
        const reason = stderr.trim().split("\n").pop() || String(error);
        reject(new Error(`scripts/fixtures/zlib-rs-vendor.sh failed: ${reason}`));
      },
    );
  }).catch((error: unknown) => {
    vendorDir = undefined;
    throw error;
  });
  return vendorDir;
}
