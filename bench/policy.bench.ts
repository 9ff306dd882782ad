/**
 * Policy engine speed: evaluate() per call, and the configure-policy bundle's whole-process
 * cold start beside `node -e 0` measured in the same run (the floor any node24 action pays).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate, type Facts, getPreset, impact } from "@oxidize/policy";
import type { BenchReport } from "./lib.js";
import { timeProcess, timeSync } from "./lib.js";

const root = join(import.meta.dirname, "..");

function facts(minor: number, rust: boolean): Facts {
  return {
    python: { major: 3, minor, source: "input" },
    rust: rust
      ? {
          available: true,
          cargo: { path: "/x/cargo" },
          rustc: { path: "/x/rustc" },
          release: "1.95.0",
          host: "x86_64-unknown-linux-gnu",
        }
      : { available: false, cargo: {}, rustc: {}, problem: "cargo not found" },
    platform: { triplet: "x86_64-unknown-linux-gnu", rustTarget: "x86_64-unknown-linux-gnu" },
    configure: { withRust: "default", args: [] },
  };
}

export async function run(): Promise<BenchReport> {
  const policy = getPreset("pre-pep-2025")!;
  const cases = [14, 15, 16, 17, 18].flatMap((minor) => [facts(minor, true), facts(minor, false)]);
  const calls = 10_000;
  const evaluateMs = timeSync(() => {
    for (let i = 0; i < calls; i++) evaluate(policy, cases[i % cases.length]!);
  });
  const impactMs = timeSync(() => impact(policy));

  const dir = mkdtempSync(join(tmpdir(), "bench-policy-"));
  for (const f of ["output", "summary", "env", "path", "state"]) writeFileSync(join(dir, f), "");
  const env = {
    PATH: process.env["PATH"],
    HOME: process.env["HOME"],
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: join(root, "examples", "cpython-lite"),
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    GITHUB_ENV: join(dir, "env"),
    GITHUB_PATH: join(dir, "path"),
    GITHUB_STATE: join(dir, "state"),
    INPUT_POLICY: "pre-pep-2025",
    "INPUT_PYTHON-VERSION": "3.16",
    INPUT_RUST: "absent",
    "INPUT_FAIL-ON": "never",
  };
  const nodeFloor = timeProcess(process.execPath, ["-e", "0"], { runs: 7 });
  const bundle = timeProcess(process.execPath, [join(root, "actions/configure-policy/dist/index.js")], {
    env,
    runs: 7,
  });
  return {
    title: "policy",
    rows: [
      { name: "evaluate() per call", value: (evaluateMs / calls) * 1000, unit: "µs" },
      { name: "impact() default platforms × versions", value: impactMs },
      {
        name: "configure-policy bundle, whole process",
        value: bundle,
        baselineName: "node -e 0",
        baseline: nodeFloor,
      },
    ],
  };
}
