// Installing one component from an unpacked rust-installer package into the toolchain prefix, without install.sh:
// check `rust-installer-version` is 3, find the component's directory as rustup does (`<pkg>-<target>` first, then
// `<pkg>`), and move exactly what `<component>/manifest.in` lists (`file:` and `dir:` lines) into place.
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { CorruptArchiveError, UnsafeArchiveError } from "./errors.js";
import type { PlannedPackage } from "./plan.js";

export interface InstalledComponent {
  componentId: string;
  pkg: string;
  target: string;
  /** the manifest.in lines that were installed, e.g. "file:bin/rustc" */
  lines: string[];
}

async function readText(file: string, archive: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new CorruptArchiveError(`${archive} is not a rust-installer package: it has no ${what}`);
  }
}

/** A `manifest.in` path must stay below the prefix, like an archive entry. */
export function checkManifestPath(rel: string, archive: string): string[] {
  const parts = rel.split("/").filter((p) => p !== "" && p !== ".");
  if (
    parts.length === 0 ||
    rel.startsWith("/") ||
    /^[A-Za-z]:/.test(rel) ||
    rel.includes("\\") ||
    parts.includes("..")
  ) {
    throw new UnsafeArchiveError(
      `refusing manifest.in path '${rel}' in ${archive}: it would leave the toolchain`,
    );
  }
  return parts;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** Moves a directory tree, merging into directories another component already created. */
async function moveTree(src: string, dst: string, conflict: (p: string) => Error): Promise<void> {
  if (!(await exists(dst))) {
    await mkdir(path.dirname(dst), { recursive: true });
    await rename(src, dst);
    return;
  }
  const [s, d] = await Promise.all([stat(src), stat(dst)]);
  if (!s.isDirectory() || !d.isDirectory()) throw conflict(dst);
  for (const name of await readdir(src)) {
    await moveTree(path.join(src, name), path.join(dst, name), conflict);
  }
}

export async function installComponent(
  pkgDir: string,
  prefix: string,
  planned: PlannedPackage,
  archive: string,
): Promise<InstalledComponent> {
  const version = (
    await readText(path.join(pkgDir, "rust-installer-version"), archive, "rust-installer-version")
  ).trim();
  if (version !== "3") {
    throw new CorruptArchiveError(
      `${archive} has unsupported rust-installer-version ${version} (expected 3)`,
    );
  }
  const listed = (await readText(path.join(pkgDir, "components"), archive, "components file"))
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const dirName = [`${planned.pkg}-${planned.target}`, planned.pkg].find((c) => listed.includes(c));
  if (!dirName) {
    throw new CorruptArchiveError(
      `${archive} does not contain component ${planned.pkg} (it lists: ${listed.join(", ") || "nothing"})`,
    );
  }
  const componentDir = path.join(pkgDir, dirName);
  const lines = (await readText(path.join(componentDir, "manifest.in"), archive, `${dirName}/manifest.in`))
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const conflict = (p: string) =>
    new CorruptArchiveError(
      `component ${planned.componentId} from ${archive} would overwrite ${path.relative(prefix, p)}, ` +
        "which another component already installed",
    );
  for (const line of lines) {
    const colon = line.indexOf(":");
    const kind = line.slice(0, colon);
    const rel = line.slice(colon + 1);
    if (kind !== "file" && kind !== "dir") {
      throw new CorruptArchiveError(`${archive}: unknown line '${line}' in ${dirName}/manifest.in`);
    }
    const parts = checkManifestPath(rel, archive);
    const src = path.join(componentDir, ...parts);
    const dst = path.join(prefix, ...parts);
    if (!(await exists(src))) {
      throw new CorruptArchiveError(
        `${archive}: ${dirName}/manifest.in lists ${rel}, which the archive does not contain`,
      );
    }
    if (kind === "file") {
      if (await exists(dst)) throw conflict(dst);
      await mkdir(path.dirname(dst), { recursive: true });
      await rename(src, dst);
    } else {
      await moveTree(src, dst, conflict);
    }
  }
  const rustlib = path.join(prefix, "lib", "rustlib");
  await mkdir(rustlib, { recursive: true });
  await writeFile(path.join(rustlib, `manifest-${planned.componentId}`), lines.map((l) => `${l}\n`).join(""));
  return { componentId: planned.componentId, pkg: planned.pkg, target: planned.target, lines };
}

/** The files rustup keeps in `lib/rustlib/` so that a later `rustup` sees an ordinary installed toolchain. */
export async function writeRustupMetadata(
  prefix: string,
  components: readonly InstalledComponent[],
  manifestText: string,
): Promise<void> {
  const rustlib = path.join(prefix, "lib", "rustlib");
  await mkdir(rustlib, { recursive: true });
  const config = ['config_version = "1"', ""];
  for (const c of components) {
    config.push("[[components]]", `pkg = "${c.pkg}"`);
    if (c.target !== "*") config.push(`target = "${c.target}"`);
    config.push("is_extension = false", "");
  }
  await Promise.all([
    writeFile(path.join(rustlib, "rust-installer-version"), "3\n"),
    writeFile(path.join(rustlib, "components"), components.map((c) => `${c.componentId}\n`).join("")),
    writeFile(path.join(rustlib, "multirust-channel-manifest.toml"), manifestText),
    writeFile(path.join(rustlib, "multirust-config.toml"), config.join("\n")),
  ]);
}
