import { describe, expect, it } from "vitest";
import { decideModule, decisionFromReport, type ModuleSpec } from "../src/index.js";

const spec: ModuleSpec = {
  module: "_base64",
  package: "_base64",
  manifestPath: "/ws/Modules/_base64/Cargo.toml",
  libName: "_base64",
  fallback: "base64",
  abi3: true,
};

function report(rustModules: "build" | "skip", codes: string[], rustRequired = false): string {
  return JSON.stringify({
    schema: "oxidize/result@1",
    action: "configure-policy",
    facts: { policy: "pre-pep-2025", python: "3.15" },
    details: {
      verdict: {
        outcome: "warn",
        phase: "rust-optional",
        rustRequired,
        rustModules,
        message: "configure: WARNING: cargo was not found",
        reasons: codes.map((code) => ({ code, message: code, outcome: "warn" })),
      },
    },
  });
}

const rust = { available: false, problem: "no cargo on PATH" };

describe("a configure-policy report that skips the modules", () => {
  it.each([
    [["rust-missing"], "missing", "rust-missing"],
    [["rust-too-old"], "missing", "rust-too-old"],
    [["no-rust-target"], "n/a", "no-rust-target"],
    [["rust-target-not-installed"], "missing", "rust-std-missing"],
    [["opt-out"], "disabled", "policy-disabled"],
  ])("with reasons %j gives module state %s (%s)", (codes, status, code) => {
    const phase = decisionFromReport(report("skip", codes), "policy.json", "3.15");
    const decision = decideModule(spec, { python: "3.15", phase, rust, required: [] });
    if (decision.action !== "skip") throw new Error(`expected a skip, got ${decision.action}`);
    expect(decision.outcome).toMatchObject({ status, code });
    // One sentence ends before the next begins.
    expect(decision.outcome.reason).toMatch(/^configure-policy decided not to build Rust modules: .*\.$/);
  });
});
