/**
 * A real CPython source tree with the Rust-for-CPython fork's Rust additions, built, for tests of
 * CPython's own build: `scripts/fixtures/cpython-tree.sh` takes the upstream tarball of Debian's
 * CPython source package, applies test/fixtures/cpython/rust-additions.patch, copies in the
 * crate files of test/fixtures/cpython/tree/ (the Cargo workspace and Modules/_base64),
 * regenerates configure with autoconf 2.72, configures out of tree and runs make. The result is
 * cached outside the clone, keyed by those inputs: the first run on a machine takes minutes, a
 * cache hit milliseconds.
 *
 * `src` is never configured in place: a test that configures in-tree works on a copy
 * (`copyCpythonSource()`). `build` is shared by every test of the run; a test that changes a
 * build works on its own configure of a copy.
 */
import { execFile, execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { forgetRustInConfigCache, formatPythonVersion, parsePatchlevel } from "@oxidize/policy";
import { repoRoot } from "./run-action.js";

export const cpythonTreeScript: string = join(repoRoot, "scripts", "fixtures", "cpython-tree.sh");

/** The patch and crate files the tree is made with. */
export const cpythonFixture: string = join(repoRoot, "test", "fixtures", "cpython");

/**
 * The Debian source package the tree comes from. The script's default, and the aim, is python3.14
 * from sid; the archive these machines reach serves the source packages of Debian's stable
 * releases only (sid's answer 404), so the tests use trixie's python3.13. OXIDIZE_CPYTHON_SOURCE
 * (`<suite>/<package>`, e.g. `sid/python3.14`) picks another where the archive serves it.
 */
export function cpythonSource(): { suite: string; package: string } {
  const chosen = process.env["OXIDIZE_CPYTHON_SOURCE"];
  if (chosen) {
    const match = /^([a-z0-9.-]+)\/(python3\.\d+)$/.exec(chosen);
    if (!match)
      throw new Error(
        `OXIDIZE_CPYTHON_SOURCE must be <suite>/<package>, e.g. sid/python3.14 (got ${chosen})`,
      );
    return { suite: match[1]!, package: match[2]! };
  }
  return { suite: "trixie", package: "python3.13" };
}

export interface CpythonTree {
  /** The cached fixture directory the script printed. */
  root: string;
  /** The patched source tree (never configured in place). */
  src: string;
  /** The out-of-tree build of `src`. */
  build: string;
  /** `<build>/python`, the built interpreter, with `_base64` importable. */
  python: string;
  /** The CPython version, major.minor ("3.13"), from `<src>/Include/patchlevel.h`. */
  version: string;
  /** `<root>/.fixture-info`: debian-version, python-version, autoconf, seconds-<phase>, ... */
  info: Record<string, string>;
}

const execFileAsync = promisify(execFile);

/** Runs the script and resolves to the tree it built or found; rejects with its one-line error. */
export async function buildCpythonTree(source = cpythonSource()): Promise<CpythonTree> {
  const args = ["--suite", source.suite, "--package", source.package];
  let root: string;
  try {
    const run = await execFileAsync("bash", [cpythonTreeScript, ...args], {
      encoding: "utf8",
      timeout: 3_600_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    root = run.stdout.trim();
  } catch (error) {
    // the script's own `cpython-tree: error: ...` line, else its last words
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    const why =
      stderr.match(/^.*error: .*$/gm)?.at(-1) ?? (stderr.trim().split("\n").at(-1) || String(error));
    throw new Error(`scripts/fixtures/cpython-tree.sh ${args.join(" ")} failed: ${why}`);
  }
  if (!root || !existsSync(join(root, ".complete"))) {
    throw new Error(
      `scripts/fixtures/cpython-tree.sh ${args.join(" ")} printed no complete tree (${root || "nothing"})`,
    );
  }
  return treeAt(root);
}

function treeAt(root: string): CpythonTree {
  const src = join(root, "src");
  const build = join(root, "build");
  const patchlevelPath = join(src, "Include", "patchlevel.h");
  const patchlevel = parsePatchlevel(readFileSync(patchlevelPath, "utf8"), patchlevelPath);
  if (!patchlevel) throw new Error(`no PY_MAJOR_VERSION/PY_MINOR_VERSION in ${patchlevelPath}`);
  const info: Record<string, string> = {};
  for (const line of readFileSync(join(root, ".fixture-info"), "utf8").split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) info[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return { root, src, build, python: join(build, "python"), version: formatPythonVersion(patchlevel), info };
}

/** `make`'s promise, made once per process and shared; a failed attempt is made again next call. */
function onceRetrying<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = make();
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
      pending = attempt;
    }
    return pending;
  };
}

/** The built CPython tree; the script runs once per process (a failure is retried next call). */
export const cpythonTree: () => Promise<CpythonTree> = onceRetrying(() => buildCpythonTree());

/**
 * Copies the tree's `src` to `dest` (emptied first) or to a new temporary directory, and returns
 * the copy: a tree to configure in-tree. `cp -a` keeps timestamps, so make sees the regenerated
 * configure as newer than configure.ac, as in `src`. About a second for CPython's ~120 MB.
 */
export async function copyCpythonSource(dest?: string): Promise<string> {
  const { src } = await cpythonTree();
  const copy = dest ?? mkdtempSync(join(tmpdir(), "oxidize-cpython-src-"));
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  execFileSync("cp", ["-a", `${src}/.`, copy], { stdio: "pipe", timeout: 300_000 });
  return copy;
}

/**
 * An autoconf cache of the tree's configure (`config.cache`, as `./configure -C` writes it), made
 * once per tree fixture and kept beside it, with configure's answers about cargo and Rust removed
 * so each run still looks for them. CPython's own CI configures with `--config-cache`; the tests
 * that configure a copy of the tree seed it with this, which turns a minute of compiler checks into
 * seconds without changing what configure decides about Rust.
 */
export const cpythonConfigCache: () => Promise<string> = onceRetrying(async () => {
  const tree = await cpythonTree();
  const seed = join(tree.root, "config.cache.seed");
  if (existsSync(seed)) return seed;
  const scratch = mkdtempSync(join(tree.root, ".seed-"));
  try {
    await copyCpythonSource(scratch);
    await execFileAsync("./configure", ["-C"], { cwd: scratch, timeout: 600_000, maxBuffer: 64 << 20 });
    const text = forgetRustInConfigCache(readFileSync(join(scratch, "config.cache"), "utf8"), process.env);
    writeFileSync(join(scratch, "config.cache.seed"), text);
    renameSync(join(scratch, "config.cache.seed"), seed);
    return seed;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

/** Puts the seeded autoconf cache where `configure -C` run in `dir` reads it. */
export async function seedConfigCache(dir: string): Promise<void> {
  copyFileSync(await cpythonConfigCache(), join(dir, "config.cache"));
}
