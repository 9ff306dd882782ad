/**
 * `pnpm bench`: runs every `bench/*.bench.ts` (or the ones named on the command line) and prints
 * their tables. A bench module exports `run(): Promise<BenchReport>`; each row states a measured
 * value beside a baseline measured in the same run, so the ratio means something on any machine.
 * Benchmarks are not tests: they never fail the build, they report.
 *
 * `--readme` also rewrites README.md's benchmark table from this run's reports (see readme.ts), so
 * the published numbers are always one run's output, never edited by hand.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import rebuildStaleBundles from "../test/harness/bundles-up-to-date.js";
import type { BenchReport } from "./lib.js";
import { formatReport } from "./lib.js";
import { updateReadme } from "./readme.js";

const args = process.argv.slice(2);
const readme = args.includes("--readme");
const only = args.filter((a) => !a.startsWith("--"));
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

// The benches run the bundled actions as processes: measure the sources as they are now.
rebuildStaleBundles();

let failed = 0;
const reports: BenchReport[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as {
    run: () => Promise<BenchReport>;
  };
  try {
    const report = await mod.run();
    reports.push(report);
    process.stdout.write(`${formatReport(report)}\n`);
  } catch (error) {
    failed++;
    process.stderr.write(`bench ${file} could not run: ${error instanceof Error ? error.stack : error}\n`);
  }
}
if (readme && failed === 0) process.stdout.write(`${updateReadme(reports)}\n`);
else if (readme) process.stderr.write("README.md not updated: a bench could not run\n");
process.exitCode = failed ? 1 : 0;
