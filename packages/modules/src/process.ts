import { spawn } from "node:child_process";

export type Env = Readonly<Record<string, string | undefined>>;

export interface RunOptions {
  cwd?: string;
  env?: Env;
  /** Killed (with its process group on POSIX) after this long. */
  timeoutMs?: number;
  /** Called with each complete stdout line as it arrives (cargo's JSON stream). */
  onStdoutLine?: (line: string) => void;
  /** Called with each complete stderr line as it arrives (cargo's progress). */
  onStderrLine?: (line: string) => void;
}

export interface RunResult {
  /** null when the program could not start, was killed, or timed out. */
  exitCode: number | null;
  /** stdout, unless `onStdoutLine` consumed it. */
  stdout: string;
  /** The last 64 KiB of stderr: the end is what explains a failure. */
  stderr: string;
  timedOut: boolean;
  /** ENOENT, EACCES, … when the program could not be started. */
  startError?: string;
}

/** Runs a program without a shell. Injected everywhere so decisions can be tested without one. */
export type Runner = (file: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;

const STDERR_TAIL = 64 * 1024;

/** Splits a stream into lines, handing each complete one to `emit`. */
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

export const spawnRunner: Runner = (file, args, options = {}) =>
  new Promise((resolve) => {
    const posix = process.platform !== "win32";
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv | undefined,
      shell: false,
      stdio: ["ignore", "pipe", "pipe"],
      detached: posix && options.timeoutMs !== undefined,
      windowsHide: true,
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const outLines = options.onStdoutLine ? lineSplitter(options.onStdoutLine) : undefined;
    const errLines = options.onStderrLine ? lineSplitter(options.onStderrLine) : undefined;
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      if (outLines) outLines.push(chunk);
      else stdout += chunk;
    });
    child.stderr.on("data", (chunk: string) => {
      errLines?.push(chunk);
      stderr += chunk;
      if (stderr.length > 2 * STDERR_TAIL) stderr = stderr.slice(-STDERR_TAIL);
    });
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            try {
              if (posix && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
              else child.kill("SIGKILL");
            } catch {
              child.kill("SIGKILL");
            }
          }, options.timeoutMs);
    let settled = false;
    const finish = (result: RunResult) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      outLines?.end();
      errLines?.end();
      resolve({ ...result, stderr: result.stderr.slice(-STDERR_TAIL) });
    };
    child.on("error", (error) =>
      finish({ exitCode: null, stdout, stderr, timedOut, startError: error.message }),
    );
    child.on("close", (code) => finish({ exitCode: timedOut ? null : code, stdout, stderr, timedOut }));
  });

/** The last non-empty line of some output, for one-line failure reasons. */
export function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines[lines.length - 1] ?? "";
}
