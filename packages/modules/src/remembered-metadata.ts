/**
 * `cargo metadata --no-deps` answered from the probe memo when nothing that decides it has
 * changed. On a build with nothing to rebuild that process (45–60 ms behind rustup's proxy here)
 * stands between the action's start and cargo build; a look-up is a few dozen stat calls.
 *
 * What decides the answer is in the key or checked against the kept entry:
 * - cargo: its own file, or for a rustup proxy every input of rustup's choice (rustToolIdentity)
 *   and the chosen toolchain's cargo (which catches `rustup update` in place);
 * - the variables cargo and rustup read (CARGO_*, RUSTUP_*, the homes);
 * - from metadata's directory up, each Cargo.toml (cargo looks upward for the workspace root) and
 *   `.cargo/config[.toml]`, and those in CARGO_HOME;
 * - named by the answer: each member's Cargo.toml and `src/lib.rs` (a library cargo finds without
 *   a `[lib]` table), and every directory the root's `members` globs list (a member added there).
 * Discovery reads only names, manifests, library targets, `[package.metadata]`, rust-version and
 * the root of the answer; those are what the files above decide.
 */
import { join, resolve } from "node:path";
import { type Env, envPart, fileIdentity, type Memo, realFile } from "@oxidize/core";
import {
  envValue,
  expandWorkspaceMember,
  nodeResolveFs,
  type ResolveFs,
  readCargoManifest,
  rustToolIdentity,
  sysrootTool,
  toolHomes,
  upwardDirectories,
} from "@oxidize/toolchain";

/** What build-rust-modules learnt of the toolchain: whose cargo a rustup proxy runs. */
export interface ProbedToolchain {
  /** Where rustc was asked from: rustup chose the toolchain for this directory. */
  cwd: string;
  rustc?: string;
  sysroot?: string;
}

export interface MetadataMemo {
  memo: Memo;
  platform: NodeJS.Platform;
  /** The toolchain's probe, awaited only to keep a new answer (it runs beside metadata). */
  probed: () => Promise<ProbedToolchain>;
}

/** A look-up: the kept answer, or how to keep the one cargo is about to give. */
export type MetadataLookup = { stdout: string } | { keep(stdout: string): Promise<void> };

interface KeptMetadata {
  stdout: string;
  /** Identities of the files and directories the answer names, by path. */
  named: Record<string, string>;
}

const KIND = "cargo-metadata";

/** Undefined when no key can be made (cargo is a script, say): cargo must be asked every time. */
export async function lookUpCargoMetadata(
  cargo: string,
  cwd: string,
  env: Env,
  { memo, platform, probed }: MetadataMemo,
): Promise<MetadataLookup | undefined> {
  const tool = await rustToolIdentity(cargo, "cargo", { env, platform, cwd });
  if (tool === undefined) return undefined;
  const home = envValue(env, platform === "win32" ? "USERPROFILE" : "HOME", platform) ?? "";
  const { cargoHome } = toolHomes(env, home);
  const files = [join(cargoHome, "config"), join(cargoHome, "config.toml")];
  for (const dir of await upwardDirectories(cwd, platform))
    files.push(join(dir, "Cargo.toml"), join(dir, ".cargo", "config"), join(dir, ".cargo", "config.toml"));
  const upper = (name: string) => name.toUpperCase();
  const key = JSON.stringify([
    tool.key,
    `cwd=${cwd}`,
    ...envPart(
      env,
      (n) =>
        upper(n).includes("CARGO") ||
        upper(n).startsWith("RUSTUP_") ||
        ["HOME", "USERPROFILE"].includes(upper(n)),
    ),
    ...Object.entries(await identities(files)).map(([path, identity]) => `${path}=${identity}`),
  ]);
  const kept = await memo.read<Partial<KeptMetadata>>(KIND, key);
  if (typeof kept?.stdout === "string" && isIdentities(kept.named) && (await unchanged(kept.named))) {
    return { stdout: kept.stdout };
  }
  return {
    async keep(stdout) {
      const named = await namedByAnswer(stdout).catch(() => undefined);
      if (named === undefined) return;
      if (tool.proxy) {
        // Only the toolchain probed from this very directory, through this same rustup, is known
        // to be the one the proxy ran.
        const { cwd: probedFrom, rustc, sysroot } = await probed();
        if (resolve(probedFrom) !== resolve(cwd) || rustc === undefined || sysroot === undefined) return;
        const [ours, theirs] = await Promise.all([realFile(cargo), realFile(rustc)]);
        if (ours === undefined || ours.identity !== theirs?.identity) return;
        const binary = sysrootTool(sysroot, "cargo", platform);
        named[binary] = await fileIdentity(binary);
        if (named[binary] === "absent") return;
      }
      await memo.write(KIND, key, { stdout, named } satisfies KeptMetadata);
    },
  };
}

function isIdentities(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string")
  );
}

/** Each path's identity now, by path. */
async function identities(paths: readonly string[]): Promise<Record<string, string>> {
  const found = await Promise.all(paths.map(fileIdentity));
  return Object.fromEntries(paths.map((path, i) => [path, found[i] as string]));
}

async function unchanged(named: Record<string, string>): Promise<boolean> {
  const now = await identities(Object.keys(named));
  return Object.entries(named).every(([path, identity]) => now[path] === identity);
}

/**
 * The files and directories the answer names, with their identities now; undefined when the
 * answer cannot be covered (a `**` glob walks more directories than can be listed here).
 */
async function namedByAnswer(stdout: string): Promise<Record<string, string> | undefined> {
  const data = JSON.parse(stdout) as {
    packages: Array<{ id: string; manifest_path: string }>;
    workspace_members: string[];
    workspace_root: string;
  };
  const members = new Set(data.workspace_members);
  const paths: string[] = [];
  for (const pkg of data.packages) {
    if (!members.has(pkg.id)) continue;
    paths.push(pkg.manifest_path, join(pkg.manifest_path, "..", "src", "lib.rs"));
  }
  const listed = await globDirectories(data.workspace_root);
  if (listed === undefined) return undefined;
  paths.push(...listed);
  return identities(paths);
}

/** Every directory the root manifest's `members` globs list; a new entry in one changes its identity. */
async function globDirectories(root: string): Promise<string[] | undefined> {
  const manifest = await readCargoManifest(join(root, "Cargo.toml"));
  if (manifest === undefined) return undefined;
  const workspace = manifest["workspace"] as { members?: unknown } | undefined;
  const patterns = Array.isArray(workspace?.members) ? workspace.members.map(String) : [];
  if (patterns.some((p) => p.includes("**"))) return undefined;
  const listed: string[] = [];
  const recording: ResolveFs = {
    ...nodeResolveFs,
    readDir(path) {
      listed.push(path);
      return nodeResolveFs.readDir?.(path) ?? Promise.resolve(undefined);
    },
  };
  for (const pattern of patterns) await expandWorkspaceMember(root, pattern, recording);
  return listed;
}
