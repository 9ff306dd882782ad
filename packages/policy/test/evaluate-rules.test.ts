import { describe, expect, it } from "vitest";
import { PolicyError } from "../src/errors.js";
import { evaluate } from "../src/evaluate.js";
import { getPreset, PRESET_NAMES, PRESETS, PROTOTYPE_MSRV } from "../src/presets.js";
import type { Outcome, Policy } from "../src/types.js";
import { phaseFor } from "../src/version.js";
import { makeFacts } from "./helpers.js";

// Each preset's phase boundaries: [version, phase id, outcome with Rust missing, modules with Rust present,
// --with-rust=no accepted].
const boundaries: Record<string, [string, string, Outcome, "build" | "skip", boolean][]> = {
  "pre-pep-2025": [
    ["3.14", "rust-not-used", "pass", "skip", true],
    ["3.15", "rust-optional", "warn", "build", true],
    ["3.16", "rust-default-opt-out", "fail", "build", true],
    ["3.17", "rust-required", "fail", "build", false],
  ],
  "optional-modules": [
    ["3.14", "rust-not-used", "pass", "skip", true],
    ["3.15", "rust-optional", "warn", "build", true],
    ["3.30", "rust-optional", "warn", "build", true],
  ],
  "summit-2026": [
    ["3.15", "rust-not-used", "pass", "skip", true],
    ["3.16", "rust-optional", "warn", "build", true],
    ["3.17", "rust-optional", "warn", "build", true],
    ["3.18", "rust-required", "fail", "build", false],
  ],
  accelerators: [
    ["3.6", "rust-optional", "warn", "build", true],
    ["3.13", "rust-optional", "warn", "build", true],
    ["3.30", "rust-optional", "warn", "build", true],
  ],
};

describe("preset phase boundaries", () => {
  const rows = Object.entries(boundaries).flatMap(([preset, list]) =>
    list.map(([python, phase, missing, modules, optOut]) => ({
      preset,
      python,
      phase,
      missing,
      modules,
      optOut,
    })),
  );
  it.each(rows)(
    "$preset: CPython $python is $phase",
    ({ preset, python, phase, missing, modules, optOut }) => {
      const policy = PRESETS[preset as keyof typeof PRESETS];
      expect(phaseFor(policy, python)?.id).toBe(phase);
      expect(evaluate(policy, makeFacts({ python })).outcome).toBe(missing);
      const present = evaluate(policy, makeFacts({ python, rust: "1.95.0" }));
      expect([present.outcome, present.rustModules]).toEqual(["pass", modules]);
      expect(evaluate(policy, makeFacts({ python, withRust: "no", rust: "1.95.0" })).outcome).toBe(
        optOut ? "pass" : "fail",
      );
    },
  );

  const cpythonPresets = PRESET_NAMES.filter((name) => name !== "accelerators");
  it.each(cpythonPresets)("%s names its source and the prototype's MSRV", (name) => {
    const preset = getPreset(name)!;
    expect(preset.source).toMatch(/\S/);
    expect(preset.msrv).toBe(PROTOTYPE_MSRV);
    expect(PROTOTYPE_MSRV).toBe("1.95");
  });

  it("accelerators sets no Rust floor: each crate's rust-version is the only one", () => {
    expect(getPreset("accelerators")!.msrv).toBeUndefined();
    const old = evaluate(PRESETS.accelerators, makeFacts({ python: "3.12", rust: "1.70.0" }));
    expect([old.outcome, old.rustModules]).toEqual(["pass", "build"]);
  });

  it("getPreset returns a copy callers can change", () => {
    getPreset("summit-2026")!.phases[0]!.rustUsed = true;
    expect(PRESETS["summit-2026"].phases[0]!.rustUsed).toBe(false);
  });
});

describe("Rust older than the MSRV", () => {
  const policy = PRESETS["pre-pep-2025"];
  it.each([
    ["3.14", "pass", "rust-not-used"],
    ["3.15", "warn", "rust-too-old"],
    ["3.16", "fail", "rust-too-old"],
    ["3.17", "fail", "rust-too-old"],
  ] as const)("CPython %s → %s (%s)", (python, outcome, code) => {
    const verdict = evaluate(policy, makeFacts({ python, rust: "1.63.0" }));
    expect([verdict.outcome, verdict.reasons[0]?.code, verdict.rustModules]).toEqual([outcome, code, "skip"]);
    if (code === "rust-too-old") {
      expect(verdict.message).toContain("rustc 1.63.0 is older than the minimum supported Rust version 1.95");
    }
  });

  it("names both versions and the fix in a required phase", () => {
    expect(evaluate(policy, makeFacts({ python: "3.17", rust: "1.91.1" })).message).toBe(
      "configure: error: Rust is required to build CPython 3.17 but rustc 1.91.1 is older than the minimum " +
        "supported Rust version 1.95 (policy pre-pep-2025); run `rustup update` or install Rust 1.95 or newer " +
        "(https://rustup.rs)",
    );
  });

  it("treats 1.95 as 1.95.0 and ignores pre-release tags like cargo does", () => {
    for (const release of ["1.95.0", "1.95.1", "1.96.0-nightly", "1.95.0-beta.3", "2.0.0"]) {
      expect(evaluate(policy, makeFacts({ python: "3.17", rust: release })).outcome).toBe("pass");
    }
    expect(evaluate(policy, makeFacts({ python: "3.17", rust: "1.94.1" })).outcome).toBe("fail");
  });

  it("Facts.msrv overrides the policy's MSRV (both ways) and is named as the source", () => {
    const older = evaluate(policy, makeFacts({ python: "3.17", rust: "1.91.1", msrv: "1.85" }));
    expect(older.outcome).toBe("pass");
    const newer = evaluate(policy, makeFacts({ python: "3.17", rust: "1.95.0", msrv: "1.96" }));
    expect(newer.outcome).toBe("fail");
    expect(newer.message).toContain("1.96 (Cargo.toml rust-version)");
  });

  it("a phase's own MSRV beats the policy's", () => {
    const custom: Policy = structuredClone(PRESETS["optional-modules"]);
    custom.phases[1]!.msrv = "1.85";
    expect(evaluate(custom, makeFacts({ python: "3.15", rust: "1.88.0" })).outcome).toBe("pass");
  });

  it("with --with-rust=yes a too-old Rust fails even where the phase only warns", () => {
    const verdict = evaluate(policy, makeFacts({ python: "3.15", rust: "1.63.0", withRust: "yes" }));
    expect([verdict.outcome, verdict.reasons[0]?.code]).toEqual(["fail", "rust-too-old"]);
    expect(verdict.message).toMatch(
      /^configure: error: --with-rust=yes was given but rustc 1\.63\.0 is older/,
    );
  });

  it("rejects an MSRV that is not a version", () => {
    expect(() => evaluate(policy, makeFacts({ python: "3.17", rust: "1.95.0", msrv: "latest" }))).toThrow(
      PolicyError,
    );
  });
});

describe("no Rust target for the platform", () => {
  const policy = PRESETS["pre-pep-2025"];
  it.each([
    ["3.14", "pass", "rust-not-used"],
    ["3.15", "warn", "no-rust-target"],
    ["3.16", "fail", "no-rust-target"],
    ["3.17", "fail", "no-rust-target"],
  ] as const)("alpha, CPython %s → %s", (python, outcome, code) => {
    const verdict = evaluate(
      policy,
      makeFacts({ python, rust: "1.95.0", triplet: "alpha-unknown-linux-gnu" }),
    );
    expect([verdict.outcome, verdict.reasons[0]?.code, verdict.rustModules]).toEqual([outcome, code, "skip"]);
  });

  it("3.16 points at the opt-out, 3.17 says the platform is lost", () => {
    const facts = (python: string) =>
      makeFacts({ python, rust: "1.95.0", triplet: "hppa-unknown-linux-gnu" });
    expect(evaluate(policy, facts("3.16")).message).toBe(
      "configure: error: Rust is required to build CPython 3.16 but Rust has no target for host " +
        "hppa-unknown-linux-gnu; pass --with-rust=no to build without the Rust extension modules",
    );
    expect(evaluate(policy, facts("3.17")).message).toBe(
      "configure: error: Rust is required to build CPython 3.17 but Rust has no target for host " +
        "hppa-unknown-linux-gnu; CPython 3.17 cannot be built on this platform",
    );
  });

  it("--with-rust=no still rescues 3.16 on such a platform", () => {
    const verdict = evaluate(
      policy,
      makeFacts({ python: "3.16", rust: "1.95.0", triplet: "sh4-unknown-linux-gnu", withRust: "no" }),
    );
    expect([verdict.outcome, verdict.reasons[0]?.code]).toEqual(["pass", "opt-out"]);
  });

  it("--with-rust=yes fails in an optional phase", () => {
    const verdict = evaluate(
      policy,
      makeFacts({ python: "3.15", rust: "1.95.0", triplet: "ia64-unknown-linux-gnu", withRust: "yes" }),
    );
    expect([verdict.outcome, verdict.reasons[0]?.code]).toEqual(["fail", "no-rust-target"]);
    expect(verdict.message).toContain(
      "--with-rust=yes was given but Rust has no target for host ia64-unknown-linux-gnu",
    );
  });
});

describe("target std not installed", () => {
  const policy = PRESETS["summit-2026"];
  it("suggests rustup target add for a shipped target", () => {
    const verdict = evaluate(
      policy,
      makeFacts({
        python: "3.16",
        rust: "1.95.0",
        triplet: "aarch64-linux-android",
        installedTargets: ["x86_64-unknown-linux-gnu"],
      }),
    );
    expect([verdict.outcome, verdict.reasons[0]?.code, verdict.rustModules]).toEqual([
      "warn",
      "rust-target-not-installed",
      "skip",
    ]);
    expect(verdict.message).toContain("run `rustup target add aarch64-linux-android`");
  });

  it("builds when the target is installed", () => {
    const verdict = evaluate(
      policy,
      makeFacts({
        python: "3.18",
        rust: "1.95.0",
        triplet: "aarch64-linux-android",
        installedTargets: ["aarch64-linux-android"],
      }),
    );
    expect([verdict.outcome, verdict.rustModules]).toEqual(["pass", "build"]);
  });

  it("reports a too-old Rust and a missing target together, worst first", () => {
    const verdict = evaluate(
      policy,
      makeFacts({ python: "3.18", rust: "1.80.0", triplet: "m68k-unknown-linux-gnu", installedTargets: [] }),
    );
    expect(verdict.reasons.map((reason) => reason.code)).toEqual([
      "rust-too-old",
      "rust-target-not-installed",
    ]);
    expect(verdict.reasons[1]?.message).toContain(
      "rustup ships no standard library for m68k-unknown-linux-gnu",
    );
  });
});

describe("other rules", () => {
  it("a version no phase covers fails with no-phase", () => {
    const policy: Policy = { ...structuredClone(PRESETS["optional-modules"]), name: "partial" };
    policy.phases = policy.phases.slice(1);
    const verdict = evaluate(policy, makeFacts({ python: "3.12" }));
    expect([verdict.outcome, verdict.phase, verdict.reasons[0]?.code]).toEqual(["fail", "none", "no-phase"]);
  });

  it("whenMissing: ignore passes quietly and skips the modules", () => {
    const policy = structuredClone(PRESETS["optional-modules"]);
    policy.phases[1]!.whenMissing = "ignore";
    const verdict = evaluate(policy, makeFacts({ python: "3.15" }));
    expect([verdict.outcome, verdict.rustModules]).toEqual(["pass", "skip"]);
    expect(verdict.message).not.toMatch(/^configure:/);
  });

  it("a phase that uses Rust without building modules never builds them", () => {
    const policy = structuredClone(PRESETS["optional-modules"]);
    policy.phases[1]!.buildModules = false;
    expect(evaluate(policy, makeFacts({ python: "3.15", rust: "1.95.0" })).rustModules).toBe("skip");
  });

  it("is deterministic", () => {
    const facts = makeFacts({ python: "3.16", rust: "1.80.0", triplet: "armv7l-unknown-linux-gnueabihf" });
    expect(evaluate(PRESETS["pre-pep-2025"], facts)).toEqual(
      evaluate(PRESETS["pre-pep-2025"], structuredClone(facts)),
    );
  });
});
