/**
 * configure's own verdict on the Rust modules, read from the Makefile a conformance run wrote:
 * `MODULE_<NAME>_STATE` for every Rust module the tree's Setup files declare. The exit status
 * and warnings can look right while the states are wrong — the fork's cargo check says `yes`
 * with no cargo anywhere, and make then fails — so the states are compared with the policy too.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { moduleStateVar } from "../tree/makefile.js";
import { readRustTree } from "../tree/read-tree.js";

/**
 * The states of the Rust modules in `<cwd>/Makefile`, when configure wrote it during this run
 * (modified at or after `since`, ms since the epoch); undefined when there is no such Makefile
 * or the tree declares no Rust module.
 */
export async function rustModuleStates(
  cwd: string,
  since: number,
): Promise<Record<string, string> | undefined> {
  const makefile = join(cwd, "Makefile");
  const modified = await stat(makefile).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
  // A Makefile older than this run is a previous configure's, not this one's verdict.
  if (modified === undefined || modified + 1000 < since) return undefined;
  const { configured, modules } = await readRustTree(undefined, cwd);
  if (!configured || modules.length === 0) return undefined;
  return Object.fromEntries(modules.map((m) => [m.module, configured.stateOf(m.module) ?? "(not set)"]));
}

/** One sentence per Rust module whose state contradicts what the policy decided. */
export function compareModuleStates(
  rustModulesDecision: "build" | "skip",
  states: Readonly<Record<string, string>>,
  rustHidden: boolean,
): string[] {
  const mismatches: string[] = [];
  for (const [module, state] of Object.entries(states)) {
    const variable = `${moduleStateVar(module)}=${state}`;
    if (rustModulesDecision === "skip" && state === "yes") {
      mismatches.push(
        `configure set ${variable}${rustHidden ? " with Rust hidden" : ""}, where the policy skips Rust modules: ` +
          `make would try to build ${module} and fail instead of leaving it out`,
      );
    } else if (rustModulesDecision === "build" && state !== "yes") {
      mismatches.push(
        `configure set ${variable}, where the policy builds Rust modules: make would leave ${module} out`,
      );
    }
  }
  return mismatches;
}
