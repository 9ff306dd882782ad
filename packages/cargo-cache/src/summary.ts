import type { RestoreOutcome, SaveOutcome } from "./cache.js";

/** What the result and the summary say about the cache (result details `cache`). */
export interface CacheSummary {
  hit: RestoreOutcome["hit"];
  key: string;
  matchedKey?: string;
  restoredBytes?: number;
  savedBytes?: number;
  saved: boolean;
  /** The cold build the cache was saved from against this build and its restore, when this build restored one. */
  timeSavedMs?: number;
  /** One line for the facts table. */
  text: string;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024
    ? `${(bytes / 1024 ** 3).toFixed(1)} GB`
    : `${(bytes / 1024 ** 2).toFixed(bytes >= 10 * 1024 ** 2 ? 0 : 1)} MB`;
}

export function summarizeCache(
  key: string,
  restore: RestoreOutcome,
  save: SaveOutcome,
  buildMs: number,
): CacheSummary {
  const summary: CacheSummary = { hit: restore.hit, key, saved: save.saved, text: "" };
  if (restore.matchedKey) summary.matchedKey = restore.matchedKey;
  if (restore.restoredBytes !== undefined) summary.restoredBytes = restore.restoredBytes;
  if (save.savedBytes !== undefined && save.saved) summary.savedBytes = save.savedBytes;
  const restoredSomething = restore.hit === "exact" || restore.hit === "partial";
  if (restoredSomething && restore.coldBuildMs !== undefined) {
    // The restore is the price of the hit: what it saved is net of it.
    summary.timeSavedMs = Math.max(0, Math.round(restore.coldBuildMs - buildMs - (restore.restoreMs ?? 0)));
  }
  const parts: string[] = [
    restore.hit === "unavailable"
      ? "no cache service"
      : restore.hit === "failed"
        ? "restore failed"
        : restore.hit === "miss"
          ? "miss"
          : `${restore.hit} hit`,
  ];
  if (summary.restoredBytes !== undefined) parts.push(`restored ${size(summary.restoredBytes)}`);
  if (summary.savedBytes !== undefined) parts.push(`saved ${size(summary.savedBytes)}`);
  else if (save.skipped && restore.hit !== "unavailable") parts.push(`not saved (${save.skipped})`);
  if (summary.timeSavedMs !== undefined)
    parts.push(`${(summary.timeSavedMs / 1000).toFixed(1)} s faster than cold`);
  summary.text = parts.join(", ");
  return summary;
}
