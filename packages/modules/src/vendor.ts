/**
 * Building from a vendor directory (what `cargo vendor` writes, kept outside the tree as CPython
 * plans for its Rust dependencies): checked against Cargo.lock before cargo runs, handed to cargo
 * as a source replacement on the command line (the user's tree is not edited), and the build's
 * offline claim proven afterwards by the registry areas of CARGO_HOME staying as they were.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { monotonicMs } from "@oxidize/core";
import { parse as parseToml } from "smol-toml";
import { ModulesConfigError } from "./errors.js";

/** The vendor directory does not hold what Cargo.lock locks: a user error naming crate and file. */
export class VendorError extends ModulesConfigError {}

export interface LockedCrate {
  name: string;
  version: string;
  /** Cargo.lock's `checksum`, absent for git sources. */
  checksum?: string;
}

export interface VendorCheck {
  dir: string;
  /** Crates of Cargo.lock found in the directory, and their files hashed. */
  crates: number;
  files: number;
  seconds: number;
}

/** The check, and whether the build that followed left CARGO_HOME's download areas untouched. */
export interface VendorReport extends VendorCheck {
  offline: { proven: boolean; cargoHome: string; added: string[] };
}

/** Files hashed at once. */
const HASH_BATCH = 32;

/** The source name the replacement uses on cargo's command line. */
const VENDOR_SOURCE = "oxidize-vendored";

/** `--frozen` (locked and offline) and crates-io replaced by the directory, for `cargo build`. */
export function vendorCargoArgs(dir: string): string[] {
  // A TOML basic string: JSON's escapes are valid in it, so any path survives.
  return [
    "--frozen",
    "--config",
    `source.crates-io.replace-with=${JSON.stringify(VENDOR_SOURCE)}`,
    "--config",
    `source.${VENDOR_SOURCE}.directory=${JSON.stringify(dir)}`,
  ];
}

/** Every package of Cargo.lock that comes from a registry or git, i.e. what must be vendored. */
export function lockedCrates(lockText: string, lockPath: string): LockedCrate[] {
  let data: unknown;
  try {
    data = parseToml(lockText);
  } catch (error) {
    throw new VendorError(
      `${lockPath} is not a valid Cargo.lock (${(error as Error).message.split("\n")[0]}).`,
    );
  }
  const raw = (data as { package?: unknown }).package;
  const crates: LockedCrate[] = [];
  for (const entry of Array.isArray(raw) ? (raw as Array<Record<string, unknown>>) : []) {
    const { name, version, source, checksum } = entry;
    if (typeof name !== "string" || typeof version !== "string" || typeof source !== "string") continue;
    crates.push(typeof checksum === "string" ? { name, version, checksum } : { name, version });
  }
  return crates;
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** `<name>-<version>/` (cargo vendor --versioned-dirs), else `<name>/` holding that version. */
async function crateDir(vendorDir: string, crate: LockedCrate): Promise<string | undefined> {
  const versioned = join(vendorDir, `${crate.name}-${crate.version}`);
  if (await isDirectory(versioned)) return versioned;
  const plain = join(vendorDir, crate.name);
  const manifest = await readFile(join(plain, "Cargo.toml"), "utf8").catch(() => undefined);
  if (manifest === undefined) return undefined;
  try {
    const pkg = (parseToml(manifest) as { package?: { version?: unknown } }).package;
    return pkg?.version === crate.version ? plain : undefined;
  } catch {
    return undefined;
  }
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    // Loaded on use: only a build from a vendor directory hashes files.
    const hash = process.getBuiltinModule("node:crypto").createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolvePromise(hash.digest("hex")));
  });
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

interface ChecksumFile {
  package: string | null;
  files: Record<string, string>;
}

async function readChecksums(dir: string, crate: LockedCrate, shown: string): Promise<ChecksumFile> {
  const file = `${shown}/.cargo-checksum.json`;
  const text = await readFile(join(dir, ".cargo-checksum.json"), "utf8").catch(() => undefined);
  if (text === undefined) {
    throw new VendorError(
      `vendor-dir: ${file} is missing, so ${crate.name} ${crate.version} cannot be verified. Re-vendor the dependencies (cargo vendor).`,
    );
  }
  try {
    const data = JSON.parse(text) as Partial<ChecksumFile>;
    if (typeof data.files !== "object" || data.files === null) throw new Error("no files map");
    return { package: typeof data.package === "string" ? data.package : null, files: data.files };
  } catch (error) {
    throw new VendorError(
      `vendor-dir: ${file} is not cargo's checksum file (${(error as Error).message}). Re-vendor the dependencies (cargo vendor).`,
    );
  }
}

/** One crate: present, the package the lock file names, and every file as vendored. */
async function verifyCrate(vendorDir: string, crate: LockedCrate): Promise<number> {
  const dir = await crateDir(vendorDir, crate);
  const label = `${crate.name} ${crate.version}`;
  if (!dir) {
    throw new VendorError(
      `vendor-dir: crate ${label}, locked in Cargo.lock, is missing (no ${crate.name}-${crate.version}/ in ${vendorDir}). ` +
        "Re-vendor the dependencies (cargo vendor --versioned-dirs) or restore that directory.",
    );
  }
  const shown = relative(vendorDir, dir);
  const sums = await readChecksums(dir, crate, shown);
  if (crate.checksum !== undefined && sums.package !== crate.checksum) {
    throw new VendorError(
      `vendor-dir: ${shown}/.cargo-checksum.json says ${label} is package ${sums.package ?? "(none)"}, but Cargo.lock locks ${crate.checksum}: ` +
        "the vendored crate is not the one locked. Vendor again from the same sources, or update Cargo.lock with them.",
    );
  }
  const listed = new Set(Object.keys(sums.files));
  const present = new Set(await listFiles(dir));
  for (const file of [...present].sort()) {
    if (file !== ".cargo-checksum.json" && !listed.has(file)) {
      throw new VendorError(
        `vendor-dir: ${shown}/${file} of ${label} is not listed in its .cargo-checksum.json (added after vendoring). Remove it or re-vendor.`,
      );
    }
  }
  const entries = Object.entries(sums.files).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [file] of entries) {
    if (!present.has(file)) {
      throw new VendorError(
        `vendor-dir: ${shown}/${file} of ${label} is listed in its .cargo-checksum.json but missing. Restore it or re-vendor.`,
      );
    }
  }
  // A few files at a time: a crate such as windows-sys has thousands, more than a process may open.
  for (let i = 0; i < entries.length; i += HASH_BATCH) {
    const batch = entries.slice(i, i + HASH_BATCH);
    const actual = await Promise.all(batch.map(([file]) => sha256File(join(dir, file))));
    const changed = batch.find(([, expected], k) => actual[k] !== expected);
    if (changed) {
      throw new VendorError(
        `vendor-dir: ${shown}/${changed[0]} of ${label} does not match its checksum in .cargo-checksum.json (changed after vendoring). ` +
          "Restore it or re-vendor the dependencies.",
      );
    }
  }
  return listed.size;
}

/**
 * Checks that `vendorDir` holds every crate Cargo.lock locks, as vendored: the one-line error names
 * the crate and, for a changed, added or missing file, the file. Cargo checks the same at build time,
 * but stops at the first crate with a message that names neither the fix nor the input.
 */
export async function verifyVendorDir(vendorDir: string, workspaceRoot: string): Promise<VendorCheck> {
  const started = monotonicMs();
  if (!(await isDirectory(vendorDir))) {
    throw new VendorError(
      `Input 'vendor-dir': ${vendorDir} is not a directory. Point it at the output of cargo vendor.`,
    );
  }
  const lockPath = join(workspaceRoot, "Cargo.lock");
  const lockText = await readFile(lockPath, "utf8").catch(() => undefined);
  if (lockText === undefined) {
    throw new VendorError(
      `Input 'vendor-dir' needs the workspace's Cargo.lock (${lockPath} is missing): commit the lock file the vendor directory was made from.`,
    );
  }
  const crates = lockedCrates(lockText, lockPath);
  let files = 0;
  for (const crate of crates) files += await verifyCrate(vendorDir, crate);
  return { dir: vendorDir, crates: crates.length, files, seconds: (monotonicMs() - started) / 1000 };
}

/** Where cargo keeps what it downloads: a fully offline build adds nothing there. */
export const DOWNLOAD_AREAS = ["registry/index", "registry/cache", "registry/src", "git/db"] as const;

/** The entries (two levels deep) of CARGO_HOME's download areas. */
export async function downloadSnapshot(cargoHome: string): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const area of DOWNLOAD_AREAS) {
    const top = await readdir(join(cargoHome, area)).catch(() => [] as string[]);
    for (const name of top) {
      seen.add(`${area}/${name}`);
      const inner = await readdir(join(cargoHome, area, name)).catch(() => [] as string[]);
      for (const child of inner) seen.add(`${area}/${name}/${child}`);
    }
  }
  return seen;
}

/** What appeared in the download areas between two snapshots. */
export function downloadsAdded(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  return [...after].filter((entry) => !before.has(entry)).sort();
}
