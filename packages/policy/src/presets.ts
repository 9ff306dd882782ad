import type { Policy } from "./types.js";

export const PRESET_NAMES = ["pre-pep-2025", "optional-modules", "summit-2026"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const DEFAULT_PRESET: PresetName = "pre-pep-2025";
export const PRESETS: Record<PresetName, Policy> = {} as Record<PresetName, Policy>;

export function getPreset(name: string): Policy | undefined {
  return (PRESETS as Record<string, Policy>)[name];
}
