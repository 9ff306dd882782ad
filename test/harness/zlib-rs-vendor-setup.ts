/**
 * globalSetup of the e2e project: the zlib backend's vendor directory, made once per machine
 * before any test starts (zlib-rs-vendor.ts), so the first fetch stays out of a test's timeout.
 * When Debian's archive cannot be reached, one line says why and the tests that need it fail.
 */
import { zlibRsVendorDir } from "./zlib-rs-vendor.js";

export default async function provideZlibRsVendor(): Promise<void> {
  const started = performance.now();
  try {
    const dir = await zlibRsVendorDir();
    const seconds = (performance.now() - started) / 1000;
    if (seconds > 1) console.log(`e2e: made the zlib-rs vendor directory in ${seconds.toFixed(0)} s: ${dir}`);
  } catch (error) {
    console.log(`e2e: no zlib-rs vendor directory: ${(error as Error).message}`);
  }
}
