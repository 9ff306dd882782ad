/**
 * The problem matchers against REAL output of rustc, cargo, clippy, rustfmt and a panicking
 * program (the machine's toolchain), applied with the runner's own matching semantics.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addMatcherCommands, MATCHER_FILES, MATCHER_OWNERS } from "@oxidize/action-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MatchedIssue, RunnerMatchers } from "../../../test/harness/runner-matchers.js";
import { matchersDirectory } from "../src/matchers.js";

const LIB_RS = `pub fn answer() -> u32 {
    let unused = 1;
    42
}

pub fn nothing_in(v: &[u8]) -> bool {
    v.len() == 0
}
pub fn  badly_formatted( ) {}
`;
const MAIN_RS = `fn main() {
    let x: i32 = "s";
    println!("{x}");
}
`;
const BOOM_RS = `fn main() {
    let n: Option<u8> = None;
    if n.is_none() {
        panic!("boom: nothing here");
    }
}
`;

/** stdout+stderr of a command that is expected to fail or warn; never throws. */
function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.error) throw result.error;
  return `${result.stdout}${result.stderr}`;
}

let root: string;
let crate: string;
const logs: Record<string, string> = {};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "oxidize-matchers-"));
  crate = join(root, "diag");
  mkdirSync(join(crate, "src"), { recursive: true });
  writeFileSync(join(crate, "Cargo.toml"), '[package]\nname = "diag"\nversion = "0.1.0"\nedition = "2021"\n');
  writeFileSync(join(crate, "src", "lib.rs"), LIB_RS);
  writeFileSync(join(crate, "src", "main.rs"), MAIN_RS);
  writeFileSync(join(crate, "boom.rs"), BOOM_RS);
  const env = { CARGO_TARGET_DIR: join(root, "target"), RUST_BACKTRACE: "0" };
  for (const color of ["always", "never"]) {
    const colored = { ...env, CARGO_TERM_COLOR: color };
    logs[`build-${color}`] = run("cargo", ["build", "--offline"], crate, colored);
    logs[`clippy-${color}`] = run("cargo", ["clippy", "--offline", "--lib"], crate, colored);
    logs[`fmt-${color}`] = run("cargo", ["fmt", "--check", "--", `--color=${color}`], crate, colored);
  }
  execFileSync("rustc", ["--edition", "2021", "boom.rs", "-o", join(root, "boom")], { cwd: crate });
  logs["panic"] = run(join(root, "boom"), [], crate, env);
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function issuesOf(log: string): MatchedIssue[] {
  const matchers = new RunnerMatchers(crate);
  for (const command of addMatcherCommands(matchersDirectory(join(import.meta.dirname, "..", "src")))) {
    matchers.add(command.slice("::add-matcher::".length));
  }
  return matchers.process(log);
}

describe.each(["always", "never"])("rustc and clippy diagnostics (CARGO_TERM_COLOR=%s)", (color) => {
  it("annotates the type error and the unused variable with file, line, column and code", () => {
    const log = logs[`build-${color}`]!;
    expect(log).toContain("mismatched types");
    const issues = issuesOf(log);
    expect(issues).toContainEqual({
      owner: "oxidize-rustc",
      type: "error",
      code: "E0308",
      message: "mismatched types",
      file: "src/main.rs",
      line: 2,
      column: 18,
    });
    expect(issues).toContainEqual({
      owner: "oxidize-rustc",
      type: "warning",
      message: "unused variable: `unused`",
      file: "src/lib.rs",
      line: 2,
      column: 9,
    });
    // Cargo's own summary lines ("warning: `diag` (lib) generated 1 warning", "error: could not
    // compile …") have no location line and must not become extra annotations.
    expect(issues).toHaveLength(2);
  });

  it("annotates a clippy lint", () => {
    const issues = issuesOf(logs[`clippy-${color}`]!);
    expect(issues).toContainEqual({
      owner: "oxidize-rustc",
      type: "warning",
      message: "length comparison to zero",
      file: "src/lib.rs",
      line: 7,
      column: 5,
    });
    expect(issues.every((i) => i.file === "src/lib.rs")).toBe(true);
  });

  it("annotates a rustfmt --check diff at its file and line", () => {
    const log = logs[`fmt-${color}`]!;
    const issues = issuesOf(log);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ owner: "oxidize-rustfmt", type: "error", file: "src/lib.rs" });
    expect(issues[0]!.message).toMatch(/^Diff in .*lib\.rs/);
    // The diff hunk starts at or before the badly formatted line 9 (rustfmt adds context).
    expect(issues[0]!.line).toBeGreaterThanOrEqual(6);
    expect(issues[0]!.line).toBeLessThanOrEqual(9);
  });
});

describe("panics", () => {
  it("annotates a panic in the current format (location line, then the message)", () => {
    const log = logs["panic"]!;
    expect(log).toMatch(/panicked at boom\.rs:4:9:/);
    expect(issuesOf(log)).toEqual([
      {
        owner: "oxidize-rust-panic",
        type: "error",
        message: "boom: nothing here",
        file: "boom.rs",
        line: 4,
        column: 9,
      },
    ]);
  });

  // rustc ≤ 1.72 printed the message inline; no such toolchain is on this machine, so this is
  // the recorded format from those releases' std (library/std/src/panicking.rs).
  it.each([
    ["thread 'main' panicked at 'boom: nothing here', boom.rs:4:9", "boom: nothing here", 4, 9],
    [
      "thread '<unnamed>' panicked at 'index out of bounds: the len is 1', boom.rs:2:5",
      "index out of bounds: the len is 1",
      2,
      5,
    ],
  ])("annotates the pre-1.73 format: %s", (line, message, lineNo, column) => {
    expect(issuesOf(`${line}\nnote: run with \`RUST_BACKTRACE=1\` to display a backtrace\n`)).toEqual([
      { owner: "oxidize-rust-panic-legacy", type: "error", message, file: "boom.rs", line: lineNo, column },
    ]);
  });
});

describe("matcher files", () => {
  it("declare exactly the owners the action documents, each once", () => {
    const dir = matchersDirectory(join(import.meta.dirname, "..", "src"));
    const owners = MATCHER_FILES.flatMap(
      (file) =>
        (JSON.parse(readFileSync(join(dir, file), "utf8")) as { problemMatcher: { owner: string }[] })
          .problemMatcher,
    ).map((m) => m.owner);
    expect(owners.sort()).toEqual([...MATCHER_OWNERS].sort());
  });

  it("are found next to the bundle (dist/matchers) or next to the sources (../matchers)", () => {
    const present = new Set(["/a/dist/matchers/rustc.json", "/b/matchers/rustc.json"]);
    const exists = (p: string) => present.has(p);
    expect(matchersDirectory("/a/dist", exists)).toBe("/a/dist/matchers");
    expect(matchersDirectory("/b/src", exists)).toBe("/b/matchers");
    expect(() => matchersDirectory("/c/dist", exists)).toThrow(/bundle is incomplete/);
  });
});
