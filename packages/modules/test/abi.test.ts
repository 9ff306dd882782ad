import { describe, expect, it } from "vitest";
import { abiFromCfgs, abiProblem, type Interpreter } from "../src/index.js";

const py = (version: string, freeThreaded = false): Interpreter => ({
  executable: `/py/${version}`,
  version,
  implementation: "cpython",
  extSuffix: ".so",
  freeThreaded,
});

describe("abiFromCfgs", () => {
  it("reads PyO3's cfgs", () => {
    expect(abiFromCfgs(["Py_3_7", "Py_3_8", "Py_3_11"], "pyo3-ffi 0.17.3")).toEqual({
      source: "pyo3-ffi 0.17.3",
      limited: false,
      minor: 11,
      freeThreaded: false,
      pypy: false,
    });
    expect(abiFromCfgs(["Py_3_7", "Py_3_8", "Py_LIMITED_API"], "x")).toMatchObject({
      limited: true,
      minor: 8,
    });
    expect(abiFromCfgs(["Py_3_13", "Py_GIL_DISABLED"], "x")).toMatchObject({ freeThreaded: true, minor: 13 });
    expect(abiFromCfgs(['feature="x"'], "x")).toBeUndefined();
  });
});

describe("abiProblem", () => {
  const built311 = abiFromCfgs(["Py_3_7", "Py_3_11"], "pyo3")!;
  const abi38 = abiFromCfgs(["Py_3_7", "Py_3_8", "Py_LIMITED_API"], "pyo3")!;
  const ft313 = abiFromCfgs(["Py_3_13", "Py_GIL_DISABLED"], "pyo3")!;
  it.each([
    [built311, py("3.11"), undefined],
    [built311, py("3.8"), "it was built for CPython 3.11, but /py/3.8 is Python 3.8"],
    [built311, py("3.12"), "it was built for CPython 3.11, but /py/3.12 is Python 3.12"],
    [abi38, py("3.12"), undefined],
    [abi38, py("3.7"), "it was built for the stable ABI (abi3) of CPython 3.8+, but /py/3.7 is Python 3.7"],
    [abi38, py("3.14", true), expect.stringContaining("free-threaded Python cannot load")],
    [ft313, py("3.13", true), undefined],
    [ft313, py("3.13"), "it was built for CPython 3.13t, but /py/3.13 is Python 3.13"],
    [built311, py("3.11", true), "it was built for CPython 3.11, but /py/3.11 is Python 3.11t"],
  ])("%j on %j", (abi, interpreter, expected) => {
    expect(abiProblem(abi, interpreter)).toEqual(expected);
  });
});
