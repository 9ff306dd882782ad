import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  errorAnnotations,
  realPython,
  repoRoot,
  runActionInProcess,
  STACK_FRAME,
} from "../../../test/harness/index.js";

const targetDir = join(repoRoot, ".tmp", "cargo-target-build-rust-modules");

function build(cache: string) {
  return runActionInProcess("build-rust-modules", {
    workspace: repoRoot,
    inputs: {
      "source-dir": "examples/cpython-lite",
      "target-dir": targetDir,
      "out-dir": mkdtempSync(join(tmpdir(), "rust-modules-")),
      python: realPython,
      cache,
    },
    // A runner without a cache service (self-hosted without one, or `act`).
    env: {
      ACTIONS_RESULTS_URL: undefined,
      ACTIONS_CACHE_URL: undefined,
      ACTIONS_CACHE_SERVICE_V2: undefined,
    },
    timeoutMs: 50_000,
  });
}

describe("build-rust-modules cache input", { timeout: 60_000 }, () => {
  it("rejects a value it does not know, naming the input and the choices, without a stack trace", async () => {
    const run = await build("true");
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run).map((a) => a.message)).toEqual([
      `Input 'cache' must be one of false, cargo; got "true".`,
    ]);
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it("cache: cargo on a runner without a cache service builds as usual and says so", async () => {
    const run = await build("cargo");
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs["cache-hit"]).toBe("unavailable");
    const report = JSON.parse(readFileSync(run.outputs["report"]!, "utf8")) as {
      facts: Record<string, unknown>;
      details: { cache: { hit: string; saved: boolean } };
    };
    expect(report.facts["cargo cache"]).toBe("no cache service");
    expect(report.details.cache).toMatchObject({ hit: "unavailable", saved: false });
    expect(run.annotations.filter((a) => a.level !== "notice")).toEqual([]);
  });
});
