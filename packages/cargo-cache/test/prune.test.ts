import { describe, expect, it } from "vitest";
import { planProfilePrune } from "../src/prune.js";

const H = "0123456789abcdef";

describe("planProfilePrune", () => {
  it("drops the workspace's own artifacts and incremental state, keeps the dependencies'", () => {
    const doomed = planProfilePrune(
      {
        dir: "release",
        top: [
          "build",
          "deps",
          ".fingerprint",
          "incremental",
          "examples",
          "lib_base64.so",
          "lib_base64.d",
          ".cargo-lock",
        ],
        fingerprint: [`base64-rs-${H}`, `pyo3-${H}`, `pyo3-build-config-${H}`, `libc-${H}`],
        build: [`base64-rs-${H}`, `pyo3-build-config-${H}`],
        deps: [
          `lib_base64-${H}.so`,
          `_base64-${H}.d`,
          // cargo names a cdylib without the unit hash.
          "lib_base64.so",
          "_base64.d",
          `libpyo3-${H}.rlib`,
          `libpyo3-${H}.rmeta`,
          `pyo3-${H}.d`,
          `liblibc-${H}.rlib`,
        ],
      },
      // The package is base64-rs; its [lib] is named _base64.
      ["base64-rs", "_base64"],
    );
    expect(doomed.sort()).toEqual(
      [
        "release/incremental",
        "release/examples",
        "release/lib_base64.so",
        "release/lib_base64.d",
        `release/.fingerprint/base64-rs-${H}`,
        `release/build/base64-rs-${H}`,
        `release/deps/lib_base64-${H}.so`,
        `release/deps/_base64-${H}.d`,
        "release/deps/lib_base64.so",
        "release/deps/_base64.d",
      ].sort(),
    );
  });

  it("works in a cross target's profile directory and leaves unhashed dependency names alone", () => {
    const doomed = planProfilePrune(
      {
        dir: "aarch64-unknown-linux-gnu/debug",
        top: ["libdemo.so", "libdemo_helper.rlib", "incremental"],
        fingerprint: [`demo-${H}`, `demo-helper-${H}`],
        build: [],
        deps: [`libdemo-${H}.so`, `libdemo_helper-${H}.rlib`, "notes.txt"],
      },
      ["demo", "demo-helper"],
    );
    expect(doomed).toHaveLength(7);
    expect(doomed.every((p) => p.startsWith("aarch64-unknown-linux-gnu/debug/"))).toBe(true);
    expect(doomed).not.toContain("aarch64-unknown-linux-gnu/debug/deps/notes.txt");
  });
});
