import { describe, expect, it } from "vitest";
import { compareRun, lastLines, observeRun } from "../src/index.js";

const WARN = "configure: WARNING: cargo was not found; building without the Rust extension modules";
const OTHER_WARN = "configure: WARNING: unrecognized options: --enable-foo";
const ERROR = "configure: error: Rust is needed to build CPython 3.16";

describe("observeRun", () => {
  it("keeps only Rust warnings and every configure error", () => {
    const observed = observeRun(1, `checking for cargo... no\n${OTHER_WARN}\r\n${WARN}\n${ERROR}\n`);
    expect(observed).toEqual({
      exitCode: 1,
      timedOut: false,
      rustWarnings: [WARN],
      errors: [ERROR],
      outcome: "fail",
    });
  });
  it.each([
    [0, "", "pass"],
    [0, OTHER_WARN, "pass"],
    [0, WARN, "warn"],
    [0, "configure: WARNING: RUSTC is too old", "warn"],
    [2, "", "fail"],
    [null, "", "fail"],
  ] as const)("exit %s with %j is %s", (exit, output, outcome) => {
    expect(observeRun(exit, output).outcome).toBe(outcome);
  });
});

describe("compareRun", () => {
  it.each([
    ["fail", 1, ERROR, []],
    [
      "fail",
      0,
      "",
      [
        "configure succeeded (exit 0) where the policy requires it to fail",
        "configure printed no 'configure: error:' line",
      ],
    ],
    ["fail", 1, "make: *** no rule", ["configure printed no 'configure: error:' line"]],
    ["warn", 0, WARN, []],
    [
      "warn",
      0,
      OTHER_WARN,
      ["configure printed no 'configure: WARNING:' line about Rust where the policy requires one"],
    ],
    ["warn", 1, `${WARN}\n${ERROR}`, ["configure exited with 1 where the policy requires it to succeed"]],
    ["pass", 0, OTHER_WARN, []],
    ["pass", 0, WARN, [`configure warned about Rust where the policy expects no warning: ${WARN}`]],
    ["pass", 77, ERROR, ["configure exited with 77 where the policy requires it to succeed"]],
    ["pass", null, "", ["configure was killed where the policy requires it to succeed"]],
  ] as const)("expected %s, exit %s, %j", (outcome, exit, output, mismatches) => {
    expect(compareRun({ outcome }, observeRun(exit, output))).toEqual(mismatches);
  });
  it("reports a timeout as such", () => {
    expect(compareRun({ outcome: "pass" }, observeRun(null, "", true))).toEqual([
      "configure did not finish in time",
    ]);
  });
});

describe("lastLines", () => {
  it("keeps the last lines without the trailing blank", () => {
    const text = `${Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join("\n")}\n\n`;
    expect(lastLines(text, 20)).toEqual(Array.from({ length: 20 }, (_, i) => `line ${i + 11}`));
    expect(lastLines("")).toEqual([]);
  });
});
