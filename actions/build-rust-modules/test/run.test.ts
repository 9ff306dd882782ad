import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { defaultInterpreterCommand } from "@oxidize/modules";
import { validateResult } from "@oxidize/report";
import { describe, expect, it } from "vitest";
import {
  type ActionRunResult,
  errorAnnotations,
  type ReportModule,
  realPython,
  repoRoot,
  runActionInProcess,
  STACK_FRAME,
  withoutRust,
} from "../../../test/harness/index.js";

const targetDir = join(repoRoot, ".tmp", "cargo-target-build-rust-modules");
const python = realPython;

function build(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  return runActionInProcess("build-rust-modules", {
    workspace: repoRoot,
    inputs: {
      "source-dir": "examples/cpython-lite",
      "target-dir": targetDir,
      "out-dir": mkdtempSync(join(tmpdir(), "rust-modules-")),
      python,
      ...inputs,
    },
    env,
    timeoutMs: 50_000,
  });
}

async function modulesOf(run: ActionRunResult): Promise<ReportModule[]> {
  const json = JSON.parse(readFileSync(run.outputs["report"]!, "utf8")) as {
    details: { modules: ReportModule[] };
  };
  expect(await validateResult(json)).toMatchObject({ valid: true });
  return json.details.modules;
}

// Milliseconds once the module is compiled; a cold target dir, or waiting for cargo's lock while
// the e2e tests build in it, takes longer than vitest's default 5 s.
describe("build-rust-modules run()", { timeout: 60_000 }, () => {
  it("builds _base64 with the real cargo, installs it as .abi3.so and the real Python imports it", async () => {
    const run = await build({});
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_base64"]);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual([]);
    expect(run.outputs["headline"]).toBe("1 built");
    const [module] = await modulesOf(run);
    expect(module).toMatchObject({ module: "_base64", status: "built", fallback: "base64", imported: true });
    expect(module!.artifact!.path).toBe(join(run.outputs["out-dir"]!, "_base64.abi3.so"));
    expect(existsSync(module!.artifact!.path)).toBe(true);
    expect(run.summary).toContain("| `_base64` | ✅ built |");
    expect(errorAnnotations(run)).toEqual([]);
  });

  it("takes a python path relative to the workspace, like every path input", async () => {
    // The interpreter's own prefix as the workspace: `bin/python3.x` is a path only from there.
    const workspace = dirname(dirname(python));
    const run = await runActionInProcess("build-rust-modules", {
      workspace,
      inputs: {
        "source-dir": join(repoRoot, "examples", "cpython-lite"),
        "target-dir": targetDir,
        "out-dir": mkdtempSync(join(tmpdir(), "rust-modules-")),
        python: relative(workspace, python),
      },
      timeoutMs: 50_000,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_base64"]);
  });

  it("reads a policy file relative to the workspace, as configure-policy does (not to source-dir)", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "rust-modules-policy-"));
    mkdirSync(join(workspace, "ci"));
    // A policy under which CPython 3.15 does not use Rust at all: the module is then `disabled`.
    writeFileSync(
      join(workspace, "ci", "policy.yaml"),
      [
        "name: no-rust-yet",
        "phases:",
        "  - id: no-rust",
        "    description: Rust is not used.",
        "    rustUsed: false",
        "    whenMissing: ignore",
        "    whenTooOld: ignore",
        "    whenNoTarget: ignore",
        "    optOutAccepted: true",
        "    buildModules: false",
        "    rustRequired: false",
        "",
      ].join("\n"),
    );
    const run = await runActionInProcess("build-rust-modules", {
      workspace,
      inputs: {
        "source-dir": join(repoRoot, "examples", "cpython-lite"),
        policy: "ci/policy.yaml",
        "python-version": "3.15",
        "out-dir": join(workspace, "out"),
        python,
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual(["_base64"]);
    expect(run.summary).toContain("| `_base64` | ⏸️ disabled |");
  });

  it("rejects matrix: [1], naming the input once and without a stack trace", async () => {
    const run = await build({ matrix: "[1]" });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run)).toHaveLength(1);
    expect(errorAnnotations(run)[0]!.message).toMatch(/^Input 'matrix' must be a JSON object/);
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it("without Rust on PATH skips the module with the reason and keeps the step green", async () => {
    // The example tree is 3.16; 3.15 (where Rust is optional) is evaluated against it on purpose.
    const run = await build(
      { policy: "pre-pep-2025", "python-version": "3.15", "trust-python-version": "true" },
      withoutRust(),
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual([]);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual(["_base64"]);
    expect(run.outputs["headline"]).toBe("0 built, 1 skipped: _base64: Rust missing");
    const [module] = await modulesOf(run);
    expect(module).toMatchObject({
      status: "missing",
      code: "rust-missing",
      fallback: "base64",
      fallbackImported: true,
    });
    expect(module!.reason).toMatch(/no cargo on PATH/);
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(/^Rust is not available: /),
      }),
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(/^Input 'python-version' is 3\.15, but .* says 3\.16: using 3\.15/),
      }),
    ]);
    expect(run.summary).toContain("| `_base64` | ⚠️ missing |");
  });

  it("without Rust on PATH, a fallback that does not import leaves nothing providing the module", async () => {
    // The interpreter's own path finds a base64 that fails: the fallback check runs in an
    // interpreter started before the decisions, and must still report what it imported.
    const shadow = mkdtempSync(join(tmpdir(), "broken-fallback-"));
    writeFileSync(join(shadow, "base64.py"), 'raise ImportError("broken on purpose")\n');
    const run = await build(
      { policy: "pre-pep-2025", "python-version": "3.15", "trust-python-version": "true" },
      { ...withoutRust(), PYTHONPATH: shadow },
    );
    const [module] = await modulesOf(run);
    expect(module).toMatchObject({
      status: "failed",
      code: "rust-missing",
      fallback: "base64",
      fallbackImported: "ImportError: broken on purpose",
    });
    expect(module!.reason).toMatch(/the fallback base64 does not import with .*: nothing provides _base64/);
  });

  // Wrappers around the real cargo, rustc and Python that write when each starts and ends, so the
  // order of the processes can be read back. `slow` holds one of them (cargo metadata, or rustc's
  // probes) for half a second: long enough that "while it runs" cannot happen by chance.
  function recordingTools(slow: "metadata" | "rustc-probes" = "metadata") {
    const dir = mkdtempSync(join(tmpdir(), "process-order-"));
    const log = join(dir, "log");
    const real = (tool: string) => execFileSync("rustup", ["which", tool], { encoding: "utf8" }).trim();
    const tools = { cargo: join(dir, "cargo"), rustc: join(dir, "rustc"), python: join(dir, "python") };
    const hold = (test: string) => `if ${test}; then sleep 0.5; fi\n`;
    writeFileSync(
      tools.cargo,
      `#!/bin/sh\n[ "$1" = metadata ] && echo "metadata start" >> ${log}\n` +
        (slow === "metadata" ? hold('[ "$1" = metadata ]') : "") +
        `${real("cargo")} "$@"; rc=$?\necho "$1 end" >> ${log}\nexit $rc\n`,
      { mode: 0o755 },
    );
    // rustc's probes (-vV, --print sysroot); cargo's own calls pass through unrecorded.
    writeFileSync(
      tools.rustc,
      `#!/bin/sh\ncase "$1" in -vV|--print) probe=yes ;; *) exec ${real("rustc")} "$@" ;; esac\n` +
        `echo "rustc $1 start" >> ${log}\n` +
        (slow === "rustc-probes" ? hold("true") : "") +
        `${real("rustc")} "$@"; rc=$?\necho "rustc $1 end" >> ${log}\nexit $rc\n`,
      { mode: 0o755 },
    );
    // The import check is the interpreter that waits for its question on stdin.
    writeFileSync(
      tools.python,
      `#!/bin/sh\ncase "$2" in *sys.stdin.buffer.read*) kind=waiting ;; *) kind=query ;; esac\n` +
        `echo "python-$kind start" >> ${log}\n${python} "$@"; rc=$?\necho "python-$kind end" >> ${log}\nexit $rc\n`,
      { mode: 0o755 },
    );
    const events = () => (existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : []);
    return { ...tools, events, env: { CARGO: tools.cargo, RUSTC: tools.rustc } };
  }

  it("starts the import check's interpreter while cargo metadata runs, not after it", async () => {
    const tools = recordingTools("metadata");
    const run = await build({ python: tools.python }, tools.env);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_base64"]);
    const events = tools.events();
    expect(events.indexOf("python-waiting start")).toBeGreaterThan(events.indexOf("metadata start"));
    expect(events.indexOf("python-waiting start")).toBeLessThan(events.indexOf("metadata end"));
    expect(events.filter((e) => e === "python-waiting start")).toHaveLength(1); // one for every module
  });

  it("starts it only once rustc's probes have answered, when they are the longer chain", async () => {
    // A rustc behind a script is asked on every run, as on a fresh runner's first build.
    const tools = recordingTools("rustc-probes");
    const run = await build({ python: tools.python }, tools.env);
    expect(run.exitCode, run.stdout).toBe(0);
    const events = tools.events();
    expect(events).toEqual(
      expect.arrayContaining(["rustc -vV end", "rustc --print end", "python-waiting start"]),
    );
    const probesEnd = Math.max(events.indexOf("rustc -vV end"), events.indexOf("rustc --print end"));
    expect(events.indexOf("python-waiting start")).toBeGreaterThan(probesEnd);
  });

  it("lets the early interpreter go at once when the run fails before asking it", async () => {
    const tools = recordingTools();
    const run = await build({ python: tools.python, required: "_nope" }, tools.env);
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run)[0]!.message).toMatch(/^Input 'required' names _nope/);
    expect(tools.events()).toContain("python-waiting start");
    // Not cancelled, it would wait on stdin for as long as this test process lives.
    await expect.poll(tools.events, { timeout: 10_000 }).toContain("python-waiting end");
  });

  // A required module that cannot be built is annotated with its reason; the step's failure used
  // to repeat it as a second error (the headline "0 built, 1 failed: _base64: Rust missing").
  it("says a required module's failure once: one error annotation", async () => {
    const run = await build({ policy: "pre-pep-2025", "python-version": "3.16" }, withoutRust());
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs["failed"]!)).toEqual(["_base64"]);
    expect(errorAnnotations(run)).toHaveLength(1);
  });

  it("follows the current plan, summit-2026, when no policy is given: 3.16 without Rust skips, green", async () => {
    const run = await build({ "python-version": "3.16" }, withoutRust());
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual(["_base64"]);
    const [module] = await modulesOf(run);
    expect(module).toMatchObject({ status: "missing", code: "rust-missing" });
    expect(run.summary).toContain("summit-2026");
  });

  // Each module would be built, installed by its EXT_SUFFIX and imported by this Python: when it
  // cannot run at all, that is the input's mistake, said once — not every module quietly skipped.
  it.for<[string, () => string, RegExp]>([
    ["not found", () => join(tmpdir(), "no-such-python"), /ENOENT/],
    [
      "not executable",
      () => {
        const file = join(mkdtempSync(join(tmpdir(), "python-")), "python3");
        writeFileSync(file, "#!/bin/sh\n", { mode: 0o644 });
        return file;
      },
      /EACCES/,
    ],
    [
      "not a Python",
      () => {
        const file = join(mkdtempSync(join(tmpdir(), "python-")), "python3");
        writeFileSync(file, "#!/bin/sh\necho hello\n", { mode: 0o755 });
        return file;
      },
      /printed no Python version, so it is not a Python interpreter/,
    ],
  ])("fails on a 'python' that is %s, in one line naming the input and the fix", async ([, make, why]) => {
    const bad = make();
    const run = await build({ python: bad });
    expect(run.exitCode, run.stdout).toBe(1);
    const errors = errorAnnotations(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).not.toContain("\n");
    expect(errors[0]!.message).toMatch(
      new RegExp(`^Input 'python' \\(${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\) cannot be queried: `),
    );
    expect(errors[0]!.message).toMatch(why);
    expect(errors[0]!.message).toMatch(/Set 'python' to a Python interpreter: a command on PATH \(python3\)/);
    expect(run.stdout).not.toMatch(STACK_FRAME);
    expect(run.outputs["built"]).toBeUndefined();
  });
});

describe("python: auto", () => {
  it("is python on Windows, python3 elsewhere (outside a tree with a built interpreter)", () => {
    expect(defaultInterpreterCommand("win32")).toBe("python");
    expect(defaultInterpreterCommand("linux")).toBe("python3");
    expect(defaultInterpreterCommand("darwin")).toBe("python3");
  });
});
