import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MATCHER_FILES, MATCHER_OWNERS, MATCHERS_DIR_ENV, withoutRustMatchers } from "../src/index.js";

function registeredDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "matchers-"));
  for (const file of MATCHER_FILES) writeFileSync(join(dir, file), "{}");
  return dir;
}

describe("withoutRustMatchers", () => {
  it("removes every owner before the body and re-adds the registered files after it, even when it throws", async () => {
    const dir = registeredDir();
    const printed: string[] = [];
    const body = async () => {
      printed.push("body");
      throw new Error("boom");
    };
    await expect(
      withoutRustMatchers(body, { [MATCHERS_DIR_ENV]: dir }, (l) => printed.push(l)),
    ).rejects.toThrow("boom");
    expect(printed).toEqual([
      ...MATCHER_OWNERS.map((owner) => `::remove-matcher owner=${owner}::`),
      "body",
      ...MATCHER_FILES.map((file) => `::add-matcher::${join(dir, file)}`),
    ]);
  });

  it("prints nothing when setup-rust registered no matchers (or their directory is gone)", async () => {
    for (const env of [{}, { [MATCHERS_DIR_ENV]: join(tmpdir(), "no-such-matchers") }]) {
      const printed: string[] = [];
      expect(
        await withoutRustMatchers(
          async () => 7,
          env,
          (l) => printed.push(l),
        ),
      ).toBe(7);
      expect(printed).toEqual([]);
    }
  });
});
