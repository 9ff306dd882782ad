import { readFileSync, writeFileSync } from "node:fs";
import type { RustcVersion } from "../probe/rustc.js";

/** What the setup learns from the installed binaries themselves. */
export interface InstalledProbe {
  rustc: RustcVersion;
  cargoVersion?: string;
}

/**
 * The probe of a dist-installed toolchain, recorded beside it in the tool cache. The directory
 * never changes after its atomic install (a moving channel gets a new cache key), so on a cache
 * hit the record answers for the binaries and saves two process spawns.
 */
export function probeRecordPath(toolchainDir: string): string {
  return `${toolchainDir}.probe.json`;
}

export function readProbeRecord(toolchainDir: string): InstalledProbe | undefined {
  try {
    const record = JSON.parse(readFileSync(probeRecordPath(toolchainDir), "utf8")) as Partial<InstalledProbe>;
    const rustc = record.rustc;
    if (
      typeof rustc?.release !== "string" ||
      typeof rustc.host !== "string" ||
      typeof rustc.text !== "string"
    ) {
      return undefined; // an older record's shape: probe the binaries
    }
    return typeof record.cargoVersion === "string" ? { rustc, cargoVersion: record.cargoVersion } : { rustc };
  } catch {
    return undefined; // absent or unreadable: probe the binaries
  }
}

export function writeProbeRecord(toolchainDir: string, probe: InstalledProbe): void {
  try {
    writeFileSync(probeRecordPath(toolchainDir), `${JSON.stringify(probe)}\n`);
  } catch {
    // A read-only tool cache only costs the next run two spawns.
  }
}
