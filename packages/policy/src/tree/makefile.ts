/**
 * What configure decided, as the generated Makefile records it: simple `NAME=value` variables
 * (configure's substitutions), among them `MODULE_<NAME>_STATE` for every stdlib module (the
 * `PY_STDLIB_MOD` machinery) and the fork's `CARGO_*` settings. Pure: text in, facts out.
 */

/** configure's verdict on a module (`PY_STDLIB_MOD`). */
export type ModuleState = "yes" | "missing" | "disabled" | "n/a";

const MODULE_STATES: readonly string[] = ["yes", "missing", "disabled", "n/a"];

/** Top-level `NAME= value` assignments, continuation lines joined; later ones win, as in make. */
export function parseMakefileVars(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]*[:?]?=[ \t]*(.*)$/.exec(lines[i]!);
    if (!match) continue;
    let value = match[2]!;
    while (value.endsWith("\\") && i + 1 < lines.length)
      value = `${value.slice(0, -1)} ${lines[++i]!.trim()}`;
    vars.set(match[1]!, value.replace(/\s+#.*$/, "").trim());
  }
  return vars;
}

/** `_base64` → `MODULE__BASE64_STATE`, as PY_STDLIB_MOD names it. */
export function moduleStateVar(module: string): string {
  return `MODULE_${module.toUpperCase()}_STATE`;
}

export function moduleState(vars: ReadonlyMap<string, string>, module: string): ModuleState | undefined {
  const value = vars.get(moduleStateVar(module));
  return value !== undefined && MODULE_STATES.includes(value) ? (value as ModuleState) : undefined;
}

/** The cargo settings configure substituted, where it set them. */
export interface MakefileCargo {
  /** `$(CARGO_HOME)`: make runs `$(CARGO_HOME)/bin/cargo`. */
  home?: string;
  /** The fork's CARGO_TARGET_DIR is the profile's directory name (`debug`, `release`) under `target/`. */
  profileDir?: string;
  profile?: string;
  target?: string;
}

export function makefileCargo(vars: ReadonlyMap<string, string>): MakefileCargo {
  const cargo: MakefileCargo = {};
  const set = (key: keyof MakefileCargo, name: string) => {
    const value = vars.get(name);
    if (value) cargo[key] = value;
  };
  set("home", "CARGO_HOME");
  set("profileDir", "CARGO_TARGET_DIR");
  set("profile", "CARGO_PROFILE");
  set("target", "CARGO_TARGET");
  return cargo;
}
