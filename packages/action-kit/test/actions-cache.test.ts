import { describe, expect, it } from "vitest";
import { portablePaths } from "../src/actions-cache.js";

describe("portablePaths", () => {
  it("spells directories alike on every runner: workspace-relative, ~/…, else absolute", () => {
    expect(
      portablePaths(
        [
          "/home/runner/work/repo/repo/target",
          "/home/runner/work/repo/repo/build/target",
          "/home/runner/.cargo/registry/index",
          "/opt/hostedtoolcache/rust/1.95.0",
          "/home/runner/work/repo/repo",
        ],
        "/home/runner/work/repo/repo",
        "/home/runner",
      ),
    ).toEqual([
      "target",
      "build/target",
      "~/.cargo/registry/index",
      "/opt/hostedtoolcache/rust/1.95.0",
      // The workspace itself is not inside itself: its home-relative spelling, never "".
      "~/work/repo/repo",
    ]);
  });
});
