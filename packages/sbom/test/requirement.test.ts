import { describe, expect, it } from "vitest";
import { cargoRange, RequirementError, satisfiesCargo } from "../src/requirement.js";

describe("cargo requirements", () => {
  it.each([
    // A bare version is a caret requirement in cargo (exact in npm).
    ["0.5", "0.5.9", true],
    ["0.5", "0.6.0", false],
    ["1.2.3", "1.9.0", true],
    ["1.2.3", "1.2.2", false],
    ["0.0.3", "0.0.4", false],
    ["=1.2.3", "1.2.4", false],
    ["=1.2", "1.2.7", true],
    ["~1.2", "1.3.0", false],
    ["*", "7.0.0", true],
    ["1.*", "1.9.0", true],
    // RustSec's spacing and cargo's commas.
    [">= 0.7.20, < 1.0.0", "0.7.20", true],
    [">= 0.7.20, < 1.0.0", "1.0.0", false],
    [">= 0.7.20, < 1.0.0", "0.7.19", false],
    ["< 0.6.0", "0.5.99", true],
  ])("%s admits %s: %s", (requirement, version, expected) => {
    expect(satisfiesCargo(version, requirement)).toBe(expected);
  });

  it("refuses what is not a requirement, quoting it", () => {
    expect(() => cargoRange(">= banana")).toThrow(RequirementError);
    expect(() => cargoRange(">= banana")).toThrow('">= banana"');
    expect(() => cargoRange("1.0,")).toThrow(/empty comparator/);
  });
});
