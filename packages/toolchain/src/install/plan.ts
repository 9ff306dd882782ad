// Which packages a request needs, resolved like rustup's `try_update_from_dist_`: the profile's members that the
// host's `rust` package offers (others are silently dropped, e.g. rust-mingw off windows-gnu), the requested
// components through `[renames]`, and `rust-std` for every extra target. Pure: no I/O.
import { ComponentUnavailableError, HostUnsupportedError, type InstallError } from "./errors.js";
import {
  type ChannelManifest,
  type ComponentRef,
  packageForTarget,
  type TargetedPackage,
} from "./manifest.js";
import type { CompressionPreference } from "./types.js";
import { UPSTREAM_DIST_SERVER } from "./upstream.js";

export interface PlanRequest {
  /** the toolchain as the user named it (channel[-date]); used in messages */
  toolchain: string;
  host: string;
  profile: string;
  components: readonly string[];
  targets: readonly string[];
  distServer: string;
  compression: CompressionPreference;
  /** the manifest's own URL, named in "not available" errors */
  manifestUrl: string;
}

export interface PlannedPackage {
  pkg: string;
  /** a triple, or "*" */
  target: string;
  /** rustup's component id: `<pkg>-<target>`, or `<pkg>` for target-independent packages */
  componentId: string;
  url: string;
  sha256: string;
  compression: "gz" | "xz";
}

/** Mirrors rewrite the literal upstream prefix, exactly as rustup's `DownloadCfg::url` does. */
export function rewriteDistUrl(url: string, distServer: string): string {
  const server = distServer.replace(/\/+$/, "");
  return url.startsWith(UPSTREAM_DIST_SERVER) ? server + url.slice(UPSTREAM_DIST_SERVER.length) : url;
}

export function componentId(ref: ComponentRef): string {
  return ref.target === "*" ? ref.pkg : `${ref.pkg}-${ref.target}`;
}

function unavailable(name: string, target: string, request: PlanRequest): InstallError {
  const message = `component '${name}' for target '${target}' is unavailable for download for channel '${request.toolchain}'`;
  // Missing for the host itself: this release has no (complete) build for this machine.
  return target === request.host ? new HostUnsupportedError(message) : new ComponentUnavailableError(message);
}

function pick(
  entry: TargetedPackage,
  request: PlanRequest,
): { url: string; sha256: string; compression: "gz" | "xz" } | undefined {
  const order: ("gz" | "xz")[] = request.compression === "xz" ? ["xz", "gz"] : ["gz", "xz"];
  for (const kind of order) {
    const bin = entry[kind];
    if (bin) return { url: rewriteDistUrl(bin.url, request.distServer), sha256: bin.hash, compression: kind };
  }
  return undefined;
}

export function planInstall(manifest: ChannelManifest, request: PlanRequest): PlannedPackage[] {
  const { host, toolchain } = request;
  const rust = manifest.packages.get("rust");
  const rustHost = rust?.targets.get(host);
  if (!rustHost) {
    throw new HostUnsupportedError(
      `toolchain ${toolchain} is not available for host ${host} (no pkg.rust.target.${host} in ${request.manifestUrl})`,
    );
  }
  const offered = [...rustHost.components, ...rustHost.extensions];
  const wanted: ComponentRef[] = [];
  const add = (ref: ComponentRef) => {
    if (!wanted.some((w) => w.pkg === ref.pkg && w.target === ref.target)) wanted.push(ref);
  };

  const profile = manifest.profiles.get(request.profile);
  if (manifest.profiles.size > 0 && !profile) {
    throw new ComponentUnavailableError(
      `profile '${request.profile}' is not offered by channel '${toolchain}' ` +
        `(available: ${[...manifest.profiles.keys()].join(", ")})`,
    );
  }
  // Old manifests without [profiles]: rustup installs the rust package's non-extension components.
  const members = profile ?? rustHost.components.map((c) => c.pkg);
  for (const name of members) {
    const ref = offered.find((o) => o.pkg === name && (o.target === host || o.target === "*"));
    if (ref) add(ref);
  }

  for (const requested of request.components) {
    const name = manifest.renames.get(requested) ?? requested;
    const pkg = manifest.packages.get(name);
    if (!pkg) {
      throw new ComponentUnavailableError(
        `component '${requested}' is not known in channel '${toolchain}' (see \`rustup component list\` for names)`,
      );
    }
    const wildcard = pkg.targets.size === 1 && pkg.targets.has("*");
    add({ pkg: name, target: wildcard ? "*" : host });
  }

  for (const target of request.targets) {
    if (target === host) continue;
    if (!manifest.packages.get("rust-std")?.targets.has(target)) {
      throw new ComponentUnavailableError(
        `target '${target}' not found in channel '${toolchain}'. Perhaps check ` +
          "https://doc.rust-lang.org/nightly/rustc/platform-support.html for available targets",
      );
    }
    add({ pkg: "rust-std", target });
  }

  return wanted.map((ref) => {
    const pkg = manifest.packages.get(ref.pkg);
    const entry = pkg && packageForTarget(pkg, ref.target === "*" ? host : ref.target);
    const bin = entry?.available ? pick(entry, request) : undefined;
    if (!bin) throw unavailable(ref.pkg, ref.target === "*" ? host : ref.target, request);
    return { pkg: ref.pkg, target: ref.target, componentId: componentId(ref), ...bin };
  });
}
