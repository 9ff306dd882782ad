// Parsing and validating a v2 channel manifest (`channel-rust-<channel>.toml`), following rustup's
// `src/dist/manifest.rs`: only manifest-version "2", unknown keys ignored, a package whose `target` table has the
// single key "*" matches every target, a url is usable only together with its hash, `available = false` wins.
import { parse, TomlError, type TomlTable } from "smol-toml";
import { ManifestError } from "./errors.js";

export interface ComponentRef {
  pkg: string;
  /** a target triple, or "*" for target-independent packages such as rust-src */
  target: string;
}

export interface TargetedPackage {
  available: boolean;
  gz?: { url: string; hash: string };
  xz?: { url: string; hash: string };
  components: ComponentRef[];
  extensions: ComponentRef[];
}

export interface ManifestPackage {
  version?: string;
  targets: Map<string, TargetedPackage>;
}

export interface ChannelManifest {
  date: string;
  packages: Map<string, ManifestPackage>;
  /** user-facing name → package name, e.g. clippy → clippy-preview */
  renames: Map<string, string>;
  profiles: Map<string, string[]>;
}

function table(value: unknown): TomlTable | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as TomlTable)
    : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function refs(value: unknown, where: string): ComponentRef[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ManifestError(`${where} must be an array of tables`);
  return value.map((item, i) => {
    const t = table(item);
    const pkg = str(t?.pkg);
    const target = str(t?.target);
    if (!pkg || !target) throw new ManifestError(`${where}[${i}] needs string keys 'pkg' and 'target'`);
    return { pkg, target };
  });
}

function targeted(value: TomlTable, where: string): TargetedPackage {
  const available = value.available === true;
  const pair = (urlKey: string, hashKey: string) => {
    const url = str(value[urlKey]);
    const hash = str(value[hashKey]);
    return available && url && hash ? { url, hash: hash.toLowerCase() } : undefined;
  };
  const gz = pair("url", "hash");
  const xz = pair("xz_url", "xz_hash");
  return {
    available,
    ...(gz ? { gz } : {}),
    ...(xz ? { xz } : {}),
    components: refs(value.components, `${where}.components`),
    extensions: refs(value.extensions, `${where}.extensions`),
  };
}

/** Parses and validates a channel manifest; `source` (a URL or path) goes into every error message. */
export function parseChannelManifest(text: string, source: string): ChannelManifest {
  let doc: TomlTable;
  try {
    doc = parse(text);
  } catch (error) {
    const detail = error instanceof TomlError ? error.message.split("\n")[0] : String(error);
    throw new ManifestError(`the channel manifest from ${source} is not valid TOML: ${detail}`);
  }
  const version = doc["manifest-version"];
  if (version !== "2") {
    throw new ManifestError(
      `the channel manifest from ${source} has manifest-version ${JSON.stringify(version)}; only "2" is supported`,
    );
  }
  const date = str(doc.date);
  if (!date) throw new ManifestError(`the channel manifest from ${source} has no 'date'`);

  const packages = new Map<string, ManifestPackage>();
  for (const [name, raw] of Object.entries(table(doc.pkg) ?? {})) {
    const pkgTable = table(raw);
    if (!pkgTable) continue;
    const targets = new Map<string, TargetedPackage>();
    for (const [target, t] of Object.entries(table(pkgTable.target) ?? {})) {
      const tt = table(t);
      if (tt) targets.set(target, targeted(tt, `pkg.${name}.target.${target}`));
    }
    const pkgVersion = str(pkgTable.version);
    packages.set(name, { ...(pkgVersion ? { version: pkgVersion } : {}), targets });
  }

  const renames = new Map<string, string>();
  for (const [from, raw] of Object.entries(table(doc.renames) ?? {})) {
    const to = str(table(raw)?.to);
    if (!to || !packages.has(to)) {
      throw new ManifestError(
        `server sent a broken manifest (${source}): missing package for the target of a rename ${from}`,
      );
    }
    renames.set(from, to);
  }

  const profiles = new Map<string, string[]>();
  for (const [name, raw] of Object.entries(table(doc.profiles) ?? {})) {
    if (Array.isArray(raw) && raw.every((x) => typeof x === "string")) profiles.set(name, raw as string[]);
  }

  // rustup rejects a manifest whose rust package points at packages it does not describe.
  for (const [host, t] of packages.get("rust")?.targets ?? []) {
    for (const ref of [...t.components, ...t.extensions]) {
      if (!packages.get(ref.pkg)?.targets.has(ref.target)) {
        throw new ManifestError(
          `server sent a broken manifest (${source}): pkg.rust.target.${host} lists ${ref.pkg} for ${ref.target}, ` +
            `which has no [pkg.${ref.pkg}.target.${ref.target}] table`,
        );
      }
    }
  }
  return { date, packages, renames, profiles };
}

/** The package's entry for a target, honouring the wildcard rule (a lone "*" key matches every target). */
export function packageForTarget(pkg: ManifestPackage, target: string): TargetedPackage | undefined {
  const keys = [...pkg.targets.keys()];
  if (keys.length === 1 && keys[0] === "*") return pkg.targets.get("*");
  return pkg.targets.get(target);
}

/** `rustc --version` tail of the release, e.g. "1.95.0 (59807616e 2026-04-14)". */
export function rustVersion(manifest: ChannelManifest): string | undefined {
  return manifest.packages.get("rust")?.version;
}
