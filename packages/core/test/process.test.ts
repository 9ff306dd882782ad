import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lastLine, runProcess } from "../src/index.js";

const node = process.execPath;
const processModule = fileURLToPath(new URL("../src/process.ts", import.meta.url));
const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

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

  it("starts the program before its stdin is ready, and writes it, then closes it, once it settles", async () => {
    let give!: (text: string) => void;
    const input = new Promise<string>((resolve) => {
      give = resolve;
    });
    // The program announces itself before reading: the input is given only after that line.
    const script = `console.log("ready"); let s = ""; process.stdin.on("data", (c) => (s += c)).on("end", () => console.log(JSON.stringify(s)));`;
    const result = await runProcess(node, ["-e", script], {
      timeoutMs: 10_000,
      stdin: input,
      onStdoutLine: (line) => {
        if (line === "ready") give('{"a": "é"}\nsecond line');
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`ready\n${JSON.stringify('{"a": "é"}\nsecond line')}\n`);
  });

  it("closes stdin empty when its promise rejects", async () => {
    const script = `let s = ""; process.stdin.on("data", (c) => (s += c)).on("end", () => console.log(JSON.stringify(s)));`;
    const result = await runProcess(node, ["-e", script], {
      timeoutMs: 10_000,
      stdin: Promise.reject(new Error("the build failed")),
    });
    expect(result).toMatchObject({ exitCode: 0, stdout: '""\n' });
  });

  it("counts the deadline from when stdin is written, not from the start", async () => {
    const late = new Promise<string>((resolve) => setTimeout(() => resolve("x"), 600));
    const reads = await runProcess(node, ["-e", "process.stdin.resume()"], { timeoutMs: 300, stdin: late });
    expect(reads).toMatchObject({ exitCode: 0, timedOut: false });
    // After the input, the deadline holds as usual.
    const hangs = await runProcess(node, ["-e", "process.stdin.resume(); setTimeout(() => {}, 60000)"], {
      timeoutMs: 300,
      stdin: Promise.resolve("x"),
    });
    expect(hangs).toMatchObject({ exitCode: null, timedOut: true });
  });

  it("does not keep this process alive while the program waits for its stdin, which then reads end of file", async () => {
    // A parent that starts a program with stdin pending, then has nothing left to do.
    const dir = mkdtempSync(join(tmpdir(), "oxidize-stdin-"));
    const seen = join(dir, "seen");
    const program = `require("fs").writeFileSync(${JSON.stringify(seen)}, "started"); process.stdin.resume().on("end", () => require("fs").appendFileSync(${JSON.stringify(seen)}, " eof"));`;
    const parent = `import { runProcess } from ${JSON.stringify(processModule)};
      runProcess(process.execPath, ["-e", ${JSON.stringify(program)}], { timeoutMs: 60_000, stdin: new Promise(() => {}) });
      await new Promise((resolve) => setTimeout(resolve, 500));`;
    const started = performance.now();
    const result = await runProcess(node, ["--import", "tsx", "--input-type=module", "-e", parent], {
      timeoutMs: 30_000,
      cwd: repoRoot,
    });
    expect(result).toMatchObject({ exitCode: 0, timedOut: false });
    expect(performance.now() - started).toBeLessThan(20_000);
    await expect.poll(() => readFileSync(seen, "utf8"), { timeout: 10_000 }).toBe("started eof");
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
