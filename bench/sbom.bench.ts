/**
 * SBOM size and cost: the CycloneDX JSON of the PyO3 fixture's locked crates (its real names,
 * versions and checksums) and of larger synthetic trees, in bytes, bytes per crate and gzipped;
 * the time to build one beside JSON.stringify of the same crate list (the floor of any JSON output).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseLockfile } from "@oxidize/modules";
import type { CrateEntry } from "@oxidize/sbom";
import { cyclonedxJson } from "@oxidize/sbom/cyclonedx";
import type { BenchReport, BenchRow } from "./lib.js";
import { timeSync } from "./lib.js";

const root = join(import.meta.dirname, "..");
const options = { name: "bench", timestamp: new Date(0), tool: { name: "oxidize", version: "0.0.0" } };

function crate(name: string, version: string, i: number, checksum?: string): CrateEntry {
  const entry: CrateEntry = {
    name,
    version,
    source: "registry",
    license: "MIT OR Apache-2.0",
    buildScript: i % 3 === 0,
    procMacro: i % 7 === 0,
    kind: i % 4 === 0 ? "build" : "normal",
  };
  if (checksum && /^[0-9a-f]{64}$/.test(checksum)) entry.checksum = checksum;
  return entry;
}

function rows(label: string, crates: CrateEntry[]): BenchRow[] {
  const modules = [{ module: "_m", package: "m", version: "0.1.0", crates }];
  const text = cyclonedxJson(modules, options);
  const bytes = Buffer.byteLength(text);
  const sbomMs = timeSync(() => cyclonedxJson(modules, options));
  const floorMs = timeSync(() => JSON.stringify(crates, null, 2));
  return [
    {
      name: `${label}: SBOM size`,
      value: bytes,
      unit: "B",
      note: `${Math.round(bytes / crates.length)} B per crate`,
    },
    { name: `${label}: SBOM gzipped`, value: gzipSync(text).length, unit: "B" },
    {
      name: `${label}: build the SBOM`,
      value: sbomMs,
      baselineName: "JSON.stringify(crates)",
      baseline: floorMs,
    },
  ];
}

export async function run(): Promise<BenchReport> {
  const lock = parseLockfile(readFileSync(join(root, "test", "fixtures", "pyo3", "Cargo.lock"), "utf8"))!;
  const fixture = lock.packages
    .filter((p) => p.source)
    .map((p, i) => crate(p.name, p.version, i, p.checksum));
  const synthetic = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      crate(`crate-${i}`, "1.2.3", i, "b4f55bd91a0978cbfd91c457a164bab8b4001c833b7f323132c0a4e1922dd44e"),
    );
  return {
    title: "sbom",
    short: "sbom",
    rows: [
      ...rows(`PyO3 fixture (${fixture.length} crates)`, fixture),
      ...rows("100 crates", synthetic(100)),
      ...rows("400 crates", synthetic(400)),
    ],
  };
}
