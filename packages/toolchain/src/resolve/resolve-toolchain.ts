// Which toolchain setup-rust must provide, decided with rustup's precedence:
// the `toolchain` input (rustup's `+toolchain`) > RUSTUP_TOOLCHAIN > the nearest toolchain file > stable.

import { ToolchainResolutionError } from "./errors.js";
import { nodeResolveFs, type ResolveFs } from "./fs.js";
import { parseOverrideFile, type ToolchainSection } from "./override-file.js";
import { currentPathFlavor, type PathFlavor } from "./path-flavor.js";
import { validatePathToolchain } from "./path-toolchain.js";
import { type Profile, parseProfile } from "./profile.js";
import { type FoundToolchainFile, findToolchainFile } from "./toolchain-file.js";
import {
  classifyToolchainName,
  formatPartialToolchainDesc,
  formatToolchainDesc,
  hasTargetPartInDesc,
  isTrackingChannel,
  normalizeToolchainName,
  type PartialToolchainDesc,
  resolveToolchainDesc,
} from "./toolchain-name.js";

/** What the action's inputs say; every field optional, an empty `toolchain` means "not given". */
export interface ResolveToolchainInput {
  toolchain?: string;
  components?: readonly string[];
  targets?: readonly string[];
  profile?: string;
}

export interface ResolveToolchainOptions {
  input?: ResolveToolchainInput;
  /** Only `RUSTUP_TOOLCHAIN` is read (empty means unset, as in rustup 1.29). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the directory walk for toolchain files starts. */
  workingDirectory: string;
  /** The machine's Rust host triple, used to complete names like `stable` or `nightly-i686`. */
  host: string;
  fs?: ResolveFs;
  /** Path rules for absolute-path checks and the walk; defaults to the running OS. */
  pathFlavor?: PathFlavor;
  /** Profile when neither the input nor the file sets one (rustup's own default is `default`). */
  defaultProfile?: Profile;
}

export type ToolchainSource = "input" | "RUSTUP_TOOLCHAIN" | "toolchain-file" | "default";

export interface ResolvedToolchain {
  /** `official`: a rustup dist toolchain; `path`: an existing toolchain directory (nothing to install). */
  kind: "official" | "path";
  /** Full rustup name `<channel>[-<date>]-<triple>` (the directory under `toolchains/`), or the path. */
  toolchain: string;
  /** `stable`, `beta`, `nightly`, `1.85`, `1.85.0`, `1.85.0-beta.1`, …; empty for path toolchains. */
  channel: string;
  date?: string;
  /** The toolchain's triple (usually the machine's host; `nightly-i686` asks for another). */
  host: string;
  source: ToolchainSource;
  /** The toolchain file that decided (source `toolchain-file`). */
  file?: string;
  /** rustup's "active because" wording, e.g. `overridden by '/repo/rust-toolchain.toml'`. */
  reason: string;
  components: string[];
  targets: string[];
  profile: Profile;
  /** True when nobody named a channel and `stable` was assumed (rustup would use its default toolchain). */
  defaultChannel: boolean;
  /** True when the name follows new releases (stable, beta, nightly, `1.85`, …). */
  floating: boolean;
  warnings: string[];
  /** For path toolchains: the directory. */
  path?: string;
}

const NAME_HELP = "use an official name such as 'stable', '1.85.0' or 'nightly-2025-02-20'";

function dedupe(lists: readonly (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))];
}

interface Draft {
  desc?: PartialToolchainDesc;
  path?: string;
  source: ToolchainSource;
  reason: string;
  file?: string;
  section?: ToolchainSection;
  defaultChannel: boolean;
  warnings: string[];
}

/** True when the name is already the whole `<channel>[-<date>]-<triple>`, the name a toolchain is installed under. */
function namesWholeToolchain(desc: PartialToolchainDesc, host: string): boolean {
  return formatPartialToolchainDesc(desc) === formatToolchainDesc(resolveToolchainDesc(desc, host));
}

function notInstalled(name: string, what: string): ToolchainResolutionError {
  return new ToolchainResolutionError(
    "custom-toolchain",
    `override toolchain '${name}' is not installed: ${what} specifies an uninstalled toolchain`,
    {
      help: `'${name}' is not an official toolchain name, so it can only be a custom toolchain made with \`rustup toolchain link\`, which setup-rust cannot install; ${NAME_HELP}`,
    },
  );
}

function fromInput(name: string): Draft {
  const classified = classifyToolchainName(name);
  if (classified.kind === "invalid") throw classified.error;
  if (classified.kind === "custom") throw notInstalled(classified.name, "the toolchain input");
  return {
    desc: classified.desc,
    source: "input",
    reason: "overridden by the toolchain input",
    defaultChannel: false,
    warnings: [],
  };
}

async function fromEnv(value: string, fs: ResolveFs, flavor: PathFlavor): Promise<Draft> {
  const base = {
    source: "RUSTUP_TOOLCHAIN" as const,
    reason: "overridden by environment variable RUSTUP_TOOLCHAIN",
    defaultChannel: false,
    warnings: [],
  };
  // RUSTUP_TOOLCHAIN may also hold an absolute toolchain path (rustup's ResolvableLocalToolchainName).
  const name = normalizeToolchainName(value);
  const classified = classifyToolchainName(name);
  if (classified.kind === "official") return { ...base, desc: classified.desc };
  if (classified.kind === "custom") {
    throw notInstalled(classified.name, "the RUSTUP_TOOLCHAIN environment variable");
  }
  return { ...base, path: await validatePathToolchain(name, fs, flavor) };
}

async function fromFile(
  found: FoundToolchainFile,
  fs: ResolveFs,
  flavor: PathFlavor,
  host: string,
): Promise<Draft> {
  const { file } = found;
  const section = await parseOverrideFile(found.contents, found.mode, file, flavor);
  const draft: Draft = {
    source: "toolchain-file",
    reason: `overridden by '${file}'`,
    file,
    section,
    defaultChannel: false,
    warnings: found.warning ? [found.warning] : [],
  };
  if (section.channel !== undefined) {
    const classified = classifyToolchainName(section.channel);
    if (classified.kind === "invalid") {
      throw new ToolchainResolutionError(
        "invalid-name-in-file",
        `invalid toolchain name detected in override file '${file}'`,
        { file, help: `${classified.error.rustupMessage}; ${NAME_HELP}` },
      );
    }
    if (classified.kind === "custom") {
      throw new ToolchainResolutionError(
        "custom-toolchain",
        `custom toolchain '${classified.name}' specified in override file '${file}' is not installed`,
        {
          file,
          help: `'${classified.name}' is not an official toolchain name (check spelling, spaces and a byte-order mark); ${NAME_HELP}`,
        },
      );
    }
    // Toolchain files are shared between machines, so rustup refuses a target part unless a toolchain
    // of exactly that name is installed. A complete name (`stable-x86_64-unknown-linux-gnu`) is one
    // setup-rust installs, after which rustup accepts it; a partial one (`stable-msvc`) never names an
    // installed toolchain, so rustup refuses it everywhere.
    if (hasTargetPartInDesc(classified.desc) && !namesWholeToolchain(classified.desc, host)) {
      const bare = formatPartialToolchainDesc({ ...classified.desc, target: {} });
      throw new ToolchainResolutionError(
        "target-in-file-channel",
        `target tuple in channel name '${formatPartialToolchainDesc(classified.desc)}'`,
        { file, help: `write channel = "${bare}" and list other targets under targets = [...]` },
      );
    }
    draft.desc = classified.desc;
  }
  if (section.channel !== undefined && section.path !== undefined) {
    throw new ToolchainResolutionError(
      "channel-and-path",
      `cannot specify both channel (${section.channel}) and path (${section.path}) simultaneously`,
      { file, help: `remove either channel or path from ${file}` },
    );
  }
  if (section.path !== undefined) {
    if (section.targets !== undefined || section.components !== undefined || section.profile !== undefined) {
      throw new ToolchainResolutionError(
        "path-with-options",
        `toolchain options are ignored for path toolchain (${section.path})`,
        { file, help: `remove components, targets and profile from ${file}, or use channel instead of path` },
      );
    }
    draft.path = await validatePathToolchain(section.path, fs, flavor);
    return draft;
  }
  if (section.channel === undefined) {
    draft.desc = { channel: "stable", target: {} };
    draft.defaultChannel = true;
    draft.warnings.push(
      `${file} sets no channel, so rustup would use its default toolchain; assuming stable. Add channel = "<version>" under [toolchain] to pin it`,
    );
  }
  return draft;
}

/** Resolve the toolchain the way rustup would pick it, merged with the action's inputs. */
export async function resolveToolchain(options: ResolveToolchainOptions): Promise<ResolvedToolchain> {
  const fs = options.fs ?? nodeResolveFs;
  const flavor = options.pathFlavor ?? currentPathFlavor();
  const input = options.input ?? {};
  const envToolchain = options.env?.["RUSTUP_TOOLCHAIN"];

  let draft: Draft;
  if (input.toolchain !== undefined && input.toolchain !== "") {
    draft = fromInput(input.toolchain);
  } else if (envToolchain !== undefined && envToolchain !== "") {
    draft = await fromEnv(envToolchain, fs, flavor);
  } else {
    const found = await findToolchainFile(options.workingDirectory, fs, flavor);
    if (found) {
      draft = await fromFile(found, fs, flavor, options.host);
    } else {
      draft = {
        desc: { channel: "stable", target: {} },
        source: "default",
        reason: "no toolchain was specified; using stable",
        defaultChannel: true,
        warnings: [
          `no toolchain is pinned: no toolchain input, no RUSTUP_TOOLCHAIN, and no rust-toolchain or rust-toolchain.toml in ${options.workingDirectory} or above; using stable, which changes with every Rust release. Add a rust-toolchain.toml with channel = "<version>" for reproducible builds`,
        ],
      };
    }
  }
  if (draft.source === "input" || draft.source === "RUSTUP_TOOLCHAIN") {
    const shadowed = await findToolchainFile(options.workingDirectory, fs, flavor);
    if (shadowed) {
      const by = draft.source === "input" ? "the toolchain input" : "RUSTUP_TOOLCHAIN";
      draft.warnings.push(`${shadowed.file} is ignored because ${by} takes precedence over toolchain files`);
    }
  }

  const section = draft.section ?? {};
  const components = dedupe([section.components, input.components]);
  const targets = dedupe([section.targets, input.targets]);

  if (draft.path !== undefined) {
    if (
      components.length > 0 ||
      targets.length > 0 ||
      (input.profile !== undefined && input.profile !== "")
    ) {
      throw new ToolchainResolutionError(
        "path-with-options",
        `toolchain options are ignored for path toolchain (${draft.path})`,
        { help: "a path toolchain is used as it is: drop the components, targets and profile inputs" },
      );
    }
    return {
      kind: "path",
      toolchain: draft.path,
      channel: "",
      host: options.host,
      source: draft.source,
      ...(draft.file !== undefined && { file: draft.file }),
      reason: draft.reason,
      components: [],
      targets: [],
      profile: options.defaultProfile ?? "default",
      defaultChannel: false,
      floating: false,
      warnings: draft.warnings,
      path: draft.path,
    };
  }

  const desc = draft.desc!;
  const resolved = resolveToolchainDesc(desc, options.host);
  // The file's profile is checked even when its channel is fine, as rustup does.
  const fileProfile =
    section.profile !== undefined
      ? parseProfile(section.profile, "profile in the toolchain file")
      : undefined;
  const inputProfile =
    input.profile !== undefined && input.profile !== ""
      ? parseProfile(input.profile, "the profile input")
      : undefined;
  if (hasTargetPartInDesc(desc) && resolved.triple !== options.host) {
    draft.warnings.push(
      `toolchain ${formatToolchainDesc(resolved)} is built for ${resolved.triple}, not for this machine (${options.host})`,
    );
  }
  return {
    kind: "official",
    toolchain: formatToolchainDesc(resolved),
    channel: resolved.channel,
    ...(resolved.date !== undefined && { date: resolved.date }),
    host: resolved.triple,
    source: draft.source,
    ...(draft.file !== undefined && { file: draft.file }),
    reason: draft.reason,
    components,
    targets,
    profile: inputProfile ?? fileProfile ?? options.defaultProfile ?? "default",
    defaultChannel: draft.defaultChannel,
    floating: isTrackingChannel(resolved.channel, resolved.date),
    warnings: draft.warnings,
  };
}
