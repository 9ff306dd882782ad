/**
 * Cargo's own errors, read from its stderr: the failures that are not rustc diagnostics (those
 * come as JSON on stdout). Cargo prints each message as a line starting `error:` / `warning:`
 * followed by indented or blank continuation lines; we cut the stream into those blocks and
 * recognise the ones a person can act on: a build script that panicked or logged
 * `cargo::error=`, a package that needs a newer rustc, a crate that did not compile. Anything
 * else that stops cargo before it compiles is a workspace-level failure (lock file, manifest,
 * dependency resolution, download).
 */
import { stripAnsi } from "./cargo-messages.js";

/** A package as cargo names it in its messages. */
export interface PackageRef {
  name: string;
  version?: string;
}

export type CargoFailure =
  | {
      kind: "build-script";
      package: PackageRef;
      /** The panic message, or the script's last stderr line. */
      message: string;
      /** Where it panicked, as the panic reports it (relative to the workspace for members). */
      location?: { file: string; line: number; column: number };
      /** The whole block, for the log. */
      detail: string;
    }
  | { kind: "script-error"; package: PackageRef; message: string }
  | { kind: "compile"; package: PackageRef }
  | { kind: "rust-version"; package: PackageRef; requires: string; rustc?: string; detail: string }
  | { kind: "other"; message: string; detail: string };

interface Block {
  head: string;
  body: string[];
}

/**
 * cargo's status lines (`   Compiling foo v0.1.0`, `    Finished …`): the verb right-aligned to
 * column 12. Everything else after an `error:` or `warning:` head — `Caused by:`, `note:`, the
 * indented output of a build script — belongs to that message.
 */
function isStatus(line: string): boolean {
  return line.length > 12 && line[12] === " " && /^ +[A-Z][a-z-]+$/.test(line.slice(0, 12));
}

function blocks(stderr: string): Block[] {
  const out: Block[] = [];
  let current: Block | undefined;
  for (const raw of stripAnsi(stderr).split(/\r?\n/)) {
    if (/^(error|warning)(\[[^\]]*\])?:/.test(raw)) {
      current = { head: raw, body: [] };
      out.push(current);
    } else if (isStatus(raw)) {
      current = undefined;
    } else {
      current?.body.push(raw);
    }
  }
  for (const block of out) while (block.body.length > 0 && block.body.at(-1)!.trim() === "") block.body.pop();
  return out;
}

/** `foo v0.1.0 (/path)` or `foo@0.1.0` → name and version. */
function packageRef(text: string): PackageRef {
  const at = /^([A-Za-z0-9_-]+)@(\S+)$/.exec(text.trim());
  if (at) return { name: at[1]!, version: at[2]! };
  const spaced = /^([A-Za-z0-9_-]+)(?: v(\S+))?/.exec(text.trim());
  return spaced?.[2] ? { name: spaced[1]!, version: spaced[2] } : { name: spaced?.[1] ?? text.trim() };
}

/** The panic (new and pre-1.73 formats) or the last words of a failed build script. */
function buildScriptFailure(block: Block, pkg: PackageRef): CargoFailure {
  const lines = block.body.map((l) => l.replace(/^ {2}/, ""));
  const detail = [block.head, ...block.body].join("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Rust ≥ 1.73: "thread 'main' (123) panicked at build.rs:3:22:" then the message lines.
    const modern = /^thread '.*?'(?: \(\d+\))? panicked at (.+):(\d+):(\d+):$/.exec(line);
    if (modern) {
      const message: string[] = [];
      for (const next of lines.slice(i + 1)) {
        if (next.trim() === "" || /^(stack backtrace:|note: run with)/.test(next.trim())) break;
        message.push(next.trim());
      }
      return {
        kind: "build-script",
        package: pkg,
        message: message.join(" ") || "panicked",
        location: { file: modern[1]!, line: Number(modern[2]), column: Number(modern[3]) },
        detail,
      };
    }
    // Older: "thread 'main' panicked at 'message', build.rs:3:22".
    const legacy = /^thread '.*?' panicked at '(.*)', (.+):(\d+):(\d+)$/.exec(line);
    if (legacy) {
      return {
        kind: "build-script",
        package: pkg,
        message: legacy[1]!,
        location: { file: legacy[2]!, line: Number(legacy[3]), column: Number(legacy[4]) },
        detail,
      };
    }
  }
  // No panic: the script exited non-zero; its last stderr (else stdout) line says why.
  const stderrAt = lines.indexOf("--- stderr");
  const tail = (stderrAt >= 0 ? lines.slice(stderrAt + 1) : lines)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("--- ") && !/^(note|warning): /.test(l));
  const exit = lines.find((l) => /process didn't exit successfully/.test(l));
  const message =
    tail.at(-1) ??
    (exit ? `the build script failed (${/\(([^()]*)\)\s*$/.exec(exit)?.[1] ?? "exit"})` : "failed");
  return { kind: "build-script", package: pkg, message, detail };
}

type Reader = (match: RegExpExecArray, block: Block, text: string) => CargoFailure[];

const whole = (block: Block) => [block.head, ...block.body].join("\n");

/** cargo's error heads we recognise, each with what it means (first match wins). */
const READERS: Array<[RegExp, Reader]> = [
  [
    /^failed to run custom build command for `([^`]+)`/,
    (m, block) => [buildScriptFailure(block, packageRef(m[1]!))],
  ],
  [/^could not compile `([^`]+)`/, (m) => [{ kind: "compile", package: { name: m[1]! } }]],
  [
    /^rustc (\S+) is not supported by the following packages?:/,
    (m, block) =>
      block.body.flatMap((line): CargoFailure[] => {
        const req = /^\s+(\S+) requires rustc (\S+)/.exec(line);
        if (!req) return [];
        const ref = packageRef(req[1]!);
        return [
          { kind: "rust-version", package: ref, requires: req[2]!, rustc: m[1]!, detail: whole(block) },
        ];
      }),
  ],
  [
    /^package `([^`]+)` cannot be built because it requires rustc (\S+) or newer(?:, while the currently active rustc version is (\S+))?/,
    (m, block) => {
      const failure: CargoFailure = {
        kind: "rust-version",
        package: packageRef(m[1]!),
        requires: m[2]!,
        detail: whole(block),
      };
      if (m[3]) failure.rustc = m[3];
      return [failure];
    },
  ],
  // The closing lines of the failures above say nothing new.
  [/^(build script logged errors$|\d+ previous errors?)/, () => []],
  // `cargo::error=` from a build script: "error: foo@0.1.0: message".
  [
    /^([A-Za-z0-9_-]+@[^\s:]+): (.+)$/,
    (m) => [{ kind: "script-error", package: packageRef(m[1]!), message: m[2]! }],
  ],
];

/** Every failure cargo reported on stderr, in order. */
export function parseCargoStderr(stderr: string): CargoFailure[] {
  const failures: CargoFailure[] = [];
  for (const block of blocks(stderr)) {
    if (!block.head.startsWith("error")) continue;
    const text = block.head.replace(/^error(\[[^\]]*\])?:\s*/, "");
    const reader = READERS.map(([pattern, read]) => [pattern.exec(text), read] as const).find(([m]) => m);
    if (reader) failures.push(...reader[1](reader[0]!, block, text));
    else failures.push({ kind: "other", message: oneLine(text, block.body), detail: whole(block) });
  }
  return failures;
}

/** cargo's message, with the `--> file:line:col` of a manifest error when it gives one. */
function oneLine(text: string, body: readonly string[]): string {
  const at = body.map((l) => /^\s*--> (.+:\d+:\d+)/.exec(l)?.[1]).find((x) => x !== undefined);
  return at ? `${at}: ${text}` : text;
}

/**
 * The missing native library in a failed link, from the linker's own output (GNU ld, lld,
 * Apple ld, MSVC link), without the command line rustc prints before it.
 */
export function missingLibrary(linkerOutput: string): string | undefined {
  for (const line of linkerOutput.split(/\r?\n/)) {
    const m =
      /(?:cannot find|unable to find library) -l(\S+?)(?::|$|\s)/.exec(line) ??
      /library not found for -l(\S+)/.exec(line) ??
      /cannot open input file '([^']+)\.lib'/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}
