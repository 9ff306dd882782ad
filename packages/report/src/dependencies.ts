/**
 * The dependency table: every crate compiled into a module, once per name, version and source,
 * with the modules (and matrix legs) it went into and what the checks found — advisories, and
 * refusal by the policy's allow-list. Flagged crates come first, so a pull request that adds a
 * crate the policy does not allow shows it at the top of the job summary and the readiness check.
 */

import { compareText } from "@oxidize/core";
import { cell, table } from "./markdown.js";
import type { ModuleCrate, ModuleOutcome } from "./result.js";

export interface DependencyRow {
  name: string;
  version: string;
  source: string;
  license?: string;
  kind: ModuleCrate["kind"];
  buildScript: boolean;
  procMacro: boolean;
  modules: string[];
  /** Matrix legs it was compiled in (aggregate only). */
  legs: string[];
  advisories: string[];
  /** False when some leg's policy refused it; undefined when no allow-list was checked. */
  allowed?: boolean;
}

/** Rows from modules' crates (`leg` names the matrix leg in an aggregate); flagged first, then by name. */
export function dependencyRows(sources: ReadonlyArray<{ leg?: string; modules: readonly ModuleOutcome[] }>) {
  const rows = new Map<string, DependencyRow>();
  for (const { leg, modules } of sources) {
    for (const module of modules) {
      for (const crate of module.crates ?? []) {
        const key = `${crate.name}@${crate.version} ${crate.source}`;
        let row = rows.get(key);
        if (!row) {
          row = {
            name: crate.name,
            version: crate.version,
            source: crate.source,
            kind: crate.kind,
            buildScript: crate.buildScript,
            procMacro: crate.procMacro,
            modules: [],
            legs: [],
            advisories: [],
          };
          const license = crate.license ?? (crate.licenseFile ? `file: ${crate.licenseFile}` : undefined);
          if (license !== undefined) row.license = license;
          rows.set(key, row);
        }
        // Linked in anywhere means linked in.
        if (crate.kind === "normal") row.kind = "normal";
        if (!row.modules.includes(module.name)) row.modules.push(module.name);
        if (leg !== undefined && !row.legs.includes(leg)) row.legs.push(leg);
        for (const id of crate.advisories ?? []) if (!row.advisories.includes(id)) row.advisories.push(id);
        if (crate.allowed !== undefined) row.allowed = (row.allowed ?? true) && crate.allowed;
      }
    }
  }
  const flagged = (r: DependencyRow) => r.advisories.length > 0 || r.allowed === false;
  return [...rows.values()]
    .map((r) => ({ ...r, modules: r.modules.sort(), legs: r.legs.sort() }))
    .sort((a, b) => Number(flagged(b)) - Number(flagged(a)) || compareText(a.name, b.name));
}

function findings(row: DependencyRow): string {
  const found = [...row.advisories.map((id) => `❌ ${id}`)];
  if (row.allowed === false) found.push("🚫 not allowed by policy");
  return found.join(", ");
}

/**
 * The table as Markdown, in a <details> block whose summary counts crates and flags (open when
 * something is flagged). `withLegs` adds the legs column (the aggregate).
 */
export function dependencyTable(rows: readonly DependencyRow[], withLegs = false): string {
  if (rows.length === 0) return "";
  const flagged = rows.filter((r) => r.advisories.length > 0 || r.allowed === false).length;
  const headers = ["Crate", "Version", "Source", "License", "Kind", "Build script", "Proc-macro", "Modules"];
  if (withLegs) headers.push("Legs");
  headers.push("Findings");
  const body = table(
    headers,
    rows.map((r) => [
      `\`${r.name}\``,
      r.version,
      r.source,
      r.license,
      r.kind === "normal" ? "linked" : "build only",
      r.buildScript ? "yes" : "",
      r.procMacro ? "yes" : "",
      r.modules.join(", "),
      ...(withLegs ? [r.legs.join(", ")] : []),
      findings(r),
    ]),
  );
  const summary = `Dependencies: ${rows.length} crate${rows.length === 1 ? "" : "s"}${flagged ? `, ${flagged} flagged` : ""}`;
  return `<details${flagged ? " open" : ""}><summary>${cell(summary)}</summary>\n\n${body}\n\n</details>`;
}
