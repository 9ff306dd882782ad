import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lastLine, runProcess } from "../src/index.js";

const node = process.execPath;

describe("runProcess", () => {
  it("runs without a shell and captures both streams, interleaved in arrival order", async () => {
    const script = `process.stdout.write("out 1\\n"); setTimeout(() => { process.stderr.write("err 2\\n"); setTimeout(() => process.stdout.write("out 3\\n"), 20); }, 20);`;
    const result = await runProcess(node, ["-e", script, "$HOME", "a;b"], { timeoutMs: 10_000 });
    expect(result).toMatchObject({ exitCode: 0, signal: null, timedOut: false });
    expect(result.stdout).toBe("out 1\nout 3\n");
    expect(result.stderr).toBe("err 2\n");
    expect(result.output).toBe("out 1\nerr 2\nout 3\n");
    const echo = await runProcess(
      node,
      ["-e", "console.log(JSON.stringify(process.argv.slice(1)))", "$HOME", "a;b"],
      {
        timeoutMs: 10_000,
      },
    );
    expect(JSON.parse(echo.stdout)).toEqual(["$HOME", "a;b"]);
  });

  it("streams complete lines of each stream as they arrive, the last one without a newline too", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const script = `process.stdout.write("a\\r\\nb"); setTimeout(() => { process.stdout.write("c\\nd"); process.stderr.write("x\\n"); }, 20);`;
    const result = await runProcess(node, ["-e", script], {
      timeoutMs: 10_000,
      onStdoutLine: (line) => out.push(line),
      onStderrLine: (line) => err.push(line),
    });
    expect(result.exitCode).toBe(0);
    expect(out).toEqual(["a", "bc", "d"]);
    expect(err).toEqual(["x"]);
  });

  it("keeps only the end of a long output, and multi-byte characters whole", async () => {
    const script = `for (let i = 0; i < 5000; i++) process.stdout.write("line " + i + " é€😀\\n");`;
    const result = await runProcess(node, ["-e", script], { timeoutMs: 10_000, maxCaptureChars: 1000 });
    expect(result.stdout.length).toBeLessThanOrEqual(1000);
    expect(result.stdout.endsWith("line 4999 é€😀\n")).toBe(true);
    expect(result.stdout).not.toContain("\uFFFD");
  });

  it("kills the program and what it started when the deadline passes", async () => {
    // The child starts a grandchild that would outlive it and keep the pipes open.
    const script = `require("child_process").spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "inherit" }); setTimeout(() => {}, 60000);`;
    const started = Date.now();
    const result = await runProcess(node, ["-e", script], { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({ exitCode: null, timedOut: true });
  });

  it.skipIf(process.platform !== "linux")(
    "ends when the program exits, killing what it left behind holding the output",
    async () => {
      const started = performance.now();
      const result = await runProcess("sh", ["-c", "(sleep 15) & echo started $!"], { timeoutMs: 30_000 });
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(result).toMatchObject({ exitCode: 0, timedOut: false });
      const pid = Number(/started (\d+)/.exec(result.stdout)![1]);
      await new Promise((done) => setTimeout(done, 100));
      // Gone, or a zombie nobody has reaped yet (the state letter after the command in /proc).
      const state = existsSync(`/proc/${pid}/stat`)
        ? /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1]
        : "gone";
      expect(["gone", "Z", "X"]).toContain(state);
    },
  );

  it("keeps all the output of a program that exits while writing a lot", async () => {
    const result = await runProcess(node, ["-e", "process.stdout.write('x'.repeat(3_000_000))"], {
      timeoutMs: 30_000,
      maxCaptureChars: 4_000_000,
    });
    expect(result.stdout.length).toBe(3_000_000);
  });

  it("reports a program that cannot start instead of throwing", async () => {
    const result = await runProcess("/nonexistent/program", [], { timeoutMs: 10_000 });
    expect(result.exitCode).toBeNull();
    expect(result.timedOut).toBe(false);
    expect(result.startError).toMatch(/ENOENT/);
  });

  it("gives the exit status and the signal", async () => {
    expect((await runProcess(node, ["-e", "process.exit(3)"], { timeoutMs: 10_000 })).exitCode).toBe(3);
    const killed = await runProcess(node, ["-e", "process.kill(process.pid, 'SIGTERM')"], {
      timeoutMs: 10_000,
    });
    expect(killed).toMatchObject({ exitCode: null, signal: "SIGTERM" });
  });
});

describe("lastLine", () => {
  it("is the last non-empty line, trimmed", () => {
    expect(lastLine("a\n  b  \n\n")).toBe("b");
    expect(lastLine("")).toBe("");
  });
});
