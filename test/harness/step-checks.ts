/**
 * What every test of a finished step asks, written once: its error annotations, its result file
 * (which must be a valid oxidize/result@1), whether a stack trace leaked into the log, and the real
 * Python interpreter to give the actions.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { validateResult } from "@oxidize/report";
import { expect } from "vitest";
import type { ActionRunResult } from "./run-action.js";

/** A line of a JavaScript stack trace: never in a step's log, whatever went wrong. */
export const STACK_FRAME = /^\s+at \S.*:\d+:\d+\)?$/m;

export function errorAnnotations(run: ActionRunResult) {
  return run.annotations.filter((a) => a.level === "error");
}

/** One module of build-rust-modules' result (`details.modules[]`), as the tests read it. */
export interface ReportModule {
  module: string;
  status: string;
  code: string;
  reason: string;
  short: string;
  fallback?: string;
  artifact?: { path: string; bytes: number; extSuffix: string };
  buildSeconds?: number;
  imported?: boolean | string;
  verified?: boolean | string;
}

/**
 * A workspace whose rust-toolchain.toml names the machine's installed toolchain by path: setup-rust
 * uses it as it is and downloads nothing.
 */
export function pathToolchainWorkspace(): string {
  const sysroot = execFileSync("rustc", ["--print", "sysroot"], { encoding: "utf8" }).trim();
  const workspace = mkdtempSync(join(tmpdir(), "path-toolchain-"));
  writeFileSync(join(workspace, "rust-toolchain.toml"), `[toolchain]\npath = ${JSON.stringify(sysroot)}\n`);
  return workspace;
}

/** The step's result file (its `report` output), checked against the schema. */
export async function resultOf<T = { conclusion: string }>(run: ActionRunResult): Promise<T> {
  const json = JSON.parse(readFileSync(run.outputs["report"]!, "utf8")) as T;
  expect(await validateResult(json)).toMatchObject({ valid: true });
  return json;
}

/**
 * The interpreter itself, not a pyenv shim: the shim is slow (~0.4 s a start here) and needs
 * PATH entries the "no Rust" runs remove.
 */
export const realPython: string = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], {
  encoding: "utf8",
}).trim();

/**
 * An environment in which neither cargo nor rustc can be found by any route: only the real
 * Python's directory and the system's on PATH, an empty CARGO_HOME, no CARGO/RUSTC/RUSTUP_TOOLCHAIN.
 */
export function withoutRust(): Record<string, string | undefined> {
  return {
    PATH: [dirname(realPython), "/usr/bin", "/bin"].join(delimiter),
    CARGO: undefined,
    RUSTC: undefined,
    RUSTUP_TOOLCHAIN: undefined,
    CARGO_HOME: mkdtempSync(join(tmpdir(), "empty-cargo-home-")),
  };
}
