/**
 * A plain-FFI module for a Windows Python links `python3X.lib` from `<sys.base_prefix>\libs`: the
 * interpreter query reports that directory and the cargo environment gets `-L native=<dir>`
 * after the user's own rustflags. Linux builds keep their environment as it is.
 */
import { type RunResult, runProcess } from "@oxidize/core";
import { describe, expect, it } from "vitest";
import { realPython } from "../../../test/harness/step-checks.js";
import { appendRustflags, pythonLinkEnv, queryInterpreter } from "../src/index.js";

const LIBS = "C:\\Program Files\\Python312\\libs";
const WINDOWS = "x86_64-pc-windows-msvc";
const SEP = "\x1f";

describe("pythonLinkEnv", () => {
  const link = (env: Record<string, string>, overrides: Partial<Parameters<typeof pythonLinkEnv>[1]> = {}) =>
    pythonLinkEnv(env, { target: WINDOWS, libsDir: LIBS, plainFfi: true, ...overrides });

  it.for<[string, Record<string, string>, string]>([
    ["no rustflags of the user's", {}, `-L${SEP}native=${LIBS}`],
    [
      "RUSTFLAGS, split on whitespace as cargo splits it",
      { RUSTFLAGS: "  -C target-feature=+crt-static\t-Dwarnings " },
      ["-C", "target-feature=+crt-static", "-Dwarnings", "-L", `native=${LIBS}`].join(SEP),
    ],
    [
      "CARGO_ENCODED_RUSTFLAGS, which cargo prefers (RUSTFLAGS beside it is ignored, as by cargo)",
      { CARGO_ENCODED_RUSTFLAGS: `--cfg${SEP}a b`, RUSTFLAGS: "-Dwarnings" },
      ["--cfg", "a b", "-L", `native=${LIBS}`].join(SEP),
    ],
    ["an empty CARGO_ENCODED_RUSTFLAGS", { CARGO_ENCODED_RUSTFLAGS: "" }, `-L${SEP}native=${LIBS}`],
  ])("on a Windows target, appends -L native=<libs> to %s", ([, env, encoded]) => {
    const out = link(env);
    expect(out["CARGO_ENCODED_RUSTFLAGS"]).toBe(encoded);
    // The directory with a space stays one argument.
    expect(out["CARGO_ENCODED_RUSTFLAGS"]!.split(SEP)).toContain(`native=${LIBS}`);
    // Nothing else of the user's environment changes.
    expect({ ...out, CARGO_ENCODED_RUSTFLAGS: undefined }).toEqual({
      ...env,
      CARGO_ENCODED_RUSTFLAGS: undefined,
    });
  });

  it.for<[string, Partial<Parameters<typeof pythonLinkEnv>[1]>]>([
    ["a Linux target", { target: "x86_64-unknown-linux-gnu", libsDir: undefined }],
    ["a Linux target even with a libs directory", { target: "x86_64-unknown-linux-gnu" }],
    ["a macOS target", { target: "aarch64-apple-darwin" }],
    ["PyO3 modules only (PyO3 adds the path itself)", { plainFfi: false }],
    ["an interpreter that named no libs directory", { libsDir: undefined }],
    ["an unknown target", { target: undefined }],
  ])("leaves the environment untouched for %s", ([, overrides]) => {
    const env = { RUSTFLAGS: "-Dwarnings" };
    expect(link(env, overrides)).toBe(env);
  });

  it("also for windows-gnu and aarch64 Windows targets", () => {
    for (const target of ["x86_64-pc-windows-gnu", "aarch64-pc-windows-msvc", "x86_64-pc-windows-gnullvm"]) {
      expect(link({}, { target })["CARGO_ENCODED_RUSTFLAGS"]).toBe(`-L${SEP}native=${LIBS}`);
    }
  });

  it("appendRustflags keeps the user's flags first", () => {
    expect(appendRustflags({ RUSTFLAGS: "-Copt-level=1" }, ["-x"])["CARGO_ENCODED_RUSTFLAGS"]).toBe(
      `-Copt-level=1${SEP}-x`,
    );
  });
});

describe("queryInterpreter's libs directory", () => {
  it("is absent for a Linux Python, whose cargo environment stays as it was", async () => {
    const interpreter = await queryInterpreter(realPython, runProcess, process.env, ".");
    expect(interpreter).not.toHaveProperty("error");
    expect(interpreter).not.toHaveProperty("libsDir");
  });

  it("is what a Windows Python answers (sys.base_prefix\\libs)", async () => {
    const answer = {
      executable: "C:\\Python312\\python.exe",
      version: "3.12",
      implementation: "cpython",
      extSuffix: ".cp312-win_amd64.pyd",
      freeThreaded: false,
      libsDir: "C:\\Python312\\libs",
    };
    const seen: string[][] = [];
    const run = async (_file: string, args: readonly string[]): Promise<RunResult> => {
      seen.push([...args]);
      const stdout = `${JSON.stringify(answer)}\n`;
      return {
        exitCode: 0,
        signal: null,
        stdout,
        stderr: "",
        output: stdout,
        timedOut: false,
        durationMs: 1,
      };
    };
    const interpreter = await queryInterpreter("python", run, {}, ".");
    expect(interpreter).toMatchObject({ libsDir: "C:\\Python312\\libs" });
    // The query itself asks for it from sys.base_prefix, on Windows only.
    expect(seen[0]!.join(" ")).toMatch(/os\.path\.join\(sys\.base_prefix, "libs"\) if os\.name == "nt"/);
  });
});
