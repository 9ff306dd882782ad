/**
 * Which Python ABI a module was really built for, and whether the interpreter can load it.
 * PyO3's build scripts tell cargo the configuration they compiled against as cfgs — `Py_3_7` …
 * `Py_3_<minor>`, `Py_LIMITED_API` for the stable ABI, `Py_GIL_DISABLED` for free-threading —
 * and cargo reports them in its `build-script-executed` messages, fresh builds included. That is
 * the ABI of every module linking that pyo3-ffi, whatever its Cargo.toml declares and whichever
 * workspace member turned a feature on. A module without PyO3 (plain FFI) is taken at its word.
 */
import type { Interpreter } from "./interpreter.js";

export interface BuiltAbi {
  /** "pyo3-ffi 0.17.3" when read from PyO3's cfgs; "declared" when taken from Cargo.toml. */
  source: string;
  /** Stable ABI (abi3): the lowest minor it supports; else the exact minor it was built for. */
  limited: boolean;
  /** 3.<minor>; undefined for a declared ABI (unknown). */
  minor?: number;
  freeThreaded: boolean;
  pypy: boolean;
}

/** The crates whose build scripts emit PyO3's cfgs (either is enough; the first found wins). */
export const PYO3_CFG_CRATES = ["pyo3-ffi", "pyo3"] as const;

/** PyO3's cfgs → the ABI; undefined when they say nothing about Python. */
export function abiFromCfgs(cfgs: readonly string[], source: string): BuiltAbi | undefined {
  const minors = cfgs
    .map((c) => /^Py_3_(\d+)$/.exec(c)?.[1])
    .filter((m) => m !== undefined)
    .map(Number);
  if (minors.length === 0) return undefined;
  return {
    source,
    limited: cfgs.includes("Py_LIMITED_API"),
    minor: Math.max(...minors),
    freeThreaded: cfgs.includes("Py_GIL_DISABLED"),
    pypy: cfgs.includes("PyPy"),
  };
}

export function describeAbi(abi: BuiltAbi): string {
  if (abi.minor === undefined)
    return abi.limited ? "the stable ABI (declared)" : "a version-specific ABI (declared)";
  const impl = abi.pypy ? "PyPy" : "CPython";
  if (abi.limited) return `the stable ABI (abi3) of ${impl} 3.${abi.minor}+`;
  return `${impl} 3.${abi.minor}${abi.freeThreaded ? "t" : ""}`;
}

/** Why this interpreter cannot load a module of this ABI, or undefined when it can. */
export function abiProblem(abi: BuiltAbi, interpreter: Interpreter): string | undefined {
  const minor = Number(interpreter.version.split(".")[1]);
  const label = `${interpreter.executable} is ${interpreter.implementation === "pypy" ? "PyPy" : "Python"} ${interpreter.version}${interpreter.freeThreaded ? "t" : ""}`;
  if (abi.limited && interpreter.freeThreaded) {
    return `it was built for the stable ABI (abi3), which free-threaded Python cannot load, and ${label}; build without pyo3's abi3 feature for free-threaded Pythons`;
  }
  if (abi.minor === undefined) return undefined;
  if (abi.freeThreaded !== interpreter.freeThreaded) {
    return `it was built for ${describeAbi(abi)}, but ${label}`;
  }
  if (abi.pypy !== (interpreter.implementation === "pypy"))
    return `it was built for ${describeAbi(abi)}, but ${label}`;
  if (abi.limited ? minor < abi.minor : minor !== abi.minor)
    return `it was built for ${describeAbi(abi)}, but ${label}`;
  return undefined;
}
