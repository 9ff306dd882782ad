/**
 * One crate compiled into a module, as the inventory, the SBOM, the advisory check and the
 * dependency allow-list all see it. Pure data plus the two normalisations every producer needs:
 * where the crate came from (cargo's package id) and its licence (Cargo's `license` field).
 */

/** `normal`: linked into the module; `build`: only ran at build time (proc-macros, build scripts' dependencies). */
export type CrateKind = "normal" | "build";

export interface CrateEntry {
  name: string;
  version: string;
  /**
   * Where its sources came from: `registry`, `vendored:<dir>` (inside the vendor directory),
   * `path:<dir>` (a path dependency or workspace member), `git:<url>`. Directories are relative
   * to the repository when inside it.
   */
  source: string;
  /** SHA-256 of the `.crate` file, hex (Cargo.lock's `checksum`), when cargo records one. */
  checksum?: string;
  /** SPDX expression: Cargo's `license`, its legacy `/` read as OR. */
  license?: string;
  /** Cargo's `license-file`, for a crate whose licence is not an SPDX expression. */
  licenseFile?: string;
  buildScript: boolean;
  procMacro: boolean;
  kind: CrateKind;
}

/** The source kind of a `CrateEntry.source`: `registry`, `vendored`, `path` or `git`. */
export function sourceKind(source: string): string {
  const colon = source.indexOf(":");
  return colon < 0 ? source : source.slice(0, colon);
}

/** A crate as `name@version`, the key advisories and allow-lists use. */
export function crateKey(crate: Pick<CrateEntry, "name" | "version">): string {
  return `${crate.name}@${crate.version}`;
}

/**
 * The source part of a cargo package id: `registry+URL#name@1.0`, `sparse+URL#…`,
 * `path+file:///dir#…`, `git+URL?rev=…#…`, or the pre-1.77 form `name 1.0 (registry+URL)`.
 * Undefined for an id without one.
 */
export function packageIdSource(id: string): { kind: string; location: string } | undefined {
  const legacy = /^\S+ \S+ \(([^)]+)\)$/.exec(id);
  const spec = legacy ? legacy[1]! : id.includes("#") ? id.slice(0, id.indexOf("#")) : id;
  const plus = /^([a-z]+)\+(.+)$/.exec(spec);
  if (!plus) return undefined;
  return { kind: plus[1]!, location: plus[2]! };
}

/**
 * Cargo's `license` field as an SPDX expression: the legacy `MIT/Apache-2.0` is `MIT OR Apache-2.0`
 * (cargo's own reading); an expression is kept as written.
 */
export function normalizeLicense(license: string): string {
  const trimmed = license.trim();
  if (!trimmed.includes("/")) return trimmed;
  return trimmed
    .split("/")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(" OR ");
}
