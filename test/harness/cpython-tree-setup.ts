/**
 * globalSetup of the e2e project: the CPython tree fixture (cpython-tree.ts) is built once per
 * machine by scripts/fixtures/cpython-tree.sh, minutes the first time. Building it here, before
 * any test starts, keeps that out of a test's hook timeout; after it, a cache hit costs
 * milliseconds and prints nothing. When it cannot be built, one line says why and the tests that
 * need the tree fail with the same reason.
 */
import { cpythonTree } from "./cpython-tree.js";

export default async function provideCpythonTree(): Promise<void> {
  const started = Date.now();
  const outcome = await cpythonTree().then(
    (tree) => ({ tree }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  if ("error" in outcome) {
    console.log(`e2e: no CPython tree fixture: ${outcome.error}`);
    return;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  if (seconds >= 2) {
    console.log(
      `e2e: built the CPython ${outcome.tree.version} tree fixture in ${seconds} s: ${outcome.tree.root}`,
    );
  }
}
