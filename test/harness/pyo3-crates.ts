/**
 * Real PyO3 crates for tests that build Python extension modules offline. crates.io cannot be
 * reached from the test machines, Debian's archive can: `scripts/fixtures/debian-crates.sh` turns
 * Debian's packaged crate sources (`librust-*-dev`) into a cargo directory source, cached outside
 * the clone, and `writeCargoSourceConfig()` points a workspace's crates-io at it. With the real
 * interpreters of `pythonInterpreter()` the modules are built and imported for real.
 *
 * A test copies its fixture workspace first (`copyFixture()`): the config it writes, and any edit,
 * lands in the copy, never in `test/fixtures`.
 */
import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { stringify } from "smol-toml";
import { repoRoot } from "./run-action.js";

/** The Debian packages the PyO3 fixtures build from; the script adds what they depend on. */
export const PYO3_CRATE_PACKAGES: readonly string[] = ["librust-pyo3-dev", "librust-aho-corasick-dev"];

/** Five small PyO3 0.17 modules (`_words`, `_search`, `_checksum`, `_rot13`, `_stats`). */
export const pyo3Fixture: string = join(repoRoot, "test", "fixtures", "pyo3");

export const debianCratesScript: string = join(repoRoot, "scripts", "fixtures", "debian-crates.sh");

/** The pyenv interpreters the machines have (`~/.pyenv/versions/3.x.y`). */
export type PythonMinor = "3.6" | "3.7" | "3.8" | "3.9" | "3.10" | "3.11" | "3.12" | "3.13";

/** `${XDG_CACHE_HOME:-~/.cache}/oxidize`: what the tests keep between runs, outside the clone. */
export function oxidizeCacheDir(): string {
  return join(process.env["XDG_CACHE_HOME"] || join(homedir(), ".cache"), "oxidize");
}

/**
 * Runs `debian-crates.sh` for `packages` and resolves to the directory source it prints. A cache
 * hit costs milliseconds; a fetch (once per machine) about ten seconds. Rejects with the script's
 * own one-line error, e.g. when the archive cannot be reached.
 */
export function debianCrateSource(packages: readonly string[], suite?: string): Promise<string> {
  const args = [debianCratesScript, ...(suite ? ["--suite", suite] : []), ...packages];
  return new Promise((resolvePath, reject) => {
    execFile("bash", args, { encoding: "utf8", timeout: 1_200_000 }, (error, stdout, stderr) => {
      const path = stdout.trim();
      if (!error && path && existsSync(path)) return resolvePath(path);
      const reason =
        stderr
          .split("\n")
          .filter((line) => line.includes("error:"))
          .pop() ??
        stderr.trim().split("\n").pop() ??
        String(error);
      reject(new Error(`scripts/fixtures/debian-crates.sh ${packages.join(" ")} failed: ${reason}`));
    });
  });
}

let pyo3Source: Promise<string> | undefined;

/** The directory source with PyO3 0.17 and aho-corasick and their dependencies; fetched once. */
export function pyo3CrateSource(): Promise<string> {
  pyo3Source ??= debianCrateSource(PYO3_CRATE_PACKAGES).catch((error: unknown) => {
    pyo3Source = undefined;
    throw error;
  });
  return pyo3Source;
}

/**
 * Writes `<workspace>/.cargo/config.toml` replacing crates-io with the directory source and
 * turning cargo's network off, so every crate comes from `source` or the build fails. Returns the
 * file's path.
 */
export function writeCargoSourceConfig(workspace: string, source: string): string {
  const dir = join(workspace, ".cargo");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "config.toml");
  const config = {
    source: { "crates-io": { "replace-with": "debian" }, debian: { directory: source } },
    net: { offline: true },
  };
  writeFileSync(file, `# written by test/harness/pyo3-crates.ts\n${stringify(config)}`);
  return file;
}

/**
 * The interpreter itself for a Python minor version, e.g. `~/.pyenv/versions/3.8.18/bin/python3.8`
 * (the newest patch release there; `PYENV_ROOT` moves the root). Not the pyenv shim, which is slow.
 */
export function pythonInterpreter(version: PythonMinor): string {
  const root = process.env["PYENV_ROOT"] || join(homedir(), ".pyenv");
  const versions = join(root, "versions");
  const patch = (name: string) => Number(name.slice(version.length + 1));
  const found = (existsSync(versions) ? readdirSync(versions) : [])
    .filter((name) => name.startsWith(`${version}.`) && /^\d+$/.test(name.slice(version.length + 1)))
    .sort((a, b) => patch(b) - patch(a))
    .map((name) => join(versions, name, "bin", `python${version}`))
    .find((path) => existsSync(path));
  if (!found)
    throw new Error(`no Python ${version}: nothing matches ${versions}/${version}.*/bin/python${version}`);
  return found;
}

/**
 * Copies a fixture workspace (without its `target/` or `.cargo/`) to `dest`, emptied first, or to
 * a new temporary directory, and returns the copy. Timestamps are kept, so a copy made again at
 * the same place finds cargo's artifacts for it fresh.
 */
export function copyFixture(fixture: string = pyo3Fixture, dest?: string): string {
  const copy = dest ?? mkdtempSync(join(tmpdir(), `oxidize-${basename(fixture)}-`));
  rmSync(copy, { recursive: true, force: true });
  cpSync(fixture, copy, {
    recursive: true,
    preserveTimestamps: true,
    filter: (source) => !["target", ".cargo"].includes(basename(source)) || source === fixture,
  });
  return copy;
}

/**
 * A CARGO_TARGET_DIR kept between runs outside the clone, one per `label` and set of inputs (the
 * lockfile, the interpreter, ...) plus the rustc in use, so a warm run rebuilds nothing.
 */
export function cachedTargetDir(label: string, inputs: readonly string[]): string {
  const rustc = execFileSync("rustc", ["-vV"], { encoding: "utf8" });
  const key = createHash("sha256")
    .update([rustc, ...inputs].join("\0"))
    .digest("hex")
    .slice(0, 12);
  const dir = join(oxidizeCacheDir(), "cargo-target", `${label}-${key}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
