import type { PlatformFacts } from "../types.js";

export function rustTargetFor(_triplet: string): string | null {
  throw new Error("rustTargetFor: not implemented yet");
}

export function platformFacts(_triplet: string, _compiler?: string): PlatformFacts {
  throw new Error("platformFacts: not implemented yet");
}

export const DEFAULT_IMPACT_PLATFORMS: readonly string[] = [];
