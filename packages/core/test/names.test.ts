import { describe, expect, it } from "vitest";
import { nameHash, randomBytes, randomHex } from "../src/index.js";

describe("nameHash", () => {
  it("is FNV-1a 64 in 16 hex digits", () => {
    // The published test vectors (http://www.isthe.com/chongo/tech/comp/fnv/): "" and "a".
    expect(nameHash("")).toBe("cbf29ce484222325");
    expect(nameHash("a")).toBe("af63dc4c8601ec8c");
  });
  it("hashes the UTF-8 of the text and tells near names apart", () => {
    expect(nameHash("é")).not.toBe(nameHash("e"));
    expect(nameHash('{"targets":[]}')).not.toBe(nameHash('{"targets":[""]}'));
  });
});

describe("randomBytes / randomHex", () => {
  it("gives the asked length, different each time", () => {
    expect(randomBytes(12)).toHaveLength(12);
    expect(randomHex(4)).toMatch(/^[0-9a-f]{8}$/);
    expect(new Set(Array.from({ length: 20 }, () => randomHex(8))).size).toBe(20);
  });

  it("fills every byte, however many are asked for", () => {
    // 4096 bytes that were never written would be all zero; random ones have nearly every value.
    const bytes = randomBytes(4096);
    expect(new Set(bytes).size).toBeGreaterThan(200);
    expect(randomBytes(0)).toHaveLength(0);
  });
});
