import { describe, expect, it } from "vitest";
import {
  actionsCacheKey,
  restoreToolchain,
  saveToolchain,
  type ToolchainCacheBackend,
} from "../src/setup/cache.js";

function recorder() {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (m: string) => lines.push(`info: ${m}`),
      warning: (m: string) => lines.push(`warning: ${m}`),
    },
  };
}

function backend(overrides: Partial<ToolchainCacheBackend>): ToolchainCacheBackend {
  return {
    isFeatureAvailable: async () => true,
    restoreCache: async () => undefined,
    saveCache: async () => 1,
    ...overrides,
  };
}

describe("Actions cache wrapper", () => {
  it("turns every cache-service failure into a warning and a miss, never a thrown error", async () => {
    const { lines, log } = recorder();
    const failing = backend({
      restoreCache: async () => {
        throw new Error("Cache service responded with 503");
      },
      saveCache: async () => {
        throw new Error("Unable to reserve cache with key k, another job may be creating this cache");
      },
    });
    await expect(restoreToolchain(failing, ["/tc/k"], "k", log)).resolves.toBe(false);
    await expect(saveToolchain(failing, ["/tc/k"], "k", log)).resolves.toBe(false);
    expect(lines).toEqual([
      "warning: Actions cache: restore of k failed, installing instead: Cache service responded with 503",
      "warning: Actions cache: could not save k (the next job installs again): Unable to reserve cache with key k, another job may be creating this cache",
    ]);
  });

  it("reports a hit only when the service returns the key", async () => {
    const { log } = recorder();
    const calls: string[][] = [];
    const hit = backend({
      restoreCache: async (paths, key) => {
        calls.push(paths);
        return key;
      },
    });
    await expect(restoreToolchain(hit, ["/tc/k", "/tc/k.complete"], "k", log)).resolves.toBe(true);
    expect(calls).toEqual([["/tc/k", "/tc/k.complete"]]);
    await expect(restoreToolchain(backend({}), ["/tc/k"], "k", log)).resolves.toBe(false);
  });

  it("does nothing without a cache service", async () => {
    const { lines, log } = recorder();
    const none = backend({
      isFeatureAvailable: async () => false,
      restoreCache: async () => {
        throw new Error("must not be called");
      },
    });
    await expect(restoreToolchain(none, ["/tc/k"], "k", log)).resolves.toBe(false);
    await expect(saveToolchain(none, ["/tc/k"], "k", log)).resolves.toBe(false);
    expect(lines).toEqual(["info: Actions cache: not available on this runner; skipping restore"]);
  });

  it("keys entries by OS and architecture", () => {
    expect(actionsCacheKey("rust-1.95.0-x", "linux", "x64")).toBe(
      "oxidize-setup-rust-v1-linux-x64-rust-1.95.0-x",
    );
  });
});
