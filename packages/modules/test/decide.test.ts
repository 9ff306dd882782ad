import { describe, expect, it } from "vitest";
import {
  compareRustVersions,
  type DecisionContext,
  decideModule,
  headline,
  type ModuleOutcome,
  type ModuleSpec,
  type PhaseDecision,
} from "../src/index.js";

const spec: ModuleSpec = {
  module: "_base64",
  package: "_base64",
  manifestPath: "/ws/Modules/_base64/Cargo.toml",
  libName: "_base64",
  fallback: "base64",
  abi3: true,
  rustVersion: "1.85",
};

const optionalPhase: PhaseDecision = {
  label: "policy optional-modules, phase rust-optional (CPython 3.16)",
  policy: "optional-modules",
  phase: "rust-optional",
  buildModules: true,
  rustRequired: false,
  whenMissing: "warn",
  whenTooOld: "warn",
  whenNoTarget: "warn",
  msrv: "1.95",
};

function ctx(overrides: Partial<DecisionContext> = {}): DecisionContext {
  return {
    python: "3.16",
    phase: optionalPhase,
    rust: { available: true, release: "1.95.0", host: "x86_64-unknown-linux-gnu" },
    target: { triple: "x86_64-unknown-linux-gnu", stdInstalled: true },
    required: [],
    ...overrides,
  };
}

function skipOf(c: DecisionContext, s: ModuleSpec = spec): ModuleOutcome {
  const decision = decideModule(s, c);
  if (decision.action !== "skip") throw new Error(`expected a skip, got ${JSON.stringify(decision)}`);
  return decision.outcome;
}

describe("decideModule", () => {
  it("builds when everything is in place", () => {
    expect(decideModule(spec, ctx())).toEqual({ action: "build" });
  });

  it.each([
    [
      "Rust missing",
      { rust: { available: false, problem: "cargo not found (no cargo on PATH)" } },
      "missing",
      "rust-missing",
      /cargo not found/,
    ],
    [
      "Rust too old",
      { rust: { available: true, release: "1.63.0" } },
      "missing",
      "rust-too-old",
      /1\.63\.0 is older than 1\.95 \(msrv of policy optional-modules\)/,
    ],
    [
      "unknown target",
      { target: { triple: "alpha-unknown-linux-gnu", known: false, stdInstalled: false } },
      "n/a",
      "no-rust-target",
      /no target alpha-unknown-linux-gnu/,
    ],
    [
      "rust-std missing",
      { target: { triple: "sparc-unknown-linux-gnu", known: true, stdInstalled: false, sysroot: "/sr" } },
      "missing",
      "rust-std-missing",
      /rustup target add sparc-unknown-linux-gnu/,
    ],
    [
      "policy disables",
      { phase: { ...optionalPhase, buildModules: false } },
      "disabled",
      "policy-disabled",
      /does not build Rust extension modules/,
    ],
  ] as const)("%s → %s (%s), fallback named", (_name, overrides, status, code, reason) => {
    const outcome = skipOf(ctx(overrides as Partial<DecisionContext>));
    expect(outcome).toMatchObject({ status, code, fallback: "base64" });
    expect(outcome.reason).toMatch(reason);
    expect(outcome.reason).toMatch(/base64 is used instead/);
    expect(outcome.mandatory).toBeUndefined();
  });

  it("names both versions and the highest floor's source", () => {
    const outcome = skipOf(
      ctx({ rust: { available: true, release: "1.90.0" }, phase: { ...optionalPhase, msrv: "1.80" } }),
      {
        ...spec,
        rustVersion: "1.91",
      },
    );
    expect(outcome.short).toBe("Rust 1.90.0 < 1.91");
    expect(outcome.reason).toMatch(/rust-version of _base64/);
  });

  it.each([
    ["listed in required", { required: ["_base64"] }, /listed in input 'required'/],
    ["required-from reached", { python: "3.17" }, /required-from = "3.17"/],
    [
      "policy requires Rust",
      { phase: { ...optionalPhase, rustRequired: true, label: "P" } },
      /P requires Rust/,
    ],
    [
      "policy fails configure when missing",
      { phase: { ...optionalPhase, whenMissing: "fail", label: "P" } },
      /configure fails when Rust is missing/,
    ],
  ] as const)("missing Rust fails when %s", (_name, overrides, why) => {
    const outcome = skipOf(
      ctx({ rust: { available: false, problem: "no cargo" }, ...(overrides as Partial<DecisionContext>) }),
      { ...spec, requiredFrom: "3.17" },
    );
    expect(outcome.status).toBe("failed");
    expect(outcome.mandatory).toMatch(why);
    expect(outcome.reason).toMatch(/This fails the job/);
  });

  it("required-from in the future keeps the module optional", () => {
    const outcome = skipOf(ctx({ python: "3.16", rust: { available: false } }), {
      ...spec,
      requiredFrom: "3.17",
    });
    expect(outcome.status).toBe("missing");
  });

  it("a too-old Rust only fails when the phase fails on it", () => {
    const old = { rust: { available: true, release: "1.63.0" } };
    expect(skipOf(ctx({ ...old, phase: { ...optionalPhase, whenTooOld: "fail" } })).status).toBe("failed");
    expect(skipOf(ctx({ ...old, phase: { ...optionalPhase, whenMissing: "fail" } })).status).toBe("missing");
  });

  it("passes the mandatory reason on to the build", () => {
    expect(decideModule(spec, ctx({ required: ["_base64"] }))).toEqual({
      action: "build",
      mandatory: "_base64 is listed in input 'required'",
    });
  });
});

describe("compareRustVersions", () => {
  it.each([
    ["1.63.0", "1.95", -1],
    ["1.95.0", "1.95", 0],
    ["1.96.0-nightly", "1.95", 1],
    ["1.95.0-nightly", "1.95.0", 0],
    ["1.100.0", "1.99", 1],
  ] as const)("%s vs %s", (a, b, expected) => {
    expect(compareRustVersions(a, b)).toBe(expected);
  });
});

describe("headline", () => {
  const o = (module: string, status: ModuleOutcome["status"], short: string): ModuleOutcome => ({
    module,
    package: module,
    status,
    code: status === "built" ? "built" : "rust-too-old",
    reason: "",
    short,
    diagnostics: [],
  });
  it.each([
    [[], "no Rust extension modules found"],
    [[o("a", "built", "built"), o("b", "built", "built")], "2 built"],
    [
      [
        o("a", "built", "built"),
        o("b", "missing", "Rust 1.63.0 < 1.95"),
        o("c", "missing", "Rust 1.63.0 < 1.95"),
      ],
      "1 built, 2 skipped: Rust 1.63.0 < 1.95",
    ],
    [[o("a", "built", "built"), o("b", "skipped", "build failed")], "1 built, 1 skipped: b: build failed"],
    [
      [o("a", "failed", "build failed"), o("b", "n/a", "no Rust target x")],
      "0 built, 1 skipped, 1 failed: a: build failed; b: no Rust target x",
    ],
  ] as const)("%#", (outcomes, expected) => {
    expect(headline(outcomes as unknown as ModuleOutcome[])).toBe(expected);
  });
});
