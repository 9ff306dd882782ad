// Every cell of the pre-PEP table (DOMAIN.md): CPython version × {Rust missing, present,
// --with-rust=no, --with-rust=yes with and without Rust}.
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/evaluate.js";
import { PRESETS } from "../src/presets.js";
import type { Outcome, ReasonCode } from "../src/types.js";
import { makeFacts } from "./helpers.js";

const policy = PRESETS["pre-pep-2025"];

type Scenario = "missing" | "present" | "opt-out" | "opt-out-present" | "yes-missing" | "yes-present";
type Expected = [outcome: Outcome, modules: "build" | "skip", code: ReasonCode];

const scenarios: Record<Scenario, { rust: string; withRust: "default" | "yes" | "no" }> = {
  missing: { rust: "missing", withRust: "default" },
  present: { rust: "1.95.0", withRust: "default" },
  "opt-out": { rust: "missing", withRust: "no" },
  "opt-out-present": { rust: "1.95.0", withRust: "no" },
  "yes-missing": { rust: "missing", withRust: "yes" },
  "yes-present": { rust: "1.95.0", withRust: "yes" },
};

const unused: Expected = ["pass", "skip", "rust-not-used"];
const table: Record<string, Record<Scenario, Expected>> = {
  "3.13": {
    missing: unused,
    present: unused,
    "opt-out": unused,
    "opt-out-present": unused,
    "yes-missing": unused,
    "yes-present": unused,
  },
  "3.14": {
    missing: unused,
    present: unused,
    "opt-out": unused,
    "opt-out-present": unused,
    "yes-missing": unused,
    "yes-present": unused,
  },
  "3.15": {
    missing: ["warn", "skip", "rust-missing"],
    present: ["pass", "build", "rust-ok"],
    "opt-out": ["pass", "skip", "opt-out"],
    "opt-out-present": ["pass", "skip", "opt-out"],
    "yes-missing": ["fail", "skip", "explicit-with-rust-missing"],
    "yes-present": ["pass", "build", "rust-ok"],
  },
  "3.16": {
    missing: ["fail", "skip", "rust-missing"],
    present: ["pass", "build", "rust-ok"],
    "opt-out": ["pass", "skip", "opt-out"],
    "opt-out-present": ["pass", "skip", "opt-out"],
    "yes-missing": ["fail", "skip", "explicit-with-rust-missing"],
    "yes-present": ["pass", "build", "rust-ok"],
  },
  "3.17": {
    missing: ["fail", "skip", "rust-missing"],
    present: ["pass", "build", "rust-ok"],
    "opt-out": ["fail", "skip", "opt-out-rejected"],
    "opt-out-present": ["fail", "skip", "opt-out-rejected"],
    "yes-missing": ["fail", "skip", "explicit-with-rust-missing"],
    "yes-present": ["pass", "build", "rust-ok"],
  },
  "3.20": {
    missing: ["fail", "skip", "rust-missing"],
    present: ["pass", "build", "rust-ok"],
    "opt-out": ["fail", "skip", "opt-out-rejected"],
    "opt-out-present": ["fail", "skip", "opt-out-rejected"],
    "yes-missing": ["fail", "skip", "explicit-with-rust-missing"],
    "yes-present": ["pass", "build", "rust-ok"],
  },
};

const cases = Object.entries(table).flatMap(([python, row]) =>
  Object.entries(row).map(([scenario, expected]) => ({ python, scenario: scenario as Scenario, expected })),
);

describe("pre-pep-2025: every cell of the table", () => {
  it.each(cases)("CPython $python, $scenario", ({ python, scenario, expected }) => {
    const verdict = evaluate(policy, makeFacts({ python, ...scenarios[scenario] }));
    const [outcome, modules, code] = expected;
    expect({
      outcome: verdict.outcome,
      modules: verdict.rustModules,
      code: verdict.reasons[0]?.code,
    }).toEqual({
      outcome,
      modules,
      code,
    });
    expect(verdict.message).toBe(verdict.reasons[0]?.message);
    const prefix =
      outcome === "fail" ? "configure: error: " : outcome === "warn" ? "configure: WARNING: " : "";
    if (prefix) expect(verdict.message.startsWith(prefix)).toBe(true);
    else expect(verdict.message).not.toMatch(/^configure: (error|WARNING)/);
  });
});

describe("pre-pep-2025: messages", () => {
  const message = (python: string, scenario: Scenario) =>
    evaluate(policy, makeFacts({ python, ...scenarios[scenario] })).message;

  it("3.15 warns that modules are skipped and how to silence it", () => {
    expect(message("3.15", "missing")).toBe(
      "configure: WARNING: neither cargo nor rustc was found; building CPython 3.15 without its Rust extension modules. " +
        "To build them, install Rust (https://rustup.rs); pass --with-rust=no to silence this warning",
    );
  });

  it("3.16 fails and offers the opt-out", () => {
    expect(message("3.16", "missing")).toBe(
      "configure: error: Rust is required to build CPython 3.16 but neither cargo nor rustc was found; install Rust " +
        "(https://rustup.rs), or pass --with-rust=no to build without the Rust extension modules",
    );
  });

  it("3.17 fails and no longer offers the opt-out", () => {
    const text = message("3.17", "missing");
    expect(text).toBe(
      "configure: error: Rust is required to build CPython 3.17 but neither cargo nor rustc was found; install Rust (https://rustup.rs)",
    );
    expect(message("3.17", "opt-out")).toBe(
      "configure: error: --with-rust=no is no longer supported: Rust is required to build CPython 3.17; " +
        "install Rust (https://rustup.rs) and drop --with-rust=no",
    );
  });

  it("≤ 3.14 accepts the flags without effect and says so", () => {
    expect(message("3.14", "opt-out")).toBe(
      "CPython 3.14 does not use Rust: configure does not look for it; --with-rust=no is accepted and has no effect",
    );
    expect(message("3.14", "yes-missing")).toContain("--with-rust=yes is accepted and has no effect");
  });

  it("explicit --with-rust names the flag as given", () => {
    const verdict = evaluate(policy, makeFacts({ python: "3.15", withRust: "yes", flag: "--with-rust" }));
    expect(verdict.message).toBe(
      "configure: error: --with-rust was given but neither cargo nor rustc was found; install Rust (https://rustup.rs), or drop --with-rust",
    );
  });

  it("names the missing tool when only one of cargo and rustc was found", () => {
    const facts = makeFacts({ python: "3.16" });
    facts.rust.cargo = { path: "/usr/bin/cargo", source: "PATH" };
    expect(evaluate(policy, facts).message).toContain("but rustc was not found");
  });
});

describe("rustRequired", () => {
  it.each([
    ["3.14", "missing", false],
    ["3.15", "missing", false],
    ["3.15", "yes-missing", true],
    ["3.16", "missing", true],
    ["3.16", "opt-out", false],
    ["3.17", "present", true],
    ["3.17", "opt-out", true],
  ] as const)("CPython %s, %s → %s", (python, scenario, required) => {
    expect(evaluate(policy, makeFacts({ python, ...scenarios[scenario] })).rustRequired).toBe(required);
  });
});
