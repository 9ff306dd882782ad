import { monotonicMs } from "./clock.js";
export type Env = Readonly<Record<string, string | undefined>>;

export interface RunOptions {
  cwd?: string;
  env?: Env;
  /**
   * Every run has a deadline: after it the program and everything it started (its process group
   * on POSIX) are killed. A hung compiler or configure must never hold a job until GitHub's own
   * six-hour limit. A run also ends half a second after the program exits, killing what it left
   * behind in its group if that still holds its output open.
   */
  timeoutMs: number;
  /**
   * The program's standard input, written and closed once it settles (closed empty if it rejects);
   * without it, stdin is empty. The program starts at once, so it can load while its input is still
   * being produced. Until then it does not keep this process alive (if this process ends first, the
   * program reads end of file), and the deadline counts from when the input is written.
   */
  stdin?: Promise<string>;
  /** Each complete stdout line as it arrives (cargo's JSON stream, a log to follow live). */
  onStdoutLine?: (line: string) => void;
  /** Each complete stderr line as it arrives (cargo's progress, configure's checks). */
  onStderrLine?: (line: string) => void;
  /** How much of each stream is kept, from the end (the end explains a failure). Default 1 MiB. */
  maxCaptureChars?: number;
}

export interface RunResult {
  /** null when the program could not start, was killed or timed out. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The last `maxCaptureChars` of stdout. */
  stdout: string;
  /** The last `maxCaptureChars` of stderr. */
  stderr: string;
  /** Both streams interleaved in arrival order, as a terminal shows them (same bound). */
  output: string;
  timedOut: boolean;
  /** ENOENT, EACCES, … when the program could not be started. */
  startError?: string;
  durationMs: number;
}

/** Runs a program without a shell; injected wherever a test needs to stand in for one. */
export type Runner = (file: string, args: readonly string[], options: RunOptions) => Promise<RunResult>;

const DEFAULT_CAPTURE = 1024 * 1024;
/** How long after the program's exit its output may still arrive before leftovers are killed. */
const DRAIN_GRACE_MS = 500;

/** A string that keeps only its last `limit` characters, trimming in amortised O(1). */
class Tail {
  private text = "";
  constructor(private readonly limit: number) {}
  push(chunk: string): void {
    this.text += chunk;
    if (this.text.length > 2 * this.limit) this.text = this.text.slice(-this.limit);
  }
  toString(): string {
    return this.text.length > this.limit ? this.text.slice(-this.limit) : this.text;
  }
}

/** Splits a stream into lines, handing each complete one (without its CR/LF) to `emit`. */
function lineSplitter(emit: (line: string) => void): { push(chunk: string): void; end(): void } {
  let pending = "";
  return {
    push(chunk) {
      pending += chunk;
      let nl = pending.indexOf("\n");
      while (nl >= 0) {
        emit(pending.slice(0, nl).replace(/\r$/, ""));
        pending = pending.slice(nl + 1);
        nl = pending.indexOf("\n");
      }
    },
    end() {
      if (pending !== "") emit(pending);
      pending = "";
    },
  };
}

// Loaded on the first run: a setup-rust tool-cache hit runs no program and should not pay for it.
let childProcess: Promise<typeof import("node:child_process")> | undefined;
const loadChildProcess = () => (childProcess ??= import("node:child_process"));

/** The one way every package runs a program: no shell, streamed lines, bounded output, a deadline. */
export const runProcess: Runner = async (file, args, options) => {
  const { spawn } = await loadChildProcess();
  return new Promise((resolve) => {
    const started = monotonicMs();
    const posix = process.platform !== "win32";
    const limit = options.maxCaptureChars ?? DEFAULT_CAPTURE;
    const stdout = new Tail(limit);
    const stderr = new Tail(limit);
    const output = new Tail(limit);
    let timedOut = false;
    let settled = false;
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv | undefined,
      shell: false,
      stdio: [options.stdin ? "pipe" : "ignore", "pipe", "pipe"],
      // Its own process group, so the deadline also stops what it started (compilers, sub-shells).
      detached: posix,
      windowsHide: true,
    });
    // Both are pipes (stdio above); only stdin depends on the options.
    const childOut = child.stdout!;
    const childErr = child.stderr!;
    const outLines = options.onStdoutLine ? lineSplitter(options.onStdoutLine) : undefined;
    const errLines = options.onStderrLine ? lineSplitter(options.onStderrLine) : undefined;
    // utf8 decoding in the stream keeps a character split across chunks whole.
    childOut.setEncoding("utf8");
    childErr.setEncoding("utf8");
    childOut.on("data", (chunk: string) => {
      stdout.push(chunk);
      output.push(chunk);
      outLines?.push(chunk);
    });
    childErr.on("data", (chunk: string) => {
      stderr.push(chunk);
      output.push(chunk);
      errLines?.push(chunk);
    });
    let timer: NodeJS.Timeout | undefined;
    const startDeadline = () => {
      timer = setTimeout(() => {
        timedOut = true;
        try {
          if (posix && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
          else child.kill("SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }, options.timeoutMs);
    };
    if (options.stdin && child.stdin) {
      const handles = [child, child.stdin, childOut, childErr] as Array<{ ref(): void; unref(): void }>;
      for (const handle of handles) handle.unref();
      const input = child.stdin;
      // A program that exits without reading its input must not fail the run with EPIPE.
      input.on("error", () => undefined);
      const deliver = (text: string) => {
        if (settled) return;
        for (const handle of handles) handle.ref();
        startDeadline();
        input.end(text);
      };
      options.stdin.then(deliver, () => deliver(""));
    } else {
      startDeadline();
    }
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, startError?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outLines?.end();
      errLines?.end();
      resolve({
        exitCode: timedOut ? null : exitCode,
        signal,
        stdout: stdout.toString(),
        stderr: stderr.toString(),
        output: output.toString(),
        timedOut,
        ...(startError !== undefined && { startError }),
        durationMs: monotonicMs() - started,
      });
    };
    child.on("error", (error) => finish(null, null, error.message));
    child.on("close", (code, signal) => finish(code, signal));
    // The run ends when the program exits, not when its pipes close: a configure that leaves
    // `(sleep 15) &` behind holds them open. Once what was written has drained, whatever still
    // holds them in its process group is killed.
    child.on("exit", (code, signal) => {
      setTimeout(() => {
        if (settled) return;
        try {
          if (posix && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        } catch {
          // The group is already gone.
        }
        childOut.destroy();
        childErr.destroy();
        finish(code, signal);
      }, DRAIN_GRACE_MS).unref();
    });
  });
};

/** The last non-empty line of some output, for one-line failure reasons. */
export function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines[lines.length - 1] ?? "";
}
