import { spawn } from "node:child_process";

export interface ProcessOptions {
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** Killed (with its process group on POSIX) after this long. */
  timeoutMs: number;
}

export interface ProcessResult {
  /** null when the process could not start, was killed, or timed out. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in arrival order, as a terminal would show them. */
  output: string;
  timedOut: boolean;
  /** Set when the process could not be started (ENOENT, EACCES, …). */
  startError?: string;
}

/** Runs a program without a shell; injected wherever tests need to fake it. */
export type RunProcess = (
  file: string,
  args: readonly string[],
  options: ProcessOptions,
) => Promise<ProcessResult>;

/** Output beyond this is dropped from the front: the end of a log is what explains a failure. */
const MAX_OUTPUT = 1024 * 1024;

function keepTail(text: string): string {
  return text.length > MAX_OUTPUT ? text.slice(text.length - MAX_OUTPUT) : text;
}

export const runProcess: RunProcess = (file, args, options) =>
  new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let output = "";
    let timedOut = false;
    const posix = process.platform !== "win32";
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv | undefined,
      shell: false,
      stdio: ["ignore", "pipe", "pipe"],
      // Own process group, so a timeout also stops what configure started (compilers, sub-shells).
      detached: posix,
      windowsHide: true,
    });
    child.stdout.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      stdout = keepTail(stdout + text);
      output = keepTail(output + text);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      stderr = keepTail(stderr + text);
      output = keepTail(output + text);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (posix && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, signal: null, stdout, stderr, output, timedOut, startError: error.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: timedOut ? null : code, signal, stdout, stderr, output, timedOut });
    });
  });
