/**
 * RustSec advisories against the crates that went in. The database is a checkout given by path
 * (`crates/<crate>/RUSTSEC-YYYY-NNNN.md`): each file opens with its TOML front matter in a
 * ```toml fence — `[advisory]` id, package, …, `[versions]` patched and unaffected as cargo
 * requirements — followed by the Markdown title and description. Only the directories of the
 * crates asked about are read, so a full checkout (thousands of files) costs a few reads.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { compareText, isoTimestamp } from "@oxidize/core";
import semver from "semver";
import { parse as parseToml } from "smol-toml";
import type { CrateEntry } from "./crate.js";
import { cargoRange, RequirementError } from "./requirement.js";

export interface Advisory {
  id: string;
  package: string;
  title: string;
  date?: string;
  url?: string;
  aliases: string[];
  /** `unmaintained`, `unsound` or `notice`: not a vulnerability (cargo-audit warns on these). */
  informational?: string;
  /** Set when the advisory was withdrawn: it never matches. */
  withdrawn?: string;
  patched: string[];
  unaffected: string[];
  /** The file, relative to the database. */
  file: string;
}

/** The database or one of its files cannot be used; the message names the file. */
export class AdvisoryDbError extends Error {
  override name = "AdvisoryDbError";
}

/** The crate names cargo allows; anything else is never looked up (no path tricks). */
const CRATE_NAME = /^[A-Za-z0-9_-]+$/;
const FRONT_MATTER = /^\s*```toml\r?\n([\s\S]*?)\r?\n```[^\n]*\n?([\s\S]*)$/;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string"
    ? value
    : value instanceof Date
      ? isoTimestamp(value).slice(0, 10)
      : undefined;
}

/** One advisory file; `file` names it in errors. */
export function parseAdvisory(content: string, file: string): Advisory {
  const match = FRONT_MATTER.exec(content);
  if (!match) throw new AdvisoryDbError(`${file}: no \`\`\`toml front matter at the top`);
  let data: Record<string, unknown>;
  try {
    data = parseToml(match[1]!) as Record<string, unknown>;
  } catch (error) {
    throw new AdvisoryDbError(
      `${file}: invalid TOML front matter: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  const advisory = (data["advisory"] ?? {}) as Record<string, unknown>;
  const versions = (data["versions"] ?? {}) as Record<string, unknown>;
  const id = text(advisory["id"]);
  const pkg = text(advisory["package"]);
  if (!id || !pkg) throw new AdvisoryDbError(`${file}: [advisory] needs 'id' and 'package'`);
  const title = /^#\s+(.+)$/m.exec(match[2] ?? "")?.[1]?.trim() ?? id;
  const result: Advisory = {
    id,
    package: pkg,
    title,
    aliases: strings(advisory["aliases"]),
    patched: strings(versions["patched"]),
    unaffected: strings(versions["unaffected"]),
    file,
  };
  for (const key of ["date", "url", "informational", "withdrawn"] as const) {
    const value = text(advisory[key]);
    if (value !== undefined) result[key] = value;
  }
  for (const requirement of [...result.patched, ...result.unaffected]) {
    try {
      cargoRange(requirement);
    } catch (error) {
      if (error instanceof RequirementError)
        throw new AdvisoryDbError(`${file}: [versions] ${error.message}`);
      throw error;
    }
  }
  return result;
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/**
 * The advisories of the named crates in the database at `dbDir`. Throws AdvisoryDbError when the
 * directory is not a RustSec database (no `crates/`) or a file of a crate asked about is broken.
 */
export async function readAdvisories(dbDir: string, crateNames: Iterable<string>): Promise<Advisory[]> {
  if (!(await isDirectory(join(dbDir, "crates")))) {
    throw new AdvisoryDbError(
      `${dbDir} is not a RustSec advisory database: it has no crates/ directory (a checkout of the advisory-db repository has)`,
    );
  }
  const advisories: Advisory[] = [];
  for (const name of [...new Set(crateNames)].sort()) {
    if (!CRATE_NAME.test(name)) continue;
    const dir = join(dbDir, "crates", name);
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const entry of files.filter((f) => /^RUSTSEC-\d{4}-\d{4,}\.md$/.test(f)).sort()) {
      const relative = `crates/${name}/${entry}`;
      advisories.push(parseAdvisory(await readFile(join(dir, entry), "utf8"), relative));
    }
  }
  return advisories;
}

/** RustSec's rule: affected unless in a patched or an unaffected range; withdrawn never matches. */
export function isAffected(version: string, advisory: Advisory): boolean {
  if (advisory.withdrawn !== undefined) return false;
  const safe = [...advisory.patched, ...advisory.unaffected];
  return !safe.some((requirement) => semver.satisfies(version, cargoRange(requirement)));
}

/**
 * The first version the advisory says is patched above `version`: the lowest lower bound of the
 * patched ranges that lies above it (the fix on the crate's own line when there are several).
 */
export function firstFixed(version: string, advisory: Advisory): string | undefined {
  const candidates = advisory.patched
    .map((requirement) => semver.minVersion(cargoRange(requirement))?.version)
    .filter((v): v is string => v !== undefined && semver.gt(v, version))
    .sort(semver.compare);
  return candidates[0];
}

export interface AdvisoryHit {
  advisory: Advisory;
  crate: Pick<CrateEntry, "name" | "version">;
  /** Undefined when no patched version exists. */
  fixedIn?: string;
  /** A vulnerability (fails under `on-advisory: fail`), or only informational (always a warning). */
  vulnerability: boolean;
}

/** Every advisory that affects one of the crates, in crate then advisory order. */
export function matchAdvisories(
  crates: readonly Pick<CrateEntry, "name" | "version">[],
  advisories: readonly Advisory[],
): AdvisoryHit[] {
  const hits: AdvisoryHit[] = [];
  const seen = new Set<string>();
  const sorted = [...crates].sort(
    (a, b) => compareText(a.name, b.name) || semver.compare(a.version, b.version),
  );
  for (const crate of sorted) {
    const key = `${crate.name}@${crate.version}`;
    if (seen.has(key) || !semver.valid(crate.version)) continue;
    seen.add(key);
    for (const advisory of advisories) {
      if (advisory.package !== crate.name || !isAffected(crate.version, advisory)) continue;
      const hit: AdvisoryHit = {
        advisory,
        crate: { name: crate.name, version: crate.version },
        vulnerability: advisory.informational === undefined,
      };
      const fixed = firstFixed(crate.version, advisory);
      if (fixed !== undefined) hit.fixedIn = fixed;
      hits.push(hit);
    }
  }
  return hits;
}

/** One sentence naming the advisory, the crate and the way out. */
export function advisoryMessage(hit: AdvisoryHit): string {
  const { advisory, crate } = hit;
  const what = advisory.informational ? ` (${advisory.informational})` : "";
  const fix =
    hit.fixedIn !== undefined
      ? `upgrade ${crate.name} to ${hit.fixedIn} or later`
      : `no fixed version exists; replace ${crate.name} or accept the risk`;
  return `${advisory.id}${what}: ${crate.name} ${crate.version} — ${advisory.title}; ${fix}.`;
}
