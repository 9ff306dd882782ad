// Toolchain names exactly as rustup reads them (src/dist/mod.rs `ParsedToolchainDesc`,
// src/toolchain/names.rs): `<channel>[-YYYY-MM-DD][-<target part>]`, or a custom name.

import { ToolchainResolutionError } from "./errors.js";
import { hasTargetPart, type PartialTargetTuple, parsePartialTargetTuple } from "./target-tuple.js";

// Major: one digit; minor 0-999 and patch 0-99, no leading zeros; optional `-beta[.N]`.
const VERSION = String.raw`[0-9]{1}\.(?:0|[1-9][0-9]{0,2})(?:\.(?:0|[1-9][0-9]?))?(?:-beta(?:\.[0-9]{1,2})?)?`;
const CHANNEL_RE = new RegExp(
  `^(nightly|beta|stable|${VERSION})(?:-([0-9]{4}-[0-9]{2}-[0-9]{2}))?(?:-(.+))?$`,
);

/** A name rustup would accept as official, before the missing target parts are filled from the host. */
export interface PartialToolchainDesc {
  /** `stable`, `beta`, `nightly`, `1.85`, `1.85.0`, `1.85.0-beta.2`, …; `1.0`–`1.8` already became `1.x.0`. */
  channel: string;
  date?: string;
  target: PartialTargetTuple;
}

/** A fully resolved official toolchain: what rustup names its directory under `toolchains/`. */
export interface ToolchainDesc {
  channel: string;
  date?: string;
  /** The resolved target triple, e.g. `x86_64-unknown-linux-gnu`. */
  triple: string;
}

export type ClassifiedName =
  | { kind: "official"; desc: PartialToolchainDesc }
  | { kind: "custom"; name: string }
  | { kind: "invalid"; error: ToolchainResolutionError };

/** rustup's `ParsedToolchainDesc` + `PartialTargetTuple`: `undefined` when the name is not official. */
export function parsePartialToolchainDesc(name: string): PartialToolchainDesc | undefined {
  const m = CHANNEL_RE.exec(name);
  if (!m) return undefined;
  const rawChannel = m[1]!;
  // These releases have no v2 manifests and no point releases, so rustup spells them `1.x.0`.
  const channel = /^1\.[0-8]$/.test(rawChannel) ? `${rawChannel}.0` : rawChannel;
  const target = parsePartialTargetTuple(m[3] ?? "");
  if (!target) return undefined;
  const desc: PartialToolchainDesc = { channel, target };
  if (m[2]) desc.date = m[2];
  return desc;
}

/** rustup's `has_triple`: the name carries an arch, os or env part. */
export function hasTargetPartInDesc(desc: PartialToolchainDesc): boolean {
  return hasTargetPart(desc.target);
}

/** rustup's common validation: no leading `+`, trailing `/` stripped, not empty. */
export function normalizeToolchainName(candidate: string): string {
  if (candidate.startsWith("+")) {
    throw new ToolchainResolutionError(
      "invalid-name",
      `invalid toolchain name '${candidate}'; valid toolchain names do not start with '+'`,
      { help: "drop the leading '+' (that is cargo's command-line syntax, e.g. `cargo +nightly`)" },
    );
  }
  const normalized = candidate.replace(/\/+$/, "");
  if (normalized === "") {
    throw new ToolchainResolutionError("invalid-name", `invalid toolchain name '${candidate}'`, {
      help: "name a toolchain such as 'stable', '1.85.0' or 'nightly-2025-02-20'",
    });
  }
  return normalized;
}

/** A custom name is anything that is not official, not `none`, and has no path separator. */
export function isCustomToolchainName(name: string): boolean {
  return (
    parsePartialToolchainDesc(name) === undefined &&
    name !== "none" &&
    !name.includes("/") &&
    !name.includes("\\")
  );
}

/** rustup's `ResolvableToolchainName::try_from`: official, custom, or an error for anything else. */
export function classifyToolchainName(candidate: string): ClassifiedName {
  let name: string;
  try {
    name = normalizeToolchainName(candidate);
  } catch (error) {
    return { kind: "invalid", error: error as ToolchainResolutionError };
  }
  const desc = parsePartialToolchainDesc(name);
  if (desc) return { kind: "official", desc };
  if (isCustomToolchainName(name)) return { kind: "custom", name };
  return {
    kind: "invalid",
    error: new ToolchainResolutionError("invalid-name", `invalid toolchain name '${name}'`, {
      help: "name a toolchain such as 'stable', '1.85.0' or 'nightly-2025-02-20'",
    }),
  };
}

/** rustup's `PartialToolchainDesc::resolve`: fill missing arch/os/env from the host triple. */
export function resolveToolchainDesc(desc: PartialToolchainDesc, host: string): ToolchainDesc {
  const h = parsePartialTargetTuple(host);
  if (!h) {
    throw new ToolchainResolutionError(
      "invalid-host",
      `Provided host '${host}' couldn't be converted to partial triple`,
      { help: "pass a Rust target triple such as x86_64-unknown-linux-gnu as the host" },
    );
  }
  if (h.arch === undefined) {
    throw new ToolchainResolutionError(
      "invalid-host",
      `Provided host '${host}' did not specify a CPU architecture`,
    );
  }
  if (h.os === undefined) {
    throw new ToolchainResolutionError(
      "invalid-host",
      `Provided host '${host}' did not specify an operating system`,
    );
  }
  // Once an OS is named, the host's env is not inherited: that is how a name can ask for no env at all.
  const env = desc.target.os !== undefined ? desc.target.env : (desc.target.env ?? h.env);
  const arch = desc.target.arch ?? h.arch;
  const os = desc.target.os ?? h.os;
  const resolved: ToolchainDesc = {
    channel: desc.channel,
    triple: env ? `${arch}-${os}-${env}` : `${arch}-${os}`,
  };
  if (desc.date !== undefined) resolved.date = desc.date;
  return resolved;
}

/** The full name, `<channel>[-<date>]-<triple>`, as rustup prints it. */
export function formatToolchainDesc(desc: ToolchainDesc): string {
  return `${desc.channel}${desc.date ? `-${desc.date}` : ""}-${desc.triple}`;
}

/** rustup's display of a partial name (used in its "target tuple in channel name" error). */
export function formatPartialToolchainDesc(desc: PartialToolchainDesc): string {
  const parts = [desc.channel, desc.date, desc.target.arch, desc.target.os, desc.target.env];
  return parts.filter((p) => p !== undefined).join("-");
}

/**
 * rustup's `is_tracking`: the name follows new releases (no date, and a channel name, a version
 * without patch like `1.85`, or a bare `-beta` like `1.85.0-beta`).
 */
export function isTrackingChannel(channel: string, date?: string): boolean {
  if (date !== undefined) return false;
  if (channel === "stable" || channel === "beta" || channel === "nightly") return true;
  const m = /^(\d+)\.(\d+)(\.\d+)?(?:-(beta(?:\.\d+)?))?$/.exec(channel);
  if (!m) return false;
  return m[3] === undefined || m[4] === "beta";
}
