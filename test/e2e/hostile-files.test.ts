/**
 * Files named by inputs or found among results can be any file on the runner: errors about them
 * say which file and what is wrong, never what is in it. And documents built to exhaust a parser
 * are refused in one line.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorAnnotations, realPython, repoRoot, runActionInProcess, STACK_FRAME } from "../harness/index.js";

/** A file of the kind nobody wants quoted in a public log. */
function secretFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), "secret-")), "passwd");
  writeFileSync(file, "root:x:0:0:SECRET-CONTENT:/root:/bin/bash\n");
  return file;
}

describe("errors about a file never quote it", { timeout: 120_000 }, () => {
  it("build-rust-modules: a policy-report that is not a report", async () => {
    const secret = secretFile();
    const run = await runActionInProcess("build-rust-modules", {
      workspace: repoRoot,
      inputs: { "source-dir": "examples/cpython-lite", python: realPython, "policy-report": secret },
    });
    expect(run.exitCode).toBe(1);
    const [error] = errorAnnotations(run);
    expect(error!.message).toContain(`${secret} is not JSON`);
    expect(run.stdout).not.toContain("SECRET-CONTENT");
    expect(run.stdout).not.toContain("root:x");
  });

  it("report: a result file that is a link to another file", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "hostile-report-"));
    mkdirSync(join(workspace, "results"));
    symlinkSync(secretFile(), join(workspace, "results", "leg.json"));
    const run = await runActionInProcess("report", { workspace, inputs: { results: "results" } });
    expect(run.stdout).toContain("leg.json");
    expect(run.stdout).not.toContain("SECRET-CONTENT");
    expect(run.stdout).not.toContain("root:x");
    expect(run.summary).not.toContain("SECRET-CONTENT");
  });

  it("configure-policy: a policy file nested 200,000 deep is one line, no stack trace", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "hostile-policy-"));
    writeFileSync(join(workspace, "deep.json"), `${"[".repeat(200_000)}${"]".repeat(200_000)}`);
    const run = await runActionInProcess("configure-policy", {
      workspace,
      inputs: { policy: "deep.json", "python-version": "3.15" },
    });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run).map((a) => a.message)).toEqual([
      expect.stringContaining("deep.json nests values more than 64 levels deep"),
    ]);
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });
});
