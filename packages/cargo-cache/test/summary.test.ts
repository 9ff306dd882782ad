import { describe, expect, it } from "vitest";
import { summarizeCache } from "../src/summary.js";

const MB = 1024 * 1024;

describe("summarizeCache", () => {
  it.each([
    [
      "an exact hit: what was restored and the time saved net of the restore",
      { hit: "exact", matchedKey: "k", restoredBytes: 220 * MB, coldBuildMs: 90_000, restoreMs: 4_000 },
      { saved: false, skipped: "exact hit" },
      20_000,
      "exact hit, restored 220 MB, not saved (exact hit), 66.0 s faster than cold",
      66_000,
    ],
    [
      "a miss that saved",
      { hit: "miss" },
      { saved: true, savedBytes: 5.5 * MB },
      90_000,
      "miss, saved 5.5 MB",
      undefined,
    ],
    [
      "no service",
      { hit: "unavailable" },
      { saved: false, skipped: "no cache service" },
      1_000,
      "no cache service",
      undefined,
    ],
    [
      "a hit slower than the cold build saves nothing, never a negative time",
      { hit: "partial", matchedKey: "k-old", restoredBytes: 3 * MB, coldBuildMs: 1_000, restoreMs: 2_000 },
      { saved: true, savedBytes: 3 * MB },
      900,
      "partial hit, restored 3.0 MB, saved 3.0 MB, 0.0 s faster than cold",
      0,
    ],
  ] as const)("%s", (_, restore, save, buildMs, text, timeSavedMs) => {
    const summary = summarizeCache("k", { ...restore }, { ...save }, buildMs);
    expect(summary.text).toBe(text);
    expect(summary.timeSavedMs).toBe(timeSavedMs);
  });
});
