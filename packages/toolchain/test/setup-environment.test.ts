import { describe, expect, it } from "vitest";
import { type EnvironmentRequest, planEnvironment, toolHomes } from "../src/setup/environment.js";

const homes = { cargoHome: "/home/u/.cargo", rustupHome: "/home/u/.rustup" };
const base: EnvironmentRequest = {
  env: {},
  homes,
  installer: "rustup",
  source: "input",
  toolchain: "1.95.0-x86_64-unknown-linux-gnu",
  rustupProxies: true,
  platform: "linux",
};

describe("toolHomes", () => {
  it.each([
    [{}, "/h/.cargo", "/h/.rustup"],
    [{ CARGO_HOME: "/c", RUSTUP_HOME: "/r" }, "/c", "/r"],
    [{ CARGO_HOME: "", RUSTUP_HOME: "" }, "/h/.cargo", "/h/.rustup"],
  ])("%j", (env, cargoHome, rustupHome) => {
    expect(toolHomes(env, "/h")).toEqual({ cargoHome, rustupHome });
  });
});

describe("planEnvironment", () => {
  it("sets CARGO_INCREMENTAL and CARGO_TERM_COLOR only when unset, and never RUSTFLAGS", () => {
    const fresh = planEnvironment(base);
    expect(fresh.exports).toMatchObject({ CARGO_INCREMENTAL: "0", CARGO_TERM_COLOR: "always" });
    const set = planEnvironment({
      ...base,
      env: { CARGO_INCREMENTAL: "1", CARGO_TERM_COLOR: "never", RUSTFLAGS: "-Dwarnings" },
    });
    expect(set.exports).not.toHaveProperty("CARGO_INCREMENTAL");
    expect(set.exports).not.toHaveProperty("CARGO_TERM_COLOR");
    expect(set.notes.join("\n")).toContain("CARGO_INCREMENTAL is already set to '1'");
    for (const plan of [fresh, set]) expect(plan.exports).not.toHaveProperty("RUSTFLAGS");
  });

  it("always exports CARGO_HOME and RUSTUP_HOME", () => {
    for (const installer of ["rustup", "dist"] as const) {
      const plan = planEnvironment({ ...base, installer, toolchainDir: "/tc/1.95.0" });
      expect(plan.exports).toMatchObject({ CARGO_HOME: homes.cargoHome, RUSTUP_HOME: homes.rustupHome });
    }
  });

  it.each([
    ["input", true],
    ["RUSTUP_TOOLCHAIN", true],
    ["default", true],
    ["toolchain-file", false],
  ] as const)("rustup installer, source %s: exports RUSTUP_TOOLCHAIN = %s", (source, exported) => {
    const plan = planEnvironment({ ...base, source });
    if (exported) expect(plan.exports["RUSTUP_TOOLCHAIN"]).toBe(base.toolchain);
    else expect(plan.exports).not.toHaveProperty("RUSTUP_TOOLCHAIN");
    expect(plan.notes.some((n) => n.includes("RUSTUP_TOOLCHAIN"))).toBe(true);
    expect(plan.paths).toEqual(["/home/u/.cargo/bin"]);
    expect(plan.shims).toBe(false);
  });

  it("dist installer without rustup proxies: toolchain bin first on PATH, shims in CARGO_HOME/bin", () => {
    const plan = planEnvironment({
      ...base,
      installer: "dist",
      rustupProxies: false,
      toolchainDir: "/tc/rust/k/x64",
    });
    // core.addPath prepends, so the last entry ends up first.
    expect(plan.paths).toEqual(["/home/u/.cargo/bin", "/tc/rust/k/x64/bin"]);
    expect(plan.shims).toBe(true);
    expect(plan.exports).not.toHaveProperty("RUSTUP_TOOLCHAIN");
  });

  it("dist installer with rustup proxies: points them at the installed directory, whatever the source", () => {
    for (const source of ["input", "toolchain-file"] as const) {
      const plan = planEnvironment({ ...base, source, installer: "dist", toolchainDir: "/tc/rust/k/x64" });
      expect(plan.exports["RUSTUP_TOOLCHAIN"]).toBe("/tc/rust/k/x64");
      expect(plan.shims).toBe(false);
    }
  });
});
