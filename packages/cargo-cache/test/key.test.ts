import { describe, expect, it } from "vitest";
import { type CargoKeyInputs, cargoCacheKeys, outputEnv } from "../src/key.js";

const base: CargoKeyInputs = {
  os: "Linux",
  arch: "X64",
  rustcCommit: "59807616e11e3a5dc7ed96e2a6e2b18ab9d8ed63",
  target: "x86_64-unknown-linux-gnu",
  profile: "release",
  env: { RUSTFLAGS: "-C target-cpu=native" },
  inputs: [
    { path: "/Cargo.lock", content: "lock v1" },
    { path: "/Cargo.toml", content: "[workspace]" },
  ],
};

describe("cargo cache key", () => {
  it("names the runner, the compiler commit, the target and the profile, and hashes the rest", () => {
    const { key, restoreKeys } = cargoCacheKeys(base);
    expect(key).toMatch(
      /^oxidize-cargo-v1-linux-x64-59807616e11e-x86_64-unknown-linux-gnu-release-[0-9a-f]{8}-[0-9a-f]{16}$/,
    );
    expect(restoreKeys).toEqual([key.replace(/[0-9a-f]{16}$/, "")]);
  });

  it.each<[string, Partial<CargoKeyInputs>, "key" | "both"]>([
    [
      "a new lock file changes the key only",
      { inputs: [{ path: "/Cargo.lock", content: "lock v2" }, base.inputs[1]!] },
      "key",
    ],
    [
      "a manifest change changes the key only",
      { inputs: [base.inputs[0]!, { path: "/Cargo.toml", content: "[workspace]\n" }] },
      "key",
    ],
    [
      "another compiler commit (same channel name) changes both",
      { rustcCommit: "0000000000000000000000000000000000000000" },
      "both",
    ],
    ["RUSTFLAGS change both", { env: { RUSTFLAGS: "" } }, "both"],
    ["another profile changes both", { profile: "dev" }, "both"],
    ["another target changes both", { target: "aarch64-unknown-linux-gnu" }, "both"],
    ["another runner arch changes both", { arch: "ARM64" }, "both"],
  ])("%s", (_, change, what) => {
    const before = cargoCacheKeys(base);
    const after = cargoCacheKeys({ ...base, ...change });
    expect(after.key).not.toBe(before.key);
    if (what === "key") expect(after.restoreKeys).toEqual(before.restoreKeys);
    else expect(after.restoreKeys).not.toEqual(before.restoreKeys);
  });

  it("does not depend on the order files or variables were listed in", () => {
    const shuffled = { ...base, inputs: [...base.inputs].reverse(), env: { B: "1", A: "2" } };
    const ordered = { ...base, env: { A: "2", B: "1" } };
    expect(cargoCacheKeys(shuffled).key).toBe(cargoCacheKeys(ordered).key);
  });
});

describe("outputEnv", () => {
  it("keeps what changes outputs, drops paths and verbosity", () => {
    expect(
      outputEnv({
        RUSTFLAGS: "-Dwarnings",
        CARGO_PROFILE_RELEASE_LTO: "true",
        CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER: "clang",
        CC: "gcc-14",
        PYO3_PYTHON: "/usr/bin/python3.14",
        CARGO_TERM_COLOR: "always",
        CARGO_HOME: "/home/runner/.cargo",
        CARGO_TARGET_DIR: "/tmp/target",
        PATH: "/usr/bin",
        HOME: "/home/runner",
      }),
    ).toEqual({
      RUSTFLAGS: "-Dwarnings",
      CARGO_PROFILE_RELEASE_LTO: "true",
      CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER: "clang",
      CC: "gcc-14",
      PYO3_PYTHON: "/usr/bin/python3.14",
    });
  });
});
