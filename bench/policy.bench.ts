/**
 * Policy engine speed: evaluate() per call, and the configure-policy bundle's whole-process
 * cold start beside `node -e 0` measured in the same run (the floor any node24 action pays).
 */
import { join } from "node:path";
import { evaluate, type Facts, getPreset, impact } from "@oxidize/policy";
import { actionNode } from "../test/harness/action-node.js";
import { prepareActionRun } from "../test/harness/index.js";
import type { BenchReport } from "./lib.js";
import { timeProcesses, timeSync } from "./lib.js";

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

  const run = prepareActionRun("configure-policy", {
    cleanEnv: true,
    workspace: join(root, "examples", "cpython-lite"),
    inputs: { policy: "pre-pep-2025", "python-version": "3.16", rust: "absent", "fail-on": "never" },
  });
  // The runner's Node (24), for both: the bundle is measured as the runner starts it.
  const node = actionNode().path;
  const [bundle, nodeFloor] = timeProcesses(
    [
      { command: node, args: [run.entry], env: run.env },
      { command: node, args: ["-e", "0"] },
    ],
    7,
  );
  return {
    title: "policy",
    short: "policy",
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
