/**
 * What to delete before saving, so that the cache holds the dependencies only: the workspace's
 * own crates change on every commit and are rebuilt anyway, incremental state is large and only
 * serves the crate being edited, and everything here is rebuilt by cargo when missing.
 */

/** One cargo profile directory (`target/release`, `target/<triple>/debug`, …): its entries by subdirectory. */
export interface ProfileListing {
  /** The profile directory, relative to the target directory. */
  dir: string;
  /** Names directly in the profile directory. */
  top: readonly string[];
  fingerprint: readonly string[];
  build: readonly string[];
  deps: readonly string[];
}

/** Directories under a profile that hold only the workspace's own outputs or per-edit state. */
const WHOLE = new Set(["incremental", "examples", ".future-incompat-report.json"]);

/** `foo-bar` and `foo_bar` are one crate to cargo's file names. */
export function crateName(name: string): string {
  return name.replace(/-/g, "_");
}

/** `libfoo_bar-0123456789abcdef.rlib` → `foo_bar`; undefined for names without a unit hash. */
function hashedStem(file: string): string | undefined {
  const match = /^(.+)-[0-9a-f]{16}(\..*)?$/.exec(file);
  return match ? crateName(match[1]!) : undefined;
}

function isMember(stem: string, members: ReadonlySet<string>, libPrefixed: boolean): boolean {
  if (members.has(stem)) return true;
  return libPrefixed && stem.startsWith("lib") && members.has(stem.slice(3));
}

/**
 * The paths (relative to the target directory) to delete from one profile directory. `members`:
 * the workspace packages' names and their targets' names (a `[lib] name` may differ from the package's).
 */
export function planProfilePrune(listing: ProfileListing, members: readonly string[]): string[] {
  const own = new Set(members.map(crateName));
  const at = (sub: string, name: string) => [listing.dir, sub, name].filter(Boolean).join("/");
  const doomed: string[] = [];
  for (const name of listing.top) {
    if (WHOLE.has(name)) doomed.push(at("", name));
    // The final artifacts cargo copies up: libfoo.so, libfoo.a, foo, foo.exe, libfoo.d, foo.pdb.
    else if (isMember(crateName(name.replace(/\..*$/, "")), own, true)) doomed.push(at("", name));
  }
  for (const [sub, names] of [
    [".fingerprint", listing.fingerprint],
    ["build", listing.build],
  ] as const) {
    for (const name of names) {
      const stem = hashedStem(name);
      if (stem !== undefined && own.has(stem)) doomed.push(at(sub, name));
    }
  }
  for (const name of listing.deps) {
    // A cdylib's files carry no unit hash (lib_words.so, _words.d).
    const stem = hashedStem(name) ?? crateName(name.replace(/\..*$/, ""));
    if (isMember(stem, own, true)) doomed.push(at("deps", name));
  }
  return doomed;
}

/** Under CARGO_HOME: what cargo re-creates from what is kept (sources from .crate files, checkouts from git db). */
export const CARGO_HOME_PRUNED = ["registry/src", "git/checkouts"] as const;
/** Under CARGO_HOME: what is saved (the index, downloaded .crate files, git databases). */
export const CARGO_HOME_CACHED = ["registry/index", "registry/cache", "git/db"] as const;
