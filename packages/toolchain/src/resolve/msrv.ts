// The project's minimum supported Rust version (Cargo's `rust-version`) and whether a resolved
// toolchain meets it, decided before anything is downloaded.

import { ToolchainResolutionError } from "./errors.js";
import { nodeResolveFs, type ResolveFs, readUtf8, startDirectory } from "./fs.js";
import { currentPathFlavor, type PathFlavor } from "./path-flavor.js";
import type { ResolvedToolchain } from "./resolve-toolchain.js";
import { pathApi } from "./toolchain-file.js";

export interface Msrv {
  /** As written, e.g. `1.85` or `1.85.1`. */
  version: string;
  /** The Cargo.toml that declares it. */
  file: string;
  key: "package.rust-version" | "workspace.package.rust-version";
}

export interface MsrvCheck {
  /** `unknown` for floating channels and path toolchains: only the installed rustc can tell. */
  status: "satisfied" | "violated" | "unknown";
  message: string;
  error?: ToolchainResolutionError;
}

// Cargo accepts `major.minor[.patch]` and nothing else (no pre-release, no operators).
const RUST_VERSION_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/;

interface ReadOptions {
  fs?: ResolveFs;
  pathFlavor?: PathFlavor;
  /** Use the nearest Cargo.toml in `directory` or above, as cargo does when run there. */
  walkUp?: boolean;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === "object" && v !== null && !Array.isArray(v);

/** A Cargo.toml's table (a byte-order mark skipped, as cargo does); undefined when it cannot be read. */
export async function readCargoManifest(
  file: string,
  fs: ResolveFs = nodeResolveFs,
): Promise<Table | undefined> {
  const text = await readUtf8(fs, file);
  if (text === undefined) return undefined;
  // Loaded when there is a manifest to read: a tree without one (CPython's root) never needs the parser.
  const { parse: parseToml } = await import("smol-toml");
  try {
    return parseToml(text.startsWith("\ufeff") ? text.slice(1) : text) as Table;
  } catch (error) {
    throw new ToolchainResolutionError(
      "invalid-msrv",
      `could not parse ${file}: ${(error as Error).message.split("\n")[0]}`,
      { file, help: "fix the TOML syntax of Cargo.toml (cargo would reject it too)" },
    );
  }
}

function checked(version: unknown, file: string, key: Msrv["key"]): Msrv {
  if (typeof version !== "string" || !RUST_VERSION_RE.test(version)) {
    throw new ToolchainResolutionError(
      "invalid-msrv",
      `invalid ${key} ${JSON.stringify(version)} in ${file}`,
      { file, help: `write ${key.split(".").pop()} = "1.85" (major.minor or major.minor.patch)` },
    );
  }
  return { version, file, key };
}

async function workspaceRustVersion(
  memberDir: string,
  member: Table,
  fs: ResolveFs,
  flavor: PathFlavor,
): Promise<Msrv | undefined> {
  const p = pathApi(flavor);
  const pkg = isTable(member["package"]) ? member["package"] : {};
  const candidates: string[] = [];
  // Cargo: an explicit `package.workspace` path names the root; otherwise the nearest ancestor with [workspace].
  if (typeof pkg["workspace"] === "string") {
    candidates.push(p.join(p.resolve(memberDir, pkg["workspace"]), "Cargo.toml"));
  } else {
    for (let dir = p.dirname(p.resolve(memberDir)); ; dir = p.dirname(dir)) {
      candidates.push(p.join(dir, "Cargo.toml"));
      if (p.dirname(dir) === dir) break;
    }
  }
  for (const file of candidates) {
    const manifest = await readCargoManifest(file, fs);
    if (!manifest || !isTable(manifest["workspace"])) continue;
    const wsPkg = manifest["workspace"]["package"];
    const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
    return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
  }
  return undefined;
}

const inherits = (value: unknown) => isTable(value) && value["workspace"] === true;

/**
 * The directories a `workspace.members` entry names; cargo expands glob patterns (`crates/*`) one
 * path part at a time. The one expansion: MSRV reading and module discovery both use it.
 */
export async function expandWorkspaceMember(
  root: string,
  pattern: string,
  fs: ResolveFs = nodeResolveFs,
  p: ReturnType<typeof pathApi> = pathApi(currentPathFlavor()),
): Promise<string[]> {
  // Loaded on use: only a workspace that lists members needs it, never a tool-cache hit.
  const { default: picomatch } = await import("picomatch");
  let dirs = [root];
  for (const part of pattern.split(/[\\/]/).filter((s) => s !== "" && s !== ".")) {
    if (!picomatch.scan(part).isGlob) {
      dirs = dirs.map((dir) => p.join(dir, part));
      continue;
    }
    const isMatch = picomatch(part, { dot: true });
    const next: string[] = [];
    for (const dir of dirs) {
      for (const entry of (await fs.readDir?.(dir)) ?? []) if (isMatch(entry)) next.push(p.join(dir, entry));
    }
    dirs = next;
  }
  return dirs;
}

function newer(a: Msrv, b: Msrv | undefined): boolean {
  if (!b) return true;
  const [aMaj, aMin, aPatch = 0] = parts(a.version)!;
  const [bMaj, bMin, bPatch = 0] = parts(b.version)!;
  return aMaj !== bMaj ? aMaj > bMaj : aMin !== bMin ? aMin > bMin : aPatch > bPatch;
}

/**
 * A virtual workspace has no rust-version of its own: cargo checks each member against the one
 * that member declares, and `workspace.package.rust-version` only for members that inherit it
 * (`rust-version.workspace = true`). A cargo command at the root builds the default members (all
 * members unless `default-members` says otherwise), so it needs the highest of theirs.
 */
async function virtualWorkspaceMsrv(
  root: string,
  file: string,
  workspace: Table,
  fs: ResolveFs,
  p: ReturnType<typeof pathApi>,
): Promise<Msrv | undefined> {
  const wsPkg = workspace["package"];
  const shared = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
  const list = (key: string) =>
    Array.isArray(workspace[key]) ? (workspace[key] as unknown[]).filter((m) => typeof m === "string") : [];
  const excluded = list("exclude").map((e) => p.resolve(root, e));
  const isExcluded = (dir: string) => excluded.some((e) => dir === e || dir.startsWith(e + p.sep));
  let highest: Msrv | undefined;
  // A cargo command at the root builds `default-members` when the workspace names them.
  const built = workspace["default-members"] !== undefined ? list("default-members") : list("members");
  for (const pattern of built) {
    for (const dir of await expandWorkspaceMember(root, pattern, fs, p)) {
      if (isExcluded(dir)) continue;
      const memberFile = p.join(dir, "Cargo.toml");
      const pkg = (await readCargoManifest(memberFile, fs))?.["package"];
      const value = isTable(pkg) ? pkg["rust-version"] : undefined;
      if (value === undefined) continue;
      const msrv = inherits(value)
        ? shared === undefined
          ? undefined
          : checked(shared, file, "workspace.package.rust-version")
        : checked(value, memberFile, "package.rust-version");
      if (msrv && newer(msrv, highest)) highest = msrv;
    }
  }
  return highest;
}

/**
 * `rust-version` from `<directory>/Cargo.toml` (or the nearest one above with `walkUp`): `package.rust-version`, following
 * `rust-version.workspace = true` to the workspace root, or for a virtual manifest the highest
 * rust-version among its members. `undefined` when there is no Cargo.toml or no rust-version.
 * The walk starts from the real path of `directory`, as cargo's `getcwd` does.
 */
export async function readMsrv(directory: string, options: ReadOptions = {}): Promise<Msrv | undefined> {
  const fs = options.fs ?? nodeResolveFs;
  const flavor = options.pathFlavor ?? currentPathFlavor();
  const p = pathApi(flavor);
  let dir = options.walkUp ? await startDirectory(fs, p.resolve(directory)) : p.resolve(directory);
  let file = p.join(dir, "Cargo.toml");
  let manifest = await readCargoManifest(file, fs);
  while (!manifest && options.walkUp && p.dirname(dir) !== dir) {
    dir = p.dirname(dir);
    file = p.join(dir, "Cargo.toml");
    manifest = await readCargoManifest(file, fs);
  }
  if (!manifest) return undefined;
  const pkg = manifest["package"];
  if (isTable(pkg) && pkg["rust-version"] !== undefined) {
    const value = pkg["rust-version"];
    if (inherits(value)) {
      if (isTable(manifest["workspace"])) {
        const wsPkg = manifest["workspace"]["package"];
        const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
        return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
      }
      return workspaceRustVersion(dir, manifest, fs, flavor);
    }
    return checked(value, file, "package.rust-version");
  }
  if (!isTable(pkg) && isTable(manifest["workspace"])) {
    return virtualWorkspaceMsrv(dir, file, manifest["workspace"], fs, p);
  }
  return undefined;
}

/**
 * `workspace.package.rust-version` of `<directory>/Cargo.toml`: the floor a workspace sets for
 * every member that inherits it. `undefined` when there is no such manifest or key.
 */
export async function readWorkspaceMsrv(
  directory: string,
  options: ReadOptions = {},
): Promise<Msrv | undefined> {
  const fs = options.fs ?? nodeResolveFs;
  const p = pathApi(options.pathFlavor ?? currentPathFlavor());
  const file = p.join(p.resolve(directory), "Cargo.toml");
  const manifest = await readCargoManifest(file, fs);
  if (!manifest || !isTable(manifest["workspace"])) return undefined;
  const wsPkg = manifest["workspace"]["package"];
  const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
  return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
}

function parts(version: string): [number, number, number | undefined] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])] : undefined;
}

/**
 * Compare a resolved toolchain with the MSRV. Only numeric channels can be judged before install:
 * `1.85.0` and `1.85.0-beta.2` by their release (a beta counts as its release, like cargo does),
 * `1.85` as "some 1.85.x". Floating names and paths give `unknown` with a note.
 */
export function checkMsrv(resolved: ResolvedToolchain, msrv: Msrv | string): MsrvCheck {
  const m: Msrv = typeof msrv === "string" ? checked(msrv, "the msrv setting", "package.rust-version") : msrv;
  const where = typeof msrv === "string" ? "" : ` (${m.key} in ${m.file})`;
  const wanted = parts(m.version)!;
  const channelVersion = /^(\d+\.\d+(?:\.\d+)?)(?:-beta(?:\.\d+)?)?$/.exec(resolved.channel)?.[1];
  const have = channelVersion === undefined ? undefined : parts(channelVersion);
  if (resolved.kind === "path" || !have) {
    return {
      status: "unknown",
      message: `MSRV ${m.version}${where} cannot be checked against '${resolved.toolchain}' before it is installed; compare with \`rustc --version\` afterwards`,
    };
  }
  const [wMaj, wMin, wPatch = 0] = wanted;
  const [hMaj, hMin, hPatch] = have;
  const cmp = hMaj !== wMaj ? hMaj - wMaj : hMin - wMin;
  if (cmp === 0 && hPatch === undefined && wPatch > 0) {
    return {
      status: "unknown",
      message: `'${resolved.toolchain}' follows the newest ${hMaj}.${hMin}.x, which meets MSRV ${m.version}${where} only if ${hMaj}.${hMin}.${wPatch} or later has been released`,
    };
  }
  const below = cmp < 0 || (cmp === 0 && (hPatch ?? 0) < wPatch);
  if (!below) {
    return { status: "satisfied", message: `'${resolved.toolchain}' meets MSRV ${m.version}${where}` };
  }
  const error = new ToolchainResolutionError(
    "below-msrv",
    `toolchain '${resolved.toolchain}' (Rust ${channelVersion}) is older than the project's MSRV ${m.version}${where}`,
    {
      help: `use Rust ${m.version} or newer, or lower rust-version if the project really builds with ${channelVersion}`,
      ...(typeof msrv !== "string" && { file: m.file }),
    },
  );
  return { status: "violated", message: error.rustupMessage, error };
}
