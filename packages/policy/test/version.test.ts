import { describe, expect, it } from "vitest";
import { PolicyError } from "../src/errors.js";
import { PRESETS } from "../src/presets.js";
import {
  comparePythonVersions,
  describeRange,
  nextPythonVersion,
  parsePythonVersion,
  phaseContains,
  phaseFor,
} from "../src/version.js";

describe("CPython versions", () => {
  it.each([
    ["3.15", { major: 3, minor: 15 }],
    ["3.15.0a2", { major: 3, minor: 15, full: "3.15.0a2" }],
    [" 3.16.1 ", { major: 3, minor: 16, full: "3.16.1" }],
    ["3.17.0rc1", { major: 3, minor: 17, full: "3.17.0rc1" }],
    ["3.14t", { major: 3, minor: 14, full: "3.14t", freeThreaded: true }],
    ["3.13.1t", { major: 3, minor: 13, full: "3.13.1t", freeThreaded: true }],
  ])("parses %j", (text, expected) => {
    expect(parsePythonVersion(text)).toEqual(expected);
  });

  it.each(["3", "three.15", "3.15.x", "", "v3.15", "3.14tt", "3.14d"])(
    "rejects %j naming the input",
    (text) => {
      expect(() => parsePythonVersion(text, "python-version input")).toThrow(PolicyError);
      expect(() => parsePythonVersion(text, "python-version input")).toThrow(
        /^python-version input must look like/,
      );
    },
  );

  it("compares numerically (3.9 < 3.10)", () => {
    expect(comparePythonVersions("3.9", "3.10")).toBeLessThan(0);
    expect(comparePythonVersions("3.15.0a1", "3.15")).toBe(0);
    expect(["3.18", "3.9", "3.10", "3.14"].sort(comparePythonVersions)).toEqual([
      "3.9",
      "3.10",
      "3.14",
      "3.18",
    ]);
    expect(nextPythonVersion("3.19")).toBe("3.20");
  });

  it("ranges are inclusive on both ends, open ends match everything", () => {
    expect(phaseContains({ from: "3.16", until: "3.17" }, "3.16")).toBe(true);
    expect(phaseContains({ from: "3.16", until: "3.17" }, "3.17.4")).toBe(true);
    expect(phaseContains({ from: "3.16", until: "3.17" }, "3.18")).toBe(false);
    expect(phaseContains({ until: "3.14" }, "2.7")).toBe(true);
    expect(phaseContains({}, "3.99")).toBe(true);
    expect(describeRange({ until: "3.14" })).toBe("≤ 3.14");
    expect(describeRange({ from: "3.16", until: "3.17" })).toBe("3.16–3.17");
    expect(describeRange({ from: "3.15", until: "3.15" })).toBe("3.15");
    expect(describeRange({ from: "3.18" })).toBe("≥ 3.18");
  });

  it.each([
    ["3.9", "rust-not-used"],
    ["3.14.2", "rust-not-used"],
    ["3.15.0a2", "rust-optional"],
    ["3.16", "rust-default-opt-out"],
    ["3.17", "rust-required"],
    ["3.99", "rust-required"],
  ])("phaseFor(pre-pep-2025, %s) = %s", (version, id) => {
    expect(phaseFor(PRESETS["pre-pep-2025"], version)?.id).toBe(id);
    expect(phaseFor(PRESETS["pre-pep-2025"], parsePythonVersion(version))?.id).toBe(id);
  });
});
