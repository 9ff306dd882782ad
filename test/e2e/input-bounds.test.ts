/**
 * Every input of every action is checked before use, the same way: a 100 KB value is one error
 * naming the input and its length (not `spawn ENAMETOOLONG`, not a glob library's stack trace,
 * not the value repeated in full); `matrix` must be JSON in every action; a `msrv-from` that does
 * not exist is an error, not a skipped check.
 */
import { describe, expect, it } from "vitest";
import {
  declaredInputs,
  errorAnnotations,
  pathToolchainWorkspace,
  realPython,
  repoRoot,
  runActionInProcess,
  STACK_FRAME,
} from "../harness/index.js";

const actions = ["setup-rust", "configure-policy", "build-rust-modules", "report"];

/** The inputs an action needs to get as far as reading the others. */
function base(action: string): Record<string, string> {
  return action === "build-rust-modules" ? { python: realPython } : {};
}

function workspaceFor(action: string): string {
  return action === "setup-rust" ? pathToolchainWorkspace() : repoRoot;
}

const offline = { GITHUB_API_URL: "http://127.0.0.1:9", RUSTUP_DIST_SERVER: "http://127.0.0.1:9" };

describe("a 100 KB input is one short error naming it", { timeout: 300_000 }, () => {
  for (const action of actions) {
    it(action, async () => {
      const wrong: Record<string, string> = {};
      for (const input of declaredInputs(action)) {
        const run = await runActionInProcess(action, {
          workspace: workspaceFor(action),
          inputs: { ...base(action), [input]: `--${"x".repeat(100 * 1024)}` },
          env: offline,
          timeoutMs: 60_000,
        });
        const errors = errorAnnotations(run).map((a) => a.message);
        const ok =
          run.exitCode === 1 &&
          errors.length === 1 &&
          errors[0]!.startsWith(`Input '${input}' is 102402 characters long; at most 8192 are accepted`) &&
          errors[0]!.length < 300 &&
          !STACK_FRAME.test(run.stdout);
        if (!ok) wrong[input] = `exit ${run.exitCode}: ${errors.map((e) => e.slice(0, 200)).join(" | ")}`;
      }
      expect(wrong).toEqual({});
    });
  }
});

describe("the same checks in every action", { timeout: 120_000 }, () => {
  const withMatrix = actions.filter((action) => declaredInputs(action).includes("matrix"));
  it.each(withMatrix)("%s refuses matrix: @@garbage!!", async (action) => {
    const run = await runActionInProcess(action, {
      workspace: workspaceFor(action),
      inputs: { ...base(action), matrix: "@@garbage!!" },
      env: offline,
    });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run).map((a) => a.message)).toEqual([
      expect.stringMatching(/^Input 'matrix' must be JSON/),
    ]);
  });

  it("setup-rust refuses a msrv-from that does not exist", async () => {
    const run = await runActionInProcess("setup-rust", {
      workspace: workspaceFor("setup-rust"),
      inputs: { "msrv-from": "no/such/crate" },
      env: offline,
    });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run).map((a) => a.message)).toEqual([
      expect.stringMatching(/^Input 'msrv-from'/),
    ]);
  });
});
