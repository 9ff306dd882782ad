/**
 * configure as a `shell: bash` step runs it: directly on POSIX, through bash with the runner's flags
 * on Windows (which cannot start a shell script), every argument exact. The bash form is run for
 * real here on Linux, with words a shell would otherwise expand.
 */
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunOptions, type RunResult, runProcess } from "@oxidize/core";
import { describe, expect, it } from "vitest";
import { copyConfigureFixture } from "../../../test/fixtures/configure/copy-fixture.js";
import {
  BASH_FLAGS,
  ConformanceError,
  configureInvocation,
  gatherFacts,
  getPreset,
  type Policy,
  runConformance,
} from "../src/index.js";

const policy = getPreset("pre-pep-2025") as Policy;

/** Words bash would expand, split, glob or run if they were ever parsed as script text. */
const HOSTILE = [
  "--prefix=C:\\Program Files\\py",
  "two words",
  "$HOME",
  "*",
  "it's",
  '"quoted"',
  ";touch pwned",
  "$(touch pwned2)",
  "`touch pwned3`",
  "",
  "line\nbreak",
];

describe("configureInvocation", () => {
  it.for(["linux", "darwin", "freebsd"] as const)("starts the program directly on %s", (platform) => {
    expect(configureInvocation(["./configure", "--prefix=/x"], platform)).toEqual({
      file: "./configure",
      args: ["--prefix=/x"],
      viaBash: false,
    });
  });

  it("on Windows gives the argv to bash as its positional parameters, with shell: bash's flags", () => {
    expect(configureInvocation(["./configure", ...HOSTILE], "win32")).toEqual({
      file: "bash",
      args: ["--noprofile", "--norc", "-eo", "pipefail", "-c", '"$@"', "bash", "./configure", ...HOSTILE],
      viaBash: true,
    });
  });

  it("the Windows form, run by a real bash, hands the program every argument exactly and its exit code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oxidize-invocation-"));
    const script = join(dir, "show-args");
    // NUL-separated, so an argument with a newline or an empty one is seen as it is.
    writeFileSync(script, "#!/bin/sh\nprintf '%s\\0' \"$@\"\nexit 3\n");
    chmodSync(script, 0o755);
    const { file, args } = configureInvocation(["./show-args", ...HOSTILE], "win32");
    const result = await runProcess(file, args, { cwd: dir, timeoutMs: 30_000 });
    expect(result.exitCode).toBe(3);
    expect(result.stdout.split("\0").slice(0, -1)).toEqual(HOSTILE);
    for (const name of ["pwned", "pwned2", "pwned3"]) expect(existsSync(join(dir, name))).toBe(false);
  });
});

describe("runConformance on Windows", () => {
  async function onWindows(exitCode: number, output = "") {
    const dir = copyConfigureFixture("correct", { pythonVersion: "3.14" });
    const facts = await gatherFacts({ sourceDir: dir, env: process.env, policy });
    const started: { file: string; args: readonly string[] }[] = [];
    const run = async (file: string, args: readonly string[], _options: RunOptions): Promise<RunResult> => {
      started.push({ file, args });
      return { exitCode, signal: null, stdout: output, stderr: "", output, timedOut: false, durationMs: 1 };
    };
    const attempt = runConformance({
      command: "./configure --prefix=/tmp/x",
      cwd: dir,
      env: process.env,
      policy,
      facts,
      platform: "win32",
      run,
    });
    return { attempt, started };
  }

  it("runs configure through bash, as shell: bash does, and reports the command itself", async () => {
    const { attempt, started } = await onWindows(0);
    const report = await attempt;
    expect(started[0]).toEqual({
      file: "bash",
      args: [...BASH_FLAGS, "-c", '"$@"', "bash", "./configure", "--prefix=/tmp/x"],
    });
    expect(report.scenarios[0]!.argv).toEqual(["./configure", "--prefix=/tmp/x"]);
  });

  it("says in one line that the command could not start when bash cannot find it (exit 127)", async () => {
    const { attempt } = await onWindows(127, "bash: line 1: ./configure: No such file or directory\n");
    await expect(attempt).rejects.toBeInstanceOf(ConformanceError);
    await expect(attempt).rejects.toThrow(
      /^run: cannot start "\.\/configure" in .*: bash: line 1: \.\/configure: No such file or directory\. Give/,
    );
  });
});
