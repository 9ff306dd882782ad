import type { Policy, PlatformFacts, Verdict } from "./types.js";

export type ImpactOutcome = "build" | "skip" | "warn" | "fail" | "not-used";

export interface ImpactOptions {
  platforms?: string[];
  pythonVersions?: string[];
  rust?: { available?: boolean; release?: string };
}

export interface ImpactCell {
  python: string;
  outcome: ImpactOutcome;
  verdict: Verdict;
}

export interface ImpactRow {
  platform: PlatformFacts;
  rust: "present" | "absent" | "no-target" | "target-not-shipped";
  cells: ImpactCell[];
}

export interface ImpactReport {
  policy: string;
  pythonVersions: string[];
  rustRelease: string;
  rows: ImpactRow[];
}

export function impact(_policy: Policy, _options: ImpactOptions = {}): ImpactReport {
  throw new Error("impact: not implemented yet");
}

export function renderImpactTable(_report: ImpactReport): string {
  throw new Error("renderImpactTable: not implemented yet");
}

export function renderImpactText(_report: ImpactReport): string {
  throw new Error("renderImpactText: not implemented yet");
}
