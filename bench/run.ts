/**
 * `pnpm bench`: runs every `bench/*.bench.ts` (or the ones named on the command line) and prints
 * their tables. A bench module exports `run(): Promise<BenchReport>`; each row states a measured
 * value beside a baseline measured in the same run, so the ratio means something on any machine.
 * Benchmarks are not tests: they never fail the build, they report.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchReport } from "./lib.js";
import { formatReport } from "./lib.js";

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as {
    run: () => Promise<BenchReport>;
  };
  try {
    const report = await mod.run();
    process.stdout.write(`${formatReport(report)}\n`);
  } catch (error) {
    failed++;
    process.stderr.write(`bench ${file} could not run: ${error instanceof Error ? error.stack : error}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
