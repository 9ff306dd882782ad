import { describe, expect, it } from "vitest";
import { isoTimestamp, monotonicMs } from "../src/clock.js";

describe("isoTimestamp", () => {
  it.each([
    0,
    Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    Date.UTC(2026, 11, 2, 7, 5, 3, 9),
    Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    Date.UTC(1, 0, 1),
    -1,
    Date.UTC(-1, 0, 1),
    Date.UTC(10_000, 0, 1),
  ])("writes %d as toISOString does", (ms) => {
    const date = new Date(ms);
    expect(isoTimestamp(date)).toBe(date.toISOString());
  });

  it("agrees with toISOString across the four-digit years", () => {
    let ms = Date.UTC(1000, 0, 1);
    while (ms < Date.UTC(9999, 0, 1)) {
      const date = new Date(ms);
      expect(isoTimestamp(date)).toBe(date.toISOString());
      ms += 987_654_321_123; // about 31 years and an odd number of milliseconds
    }
  });

  it("fails on an invalid date as toISOString does", () => {
    expect(() => isoTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("monotonicMs", () => {
  it("counts milliseconds forward", async () => {
    const start = monotonicMs();
    await new Promise((resolve) => setTimeout(resolve, 25));
    const elapsed = monotonicMs() - start;
    expect(elapsed).toBeGreaterThanOrEqual(24);
    expect(elapsed).toBeLessThan(10_000);
  });
});
