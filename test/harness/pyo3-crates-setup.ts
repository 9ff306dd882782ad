/**
 * globalSetup of the e2e project: the PyO3 fixture builds from Debian's crate sources, fetched
 * once per machine by scripts/fixtures/debian-crates.sh (pyo3-crates.ts). Fetching here, before
 * any test starts, keeps that first download out of a test's hook timeout; after it, a cache hit
 * costs milliseconds. When the archive cannot be reached, one line says why and the tests that
 * need the crates fail with the same reason.
 */
import { pyo3CrateSource } from "./pyo3-crates.js";

export default async function providePyo3Crates(): Promise<void> {
  const started = performance.now();
  try {
    const source = await pyo3CrateSource();
    const seconds = (performance.now() - started) / 1000;
    if (seconds > 1)
      console.log(`e2e: fetched Debian's PyO3 crate sources in ${seconds.toFixed(0)} s into ${source}`);
  } catch (error) {
    console.log(`e2e: no PyO3 crate sources: ${(error as Error).message}`);
  }
}
