import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../../../test/fixtures/configure/copy-fixture.js";
import { policyCommand } from "../src/commands/policy.js";
import type { CliIo } from "../src/io.js";

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env,
    cwd,
  };
  const code = await policyCommand(args, io);
  return { code, stdout, stderr };
}

describe("oxidize policy evaluate", { timeout: 60_000 }, () => {
  it("reads the version from the source tree and detects the real Rust", async () => {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.16" });
    const r = await run(["evaluate", "--policy", "pre-pep-2025"], dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/^verdict: pass \(policy pre-pep-2025, phase rust-default-opt-out\)\n/);
    expect(r.stdout).toMatch(/\n {2}python +3\.16\.0a0 \(Include\/patchlevel\.h\)\n/);
    expect(r.stdout).toMatch(/\n {2}msrv +1\.95 \(Cargo\.toml rust-version\)\n/);
    expect(r.stdout).toContain("[pass] rust-ok: ");
  });

  it("evaluates the current plan, summit-2026, when no --policy is given", async () => {
    const r = await run(
      ["evaluate", "--python-version", "3.16", "--rust", "absent"],
      copyConfigureFixture("correct"),
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^verdict: warn \(policy summit-2026, phase rust-optional\)\n/);
  });

  it.each([
    // The fixture tree is 3.16: evaluating 3.15 or 3.17 against it is a deliberate what-if.
    [["--python-version", "3.15", "--trust-python-version", "--rust", "absent"], 0, "warn"],
    [
      ["--python-version", "3.15", "--trust-python-version", "--rust", "absent", "--fail-on", "warn"],
      1,
      "warn",
    ],
    [["--python-version", "3.16", "--rust", "absent"], 1, "fail"],
    [["--python-version", "3.16", "--rust", "absent", "--fail-on", "never"], 0, "fail"],
    [
      ["--python-version", "3.16", "--rust", "absent", "--configure-args", "--prefix=/x --with-rust=no"],
      0,
      "pass",
    ],
    [
      ["--python-version=3.17", "--trust-python-version", "--rust=absent", "--configure-args=--without-rust"],
      1,
      "fail",
    ],
    // Without --trust-python-version the tree's 3.16 is evaluated.
    [["--python-version", "3.15", "--rust", "absent"], 1, "fail"],
    [["--python-version", "3.16", "--policy", "summit-2026", "--rust", "absent"], 0, "warn"],
  ])("%j → exit %i, %s", async (args, code, outcome) => {
    // The staged plan's phases: the last --policy given wins, so a case may name another preset.
    const r = await run(
      ["evaluate", "--json", "--policy", "pre-pep-2025", ...args],
      copyConfigureFixture("correct"),
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(code);
    const json = JSON.parse(r.stdout) as { verdict: { outcome: string }; exitStatus: number };
    expect(json.verdict.outcome).toBe(outcome);
    expect(json.exitStatus).toBe(code);
  });

  it("takes a policy file relative to the working directory", async () => {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.16" });
    writeFileSync(
      join(dir, "policy.json"),
      JSON.stringify({
        name: "never-required",
        description: "Rust is optional forever.",
        phases: [
          {
            id: "optional",
            description: "Rust modules when Rust is found.",
            rustUsed: true,
            whenMissing: "warn",
            whenTooOld: "warn",
            whenNoTarget: "warn",
            optOutAccepted: true,
            buildModules: true,
            rustRequired: false,
          },
        ],
      }),
    );
    const r = await run(["evaluate", "--policy", "policy.json", "--rust", "absent"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^verdict: warn \(policy never-required, phase optional\)/);
  });
});

describe("oxidize policy conformance", { timeout: 60_000 }, () => {
  it("passes on the correct configure", async () => {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.15" });
    const r = await run(
      ["conformance", "--policy", "pre-pep-2025", "--run", "./configure --prefix=/tmp/x"],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /ok {4}with Rust hidden: \.\/configure --prefix=\/tmp\/x → exit 0; policy requires warn, configure did warn/,
    );
  });

  it("fails on the prototype-style configure with the evidence", async () => {
    const dir = copyConfigureFixture("broken", { pythonVersion: "3.16" });
    const r = await run(["conformance", "--policy=pre-pep-2025", "--run=./configure --prefix=/tmp/x"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^verdict: fail /);
    expect(r.stdout).toMatch(
      /FAIL {2}with Rust hidden: \.\/configure --prefix=\/tmp\/x → exit 0; policy requires fail, configure did pass/,
    );
    expect(r.stdout).toContain("          | checking for cargo... yes");
    expect(r.stdout).toContain(
      "[fail] conformance-mismatch: configure does not follow policy pre-pep-2025 with Rust hidden",
    );
  });

  it("gives the evidence as JSON", async () => {
    const dir = copyConfigureFixture("broken", { pythonVersion: "3.15" });
    const r = await run(["conformance", "--json", "--policy", "pre-pep-2025", "--run", "./configure"], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      conformance: { ok: boolean; scenarios: { scenario: string; mismatches: string[] }[] };
    };
    expect(json.conformance.ok).toBe(false);
    expect(json.conformance.scenarios.filter((s) => s.mismatches.length).map((s) => s.scenario)).toEqual([
      "rust-hidden",
    ]);
  });
});

describe("oxidize policy impact", () => {
  it("prints the platforms that fail per version", async () => {
    const r = await run(
      [
        "impact",
        "--policy",
        "pre-pep-2025",
        "--python-version",
        "3.15,3.17",
        "--target",
        "x86_64-unknown-linux-gnu,alpha-unknown-linux-gnu",
      ],
      "/",
    );
    expect(r.code).toBe(0);
    const rows = r.stdout.split("\n");
    expect(rows.find((l) => l.startsWith("x86_64-unknown-linux-gnu"))).toMatch(/build\s+build$/);
    expect(rows.find((l) => l.startsWith("alpha-unknown-linux-gnu"))).toMatch(/warn\s+FAIL$/i);
  });

  it("renders Markdown and JSON", async () => {
    const md = await run(
      ["impact", "--markdown", "--policy", "pre-pep-2025", "--python-version", "3.16"],
      "/",
    );
    expect(md.stdout).toContain("| Platform | Rust target |");
    const json = await run(
      [
        "impact",
        "--json",
        "--policy",
        "pre-pep-2025",
        "--rust",
        "absent",
        "--python-version",
        "3.16",
        "--target",
        "x86_64-unknown-linux-gnu",
      ],
      "/",
    );
    const report = JSON.parse(json.stdout) as { rows: { cells: { outcome: string }[] }[] };
    expect(report.rows[0]?.cells[0]?.outcome).toBe("fail");
  });
});

describe("oxidize policy usage errors", () => {
  it.each([
    [[], /policy needs a subcommand/],
    [["frobnicate"], /unknown subcommand 'frobnicate'/],
    [["evaluate", "--bogus"], /unknown option --bogus/],
    [["evaluate", "--json=yes"], /option --json takes no value/],
    [["evaluate", "--fail-on", "sometimes"], /--fail-on must be one of fail, warn, never; got 'sometimes'/],
    [["evaluate", "--rust", "maybe"], /--rust must be one of auto, present, absent/],
    [["conformance"], /conformance needs --run/],
    [["evaluate", "--configure-args", "'unbalanced"], /Unbalanced single quote/],
    [["evaluate", "--policy", "no-such-preset", "--python-version", "3.16"], /no-such-preset/],
    [["evaluate", "--python-version", "three"], /three/],
    [["impact", "--run", "./configure"], /--run does not apply to impact/],
  ])("%j exits 2", async (args, message) => {
    const r = await run(args, copyConfigureFixture("correct"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  // A usage error is one line naming the mistake and the help command, not the 30-line help.
  it.each([
    [["evaluate", "--x"], "oxidize: unknown option --x; run 'oxidize help policy'\n"],
    [
      ["impact", "--run", "./configure"],
      "oxidize: --run does not apply to impact; run 'oxidize help policy'\n",
    ],
  ])("%j prints one line to stderr and nothing else", async (args, line) => {
    const r = await run(args, copyConfigureFixture("correct"));
    expect(r).toEqual({ code: 2, stdout: "", stderr: line });
  });

  it("--help prints usage and exits 0", async () => {
    const r = await run(["evaluate", "--help"], "/");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("--fail-on <fail|warn|never>");
  });
});
