import { ToolchainResolutionError } from "./errors.js";
import type { ResolvedToolchain, ToolchainSource } from "./resolve-toolchain.js";

export function describeSource(resolved: Pick<ResolvedToolchain, "source" | "file">): string {
  const names: Record<ToolchainSource, string> = {
    input: "the toolchain input",
    RUSTUP_TOOLCHAIN: "RUSTUP_TOOLCHAIN",
    "toolchain-file": resolved.file ?? "the toolchain file",
    default: "the fallback (nothing was specified)",
  };
  return names[resolved.source];
}

function pinSuggestion(channel: string): string {
  if (channel === "nightly" || channel === "beta")
    return `a dated ${channel} such as '${channel}-2025-02-20'`;
  const version = /^(\d+\.\d+)(?:\.(\d+))?(-beta)?/.exec(channel);
  if (version?.[3]) return `a numbered beta such as '${version[1]}.${version[2] ?? "0"}-beta.1'`;
  if (version) return `a patch release such as '${version[1]}.0'`;
  return "an exact release such as '1.85.0'";
}

/**
 * For `require-pinned`: an error when the toolchain follows new releases (stable, beta, undated
 * nightly, `1.85`, `1.85.0-beta`), `undefined` when it is pinned. Path toolchains count as pinned:
 * they are used as they are, nothing is downloaded.
 */
export function checkPinned(resolved: ResolvedToolchain): ToolchainResolutionError | undefined {
  if (resolved.kind === "path" || !resolved.floating) return undefined;
  return new ToolchainResolutionError(
    "not-pinned",
    `toolchain '${resolved.toolchain}' from ${describeSource(resolved)} is not pinned: '${resolved.channel}' moves to each new release`,
    {
      help: `pin ${pinSuggestion(resolved.channel)} (in rust-toolchain.toml or the toolchain input), or turn off require-pinned`,
      ...(resolved.file !== undefined && { file: resolved.file }),
    },
  );
}
