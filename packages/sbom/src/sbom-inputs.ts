// What an SBOM is made from, apart from the CycloneDX library that writes it
// (`@oxidize/sbom/cyclonedx`), which its callers load only when an SBOM is asked for.
import type { CrateEntry } from "./crate.js";

export interface SbomModule {
  /** Import name, e.g. `_zlib`. */
  module: string;
  /** Its cargo package and version. */
  package: string;
  version: string;
  /** The installed file's name, when built. */
  artifact?: string;
  crates: readonly CrateEntry[];
}

export interface SbomOptions {
  /** What the SBOM describes: the repository or project name. */
  name: string;
  /** Creation time; SOURCE_DATE_EPOCH's when the build sets it. */
  timestamp: Date;
  /** The tool that made it and its version. */
  tool: { name: string; version: string };
}

/** The timestamp reproducible builds agree on: SOURCE_DATE_EPOCH (seconds) when set, else now. */
export function sbomTimestamp(
  env: Record<string, string | undefined>,
  now: () => Date = () => new Date(),
): Date {
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return now();
}
