import { ToolchainResolutionError } from "./errors.js";

export type Profile = "minimal" | "default" | "complete";

// rustup's `Profile::from_str`: case-sensitive, with one-letter aliases and "" for default.
const PROFILE_ALIASES: Record<string, Profile> = {
  minimal: "minimal",
  m: "minimal",
  default: "default",
  d: "default",
  "": "default",
  complete: "complete",
  c: "complete",
};

export function parseProfile(text: string, where?: string): Profile {
  const profile = Object.hasOwn(PROFILE_ALIASES, text) ? PROFILE_ALIASES[text] : undefined;
  if (profile) return profile;
  throw new ToolchainResolutionError(
    "unknown-profile",
    `unknown profile name: '${text}'; valid profile names are: minimal, default, complete`,
    { help: `set ${where ?? "the profile"} to minimal, default or complete (lower case)` },
  );
}
