/**
 * How CPython declares its extension modules: `Modules/Setup*` files, read the way
 * `Modules/makesetup` reads them. A line names one or more modules and their sources; the
 * section it is in (`*static*`, `*shared*`, `*disabled*`) says how it is built. A line whose
 * sources include a `Cargo.toml` is a Rust module (the Rust-for-CPython fork:
 * `@MODULE__BASE64_TRUE@_base64 _base64/Cargo.toml _base64/src/lib.rs lib_base64.a`).
 * Pure: text in, declarations out.
 */

/** How makesetup builds a module: into the interpreter, as a shared library, or not at all. */
export type SetupBuildType = "static" | "shared" | "disabled";

export interface SetupModule {
  /** Import name. */
  module: string;
  buildType: SetupBuildType;
  /** The section marker was `*@MODULE_BUILDTYPE@*`: configure decides static or shared. */
  buildTypeFromConfigure: boolean;
  /** The `@MODULE_<NAME>_TRUE@` prefix of a `.in` file: configure comments the line out when off. */
  conditional?: string;
  /** The Rust part of the line, when it lists a Cargo.toml. */
  rust?: {
    /** As written, relative to `Modules/` (makesetup's srcdir). */
    manifest: string;
    sources: string[];
    /** The static library the line links (`lib_base64.a`), when it names one. */
    staticLib?: string;
  };
  file: string;
  line: number;
}

const SECTION = /^\*(static|shared|disabled|@MODULE_BUILDTYPE@)\*$/;
const CONDITIONAL = /^@(MODULE_[A-Z0-9_]+_TRUE)@/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\s*=/;
const MODULE_WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Words of a line, with makesetup's flags and their arguments set aside. */
function classify(words: string[]): {
  modules: string[];
  sources: string[];
  libs: string[];
  manifest?: string;
} {
  const modules: string[] = [];
  const sources: string[] = [];
  const libs: string[] = [];
  let manifest: string | undefined;
  let skipNext = false;
  for (const word of words) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (["-framework", "-Xcompiler", "-Xlinker", "-rpath", "--rpath", "-u"].includes(word)) {
      skipNext = true;
      continue;
    }
    if (word.startsWith("-") || word.startsWith("$")) continue;
    if (word.endsWith(".toml")) manifest = word;
    else if (word.endsWith(".a")) libs.push(word);
    else if (/\.(rs|c|C|cc|c\+\+|cxx|cpp|m|o)$/.test(word)) sources.push(word);
    else if (MODULE_WORD.test(word)) modules.push(word);
  }
  return manifest === undefined ? { modules, sources, libs } : { modules, sources, libs, manifest };
}

/**
 * Every module declared in one Setup file, in order. `defaultBuildType` is what makesetup
 * assumes before the first section marker (static); `configuredBuildType` resolves
 * `*@MODULE_BUILDTYPE@*` when the tree is configured.
 */
export function parseSetupFile(
  text: string,
  file: string,
  configuredBuildType: "static" | "shared" = "shared",
): SetupModule[] {
  const found: SetupModule[] = [];
  let buildType: SetupBuildType = "static";
  let fromConfigure = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/#.*$/, "").trim();
    // makesetup joins backslash continuations.
    const start = i;
    while (line.endsWith("\\") && i + 1 < lines.length) {
      line = `${line.slice(0, -1)} ${lines[++i]!.replace(/#.*$/, "").trim()}`;
    }
    if (line === "") continue;
    const section = SECTION.exec(line);
    if (section) {
      fromConfigure = section[1] === "@MODULE_BUILDTYPE@";
      buildType = fromConfigure ? configuredBuildType : (section[1] as SetupBuildType);
      continue;
    }
    let conditional: string | undefined;
    const marker = CONDITIONAL.exec(line);
    if (marker) {
      conditional = marker[1]!;
      line = line.slice(marker[0].length);
    }
    if (ASSIGNMENT.test(line)) continue;
    const words = classify(line.split(/\s+/).filter(Boolean));
    for (const module of words.modules) {
      const entry: SetupModule = {
        module,
        buildType,
        buildTypeFromConfigure: fromConfigure,
        file,
        line: start + 1,
      };
      if (conditional !== undefined) entry.conditional = conditional;
      if (words.manifest !== undefined) {
        entry.rust = { manifest: words.manifest, sources: words.sources.filter((s) => s.endsWith(".rs")) };
        if (words.libs[0] !== undefined) entry.rust.staticLib = words.libs[0];
      }
      found.push(entry);
    }
  }
  return found;
}

/**
 * Merges Setup files in makesetup's order: the first rule for a module wins (so `Setup.local`
 * can disable or re-declare a stdlib module). A winning rule that only names the module (a
 * `*disabled*` entry) keeps the Rust sources of the rule it overrides.
 */
export function mergeSetupFiles(files: ReadonlyArray<readonly SetupModule[]>): SetupModule[] {
  const winners = new Map<string, SetupModule>();
  const rust = new Map<string, NonNullable<SetupModule["rust"]>>();
  for (const modules of files) {
    for (const m of modules) {
      if (m.rust && !rust.has(m.module)) rust.set(m.module, m.rust);
      if (!winners.has(m.module)) winners.set(m.module, m);
    }
  }
  return [...winners.values()].map((m) => {
    const declared = rust.get(m.module);
    return m.rust || !declared || m.buildType !== "disabled" ? m : { ...m, rust: declared };
  });
}
