// @actions/core as patched writes log lines and commands to fd 1 synchronously, without process.stdout. A pipe
// that another party left non-blocking and that is full must not lose or reorder a line.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");

function runChild(
  code: string,
  delayReadMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", code], {
      cwd: packageDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    // Nobody reads for a while: the socket's buffer fills and the child's writes have to wait.
    setTimeout(() => child.stdout.on("data", (d: Buffer) => out.push(d)), delayReadMs);
    child.on("error", reject);
    child.on("close", (exit) => resolve({ code: exit, stdout: Buffer.concat(out).toString(), stderr }));
  });
}

describe("stdout through the patched @actions/core", () => {
  it("delivers every line in order when fd 1 is a full non-blocking pipe", async () => {
    const lines = 3000;
    const run = await runChild(
      `import * as core from "@actions/core";
       process.stdout; // a socket on fd 1: libuv makes the descriptor non-blocking
       const pad = "x".repeat(1000);
       for (let i = 0; i < ${lines}; i++) i % 2 ? core.info(i + " " + pad) : core.notice(i + " " + pad);`,
      300,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const got = run.stdout.trimEnd().split("\n");
    expect(got).toHaveLength(lines);
    const misplaced = got.findIndex((line, i) => !line.startsWith(i % 2 ? `${i} ` : `::notice::${i} `));
    expect(misplaced).toBe(-1);
  });

  it("makes no process.stdout for a log line", async () => {
    const run = await runChild(
      `import * as core from "@actions/core";
       core.info("hello");
       // What making process.stdout on a pipe loads (the bundle's own imports are require()s, so "stream" is
       // not a fair marker here: an ESM import of node:fs loads it).
       const loaded = process.moduleLoadList.filter((m) => /^NativeModule (net|internal\\/fs\\/sync_write_stream)$/.test(m));
       core.info(JSON.stringify(loaded));`,
      0,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("hello\n[]\n");
  });
});
