import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";

const run = promisify(execFile);

/** `rustc -vV` as key/value pairs: release, commit-hash, commit-date, host, LLVM version, … */
export type RustcVerbose = Record<string, string>;

export function parseRustcVerbose(text: string): RustcVerbose {
  const fields: RustcVerbose = {};
  const lines = text.split(/\r?\n/);
  if (lines[0]?.startsWith("rustc ")) fields["version"] = lines[0].slice("rustc ".length).trim();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return fields;
}

/** `cargo 1.95.0 (f2d3ce0bd 2026-03-21)` → `1.95.0`. */
export function parseCargoVersion(text: string): string | undefined {
  return /^cargo (\S+)/.exec(text.trim())?.[1];
}

export interface ToolchainProbe {
  rustc: RustcVerbose;
  rustcText: string;
  cargoVersion: string | undefined;
}

/**
 * Asks the installed binaries themselves (not a proxy on PATH), so the outputs describe what was
 * installed. An environment without RUSTUP_TOOLCHAIN keeps rustup proxies, if any, out of it.
 */
export async function probeToolchain(rustcPath: string, cargoPath: string): Promise<ToolchainProbe> {
  const env = { ...process.env };
  delete env["RUSTUP_TOOLCHAIN"];
  const rustc = await run(rustcPath, ["-vV"], { env, windowsHide: true });
  let cargoVersion: string | undefined;
  try {
    cargoVersion = parseCargoVersion((await run(cargoPath, ["-V"], { env, windowsHide: true })).stdout);
  } catch {
    cargoVersion = undefined; // a toolchain without cargo (e.g. some targets' host tools) is still usable
  }
  return { rustc: parseRustcVerbose(rustc.stdout), rustcText: rustc.stdout.trim(), cargoVersion };
}

/**
 * The probe of a dist-installed toolchain, recorded beside it in the tool cache. The directory
 * never changes after its atomic install (a moving channel gets a new cache key), so on a cache
 * hit the record answers for the binaries and saves two process spawns.
 */
export function probeRecordPath(toolchainDir: string): string {
  return `${toolchainDir}.probe.json`;
}

export function readProbeRecord(toolchainDir: string): ToolchainProbe | undefined {
  try {
    const record = JSON.parse(readFileSync(probeRecordPath(toolchainDir), "utf8")) as Partial<ToolchainProbe>;
    if (typeof record.rustcText !== "string" || typeof record.rustc !== "object" || record.rustc === null) {
      return undefined;
    }
    return {
      rustc: record.rustc as RustcVerbose,
      rustcText: record.rustcText,
      cargoVersion: typeof record.cargoVersion === "string" ? record.cargoVersion : undefined,
    };
  } catch {
    return undefined; // absent or unreadable: probe the binaries
  }
}

export function writeProbeRecord(toolchainDir: string, probe: ToolchainProbe): void {
  try {
    writeFileSync(probeRecordPath(toolchainDir), `${JSON.stringify(probe)}\n`);
  } catch {
    // A read-only tool cache only costs the next run two spawns.
  }
}
