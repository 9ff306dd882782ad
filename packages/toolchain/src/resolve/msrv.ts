// The project's minimum supported Rust version (Cargo's `rust-version`) and whether a resolved
// toolchain meets it, decided before anything is downloaded.

import { parse as parseToml } from "smol-toml";
import { ToolchainResolutionError } from "./errors.js";
import { nodeResolveFs, type ResolveFs, readUtf8 } from "./fs.js";
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

async function readManifest(file: string, fs: ResolveFs): Promise<Table | undefined> {
  const text = await readUtf8(fs, file);
  if (text === undefined) return undefined;
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
    const manifest = await readManifest(file, fs);
    if (!manifest || !isTable(manifest["workspace"])) continue;
    const wsPkg = manifest["workspace"]["package"];
    const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
    return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
  }
  return undefined;
}

/**
 * `rust-version` from `<directory>/Cargo.toml` (or the nearest one above with `walkUp`): `package.rust-version`, following
 * `rust-version.workspace = true` to the workspace root, or `workspace.package.rust-version` of a
 * virtual manifest. `undefined` when there is no Cargo.toml or no rust-version.
 */
export async function readMsrv(directory: string, options: ReadOptions = {}): Promise<Msrv | undefined> {
  const fs = options.fs ?? nodeResolveFs;
  const flavor = options.pathFlavor ?? currentPathFlavor();
  const p = pathApi(flavor);
  let dir = p.resolve(directory);
  let file = p.join(dir, "Cargo.toml");
  let manifest = await readManifest(file, fs);
  while (!manifest && options.walkUp && p.dirname(dir) !== dir) {
    dir = p.dirname(dir);
    file = p.join(dir, "Cargo.toml");
    manifest = await readManifest(file, fs);
  }
  if (!manifest) return undefined;
  const pkg = manifest["package"];
  if (isTable(pkg) && pkg["rust-version"] !== undefined) {
    const value = pkg["rust-version"];
    if (isTable(value) && value["workspace"] === true) {
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
    const wsPkg = manifest["workspace"]["package"];
    const version = isTable(wsPkg) ? wsPkg["rust-version"] : undefined;
    return version === undefined ? undefined : checked(version, file, "workspace.package.rust-version");
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
  const manifest = await readManifest(file, fs);
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
