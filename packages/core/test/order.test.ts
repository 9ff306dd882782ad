import { describe, expect, it } from "vitest";
import { compareText } from "../src/order.js";

describe("compareText", () => {
  it("orders by code unit, the same on every machine: digits, then capitals, then '_', then lower case", () => {
    const names = [
      "zlib-rs",
      "_base64",
      "Zeta",
      "pyo3",
      "pyo3-ffi",
      "pyo3_macros",
      "10",
      "9",
      "alpha",
      "Alpha",
    ];
    expect([...names].sort(compareText)).toEqual([
      "10",
      "9",
      "Alpha",
      "Zeta",
      "_base64",
      "alpha",
      "pyo3",
      "pyo3-ffi",
      "pyo3_macros",
      "zlib-rs",
    ]);
  });

  it("is zero only for equal text, and antisymmetric", () => {
    expect(compareText("a", "a")).toBe(0);
    expect(compareText("a", "b")).toBe(-1);
    expect(compareText("b", "a")).toBe(1);
    expect(compareText("", "a")).toBe(-1);
  });
});
