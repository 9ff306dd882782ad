import { envPart, fileIdentity, isScript, realFile } from "@oxidize/core";
import { exeSuffix, pathApi } from "../install/platform.js";
import { nodeResolveFs, startDirectory } from "../resolve/fs.js";
import { toolHomes } from "../setup/environment.js";
import { envValue, type HostContext } from "./find-tool.js";

/** A rustup proxy or rustup itself: `rustc` and `cargo` are links to the one rustup binary. */
function isRustupName(name: string): boolean {
  return name === "rustup" || name === "rustup-init";
}

function programName(path: string, platform: NodeJS.Platform): string {
  const name = pathApi(platform).basename(path).toLowerCase();
  return name.endsWith(".exe") ? name.slice(0, -4) : name;
}

/**
 * Every directory rustup looks for toolchain files in (and cargo for `.cargo/config.toml`), nearest
 * first: from `cwd` with its symlinks resolved (their `getcwd`, as rustup's findToolchainFile
 * starts) up to the root.
 */
export async function upwardDirectories(cwd: string, platform: NodeJS.Platform): Promise<string[]> {
  const api = pathApi(platform);
  const dirs = [await startDirectory(nodeResolveFs, api.resolve(cwd))];
  for (let dir = dirs[0] as string; api.dirname(dir) !== dir; ) {
    dir = api.dirname(dir);
    dirs.push(dir);
  }
  return dirs;
}

/** The Rust tools whose answers are kept: rustc's probes, cargo metadata. */
export type RustTool = "rustc" | "cargo";

/**
 * What decides the answers of the `tool` at `path` run from `cwd` (`rustc -vV`, `cargo metadata`),
 * as a key, and whether it is a rustup proxy; undefined when files cannot decide it (a script, or
 * a wrapper that is neither the tool nor rustup), and the program must be asked every time.
 *
 * A binary of the tool answers for itself: its identity is the key. A rustup proxy answers for the
 * toolchain rustup selects, so the key holds every input of that choice (rustup's documented
 * order): RUSTUP_* variables, the homes, `settings.toml` (default toolchain, directory
 * overrides) and the toolchain files in `cwd` and its parents. The selected toolchain's own
 * binary is checked by the caller (sysrootTool), which catches an update in place
 * (`rustup update` keeps the directory, replaces the files).
 */
export async function rustToolIdentity(
  path: string,
  tool: RustTool,
  ctx: HostContext & { cwd: string },
): Promise<{ key: string; proxy: boolean } | undefined> {
  const real = await realFile(path);
  if (real === undefined || (await isScript(real.path))) return undefined;
  const api = pathApi(ctx.platform);
  const name = programName(real.path, ctx.platform);
  const sibling = await realFile(api.join(api.dirname(path), `rustup${exeSuffix(ctx.platform)}`));
  const proxy = isRustupName(name) || (sibling !== undefined && sibling.identity === real.identity);
  if (!proxy && name !== tool) return undefined;
  const parts = [path, real.path, real.identity];
  if (proxy) {
    const home = envValue(ctx.env, ctx.platform === "win32" ? "USERPROFILE" : "HOME", ctx.platform) ?? "";
    const { rustupHome } = toolHomes(ctx.env, home);
    const upper = (n: string) => n.toUpperCase();
    parts.push(
      ...envPart(
        ctx.env,
        (n) => upper(n).startsWith("RUSTUP_") || ["CARGO_HOME", "HOME", "USERPROFILE"].includes(upper(n)),
      ),
      `cwd=${api.resolve(ctx.cwd)}`,
    );
    const files = [api.join(rustupHome, "settings.toml")];
    if (ctx.platform !== "win32") files.push("/etc/rustup/settings.toml");
    for (const dir of await upwardDirectories(ctx.cwd, ctx.platform))
      files.push(api.join(dir, "rust-toolchain"), api.join(dir, "rust-toolchain.toml"));
    const identities = await Promise.all(files.map(fileIdentity));
    parts.push(...files.map((file, i) => `${file}=${identities[i]}`));
  }
  return { key: JSON.stringify(parts), proxy };
}

/** A tool inside a sysroot, whose identity tells whether the toolchain changed in place. */
export function sysrootTool(sysroot: string, tool: RustTool, platform: NodeJS.Platform): string {
  return pathApi(platform).join(sysroot, "bin", `${tool}${exeSuffix(platform)}`);
}
