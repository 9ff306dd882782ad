/**
 * A real CPython tree: CPython's upstream sources with the Rust-for-CPython fork's Rust additions
 * (test/fixtures/cpython/rust-additions.patch), configured and built by scripts/fixtures/
 * cpython-tree.sh (test/harness/cpython-tree.ts). First that the fixture is what it claims; then
 * the actions on it as a CPython maintainer would run them: configure-policy's conformance run
 * against the real configure (which catches the fork's cargo check writing `yes` with no cargo),
 * and build-rust-modules finding `_base64` in Modules/Setup.stdlib.in, reading configure's state
 * from the Makefile, building with cargo as make would or letting make build it, and importing
 * it with the tree's own ./python. The file's tests run in order: the later ones change `build`,
 * and the last step puts it back.
 */
import { execFile, execFileSync } from "node:child_process";
import { accessSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CpythonTree,
  copyCpythonSource,
  cpythonTree,
  seedConfigCache,
} from "../harness/cpython-tree.js";
import { runAction } from "../harness/run-action.js";
import { resultOf, withoutRust } from "../harness/step-checks.js";

const SETUP_LINE = "@MODULE__BASE64_TRUE@_base64 _base64/Cargo.toml _base64/src/lib.rs lib_base64.a";

/** `NAME=value` of a generated Makefile (the first definition; tabs or spaces after `=`). */
function makeVariable(makefile: string, name: string): string | undefined {
  const match = new RegExp(`^${name}=[ \\t]*(.*)$`, "m").exec(readFileSync(makefile, "utf8"));
  return match?.[1]?.trim();
}

/** `./configure ARGS` in `dir`; resolves when it has written the Makefile. */
function configure(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolveDone, reject) => {
    execFile(
      "./configure",
      args,
      { cwd: dir, env, encoding: "utf8", timeout: 480_000, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`./configure ${args.join(" ")} in ${dir} failed:\n${stderr.slice(-4000)}`))
          : resolveDone(),
    );
  });
}

describe("the CPython tree fixture", () => {
  let tree: CpythonTree;

  beforeAll(async () => {
    tree = await cpythonTree();
  });

  it("is the upstream tree with the fork's Setup.stdlib.in line, configured only out of tree", () => {
    const setup = readFileSync(join(tree.src, "Modules", "Setup.stdlib.in"), "utf8");
    expect(setup.split("\n")).toContain(SETUP_LINE);
    // the line sits in the part of the file that *@MODULE_BUILDTYPE@* makes *shared* on Linux
    expect(setup.indexOf(SETUP_LINE)).toBeGreaterThan(setup.indexOf("*@MODULE_BUILDTYPE@*"));
    expect(readFileSync(join(tree.src, "configure"), "utf8")).toContain("MODULE__BASE64_STATE=");
    expect(() => accessSync(join(tree.src, "Makefile"))).toThrow();
    expect(tree.version).toMatch(/^3\.\d+$/);
    expect(tree.info["debian-version"]).toMatch(/^3\.\d+\.\d+/);
  });

  it("built _base64 with cargo: the Makefile says yes and names a profile and a target", () => {
    const makefile = join(tree.build, "Makefile");
    expect(makeVariable(makefile, "MODULE__BASE64_STATE")).toBe("yes");
    expect(makeVariable(makefile, "CARGO_PROFILE")).toBe("dev");
    expect(makeVariable(makefile, "CARGO_TARGET_DIR")).toBe("debug");
    expect(makeVariable(makefile, "CARGO_TARGET")).toMatch(/^[a-z0-9_]+-[a-z0-9_]+-[a-z0-9_-]+$/);
    expect(readFileSync(makefile, "utf8")).toMatch(
      /^target\/\$\(CARGO_TARGET_DIR\)\/lib_base64\.a: .*cargo build --lib --locked --package _base64 --profile \$\(CARGO_PROFILE\)/m,
    );
  });

  it("imports _base64 in build/python, and it encodes as binascii does", () => {
    const script = [
      "import _base64, binascii, json",
      "inputs = [b'', b'f', b'fo', b'foo', b'foobar', bytes(range(256)), bytearray(b'\\xff\\xfe'), memoryview(b'hi')]",
      "print(json.dumps({",
      "  'file': _base64.__file__,",
      "  'same': [_base64.standard_b64encode(d) == binascii.b2a_base64(d, newline=False) for d in inputs],",
      "  'hi': _base64.standard_b64encode(b'hi').decode(),",
      "}))",
    ].join("\n");
    const out = JSON.parse(
      execFileSync(tree.python, ["-c", script], { encoding: "utf8", timeout: 60_000 }),
    ) as {
      file: string;
      same: boolean[];
      hi: string;
    };
    expect(out.hi).toBe("aGk=");
    expect(out.same).toEqual(out.same.map(() => true));
    expect(out.file).toContain(`_base64.cpython-${tree.version.replace(".", "")}`);
    expect(() =>
      execFileSync(tree.python, ["-c", "import _base64; _base64.standard_b64encode('text')"], {
        stdio: "pipe",
      }),
    ).toThrow(/TypeError: a bytes-like object is required/);
  });
});

describe("configure-policy on the real tree", () => {
  const copies: string[] = [];
  let optedOut: Promise<string>;

  beforeAll(() => {
    // configure with HAVE_CARGO=no runs beside the conformance run. Every configure here reads a
    // seeded config.cache (-C, as CPython's CI configures) that knows nothing of Rust: seconds
    // rather than a minute each, the same decisions about Rust.
    optedOut = copyCpythonSource().then(async (copy) => {
      copies.push(copy);
      await seedConfigCache(copy);
      await configure(copy, ["-C", "HAVE_CARGO=no"], process.env);
      return copy;
    });
  });
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it("the conformance run catches the fork's cargo check: MODULE__BASE64_STATE=yes with Rust hidden", async () => {
    const copy = await copyCpythonSource();
    copies.push(copy);
    await seedConfigCache(copy);
    const run = await runAction("configure-policy", {
      workspace: copy,
      inputs: { policy: "accelerators", run: "./configure -C", "fail-on": "never" },
      timeoutMs: 1_200_000,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs["verdict"]).toBe("fail");
    const result = await resultOf<{
      details: {
        facts: { python: { major: number; minor: number; source: string } };
        conformance: {
          scenarios: Array<{ scenario: string; moduleStates?: Record<string, string>; mismatches: string[] }>;
        };
      };
    }>(run);
    expect(result.details.facts.python).toMatchObject({ source: "Include/patchlevel.h" });
    const scenario = (id: string) => result.details.conformance.scenarios.find((s) => s.scenario === id)!;
    // As given, with Rust present, the real configure does what the policy says: _base64 is yes.
    expect(scenario("as-is")).toMatchObject({ moduleStates: { _base64: "yes" }, mismatches: [] });
    // With Rust hidden it still says yes, and make would fail: the mismatch names the variable.
    expect(scenario("rust-hidden").moduleStates).toEqual({ _base64: "yes" });
    expect(scenario("rust-hidden").mismatches).toContainEqual(
      expect.stringMatching(
        /^configure set MODULE__BASE64_STATE=yes with Rust hidden, where the policy skips Rust modules/,
      ),
    );
    expect(
      run.annotations.some((a) => a.level === "error" && /MODULE__BASE64_STATE=yes/.test(a.message)),
    ).toBe(true);
  }, 1_500_000);

  it("HAVE_CARGO=no is the fork's working opt-out: state disabled, the line commented out", async () => {
    const copy = await optedOut;
    const makefile = join(copy, "Makefile");
    expect(makeVariable(makefile, "MODULE__BASE64_STATE")).toBe("disabled");
    expect(makeVariable(makefile, "CARGO_PROFILE")).toBe("");
    expect(readFileSync(join(copy, "Modules", "Setup.stdlib"), "utf8")).toMatch(
      /^#_base64 _base64\/Cargo\.toml /m,
    );
  }, 600_000);

  it("a python-version that disagrees with the tree: a warning naming both, the tree's version used", async () => {
    const tree = await cpythonTree();
    const other = `3.${Number(tree.version.split(".")[1]) + 3}`;
    const run = await runAction("configure-policy", {
      workspace: tree.root,
      inputs: { "source-dir": "src", "python-version": other, rust: "absent", policy: "accelerators" },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const warning = run.annotations.find((a) => a.level === "warning" && /python-version/.test(a.message));
    expect(warning?.message).toContain(
      `Input 'python-version' is ${other}, but the source tree's Include/patchlevel.h says ${tree.version}: using ${tree.version}`,
    );
  });
});

interface TreeModule {
  module: string;
  status: string;
  code: string;
  reason: string;
  imported?: boolean | string;
  fallbackImported?: boolean | string;
  builtWith?: string;
  configure?: { state: string; disagreement?: string };
  artifact?: { source: string; path: string };
}

describe("build-rust-modules on the real tree", () => {
  let tree: CpythonTree;
  let moduleFile: string;
  const outDirs: string[] = [];

  beforeAll(async () => {
    tree = await cpythonTree();
    const ext = makeVariable(join(tree.build, "Makefile"), "EXT_SUFFIX")!;
    moduleFile = join(tree.build, "Modules", `_base64${ext}`);
  });
  afterAll(() => {
    for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
    // Leave the shared fixture as built: make relinks what a test removed (a fraction of a second).
    execFileSync("make", ["sharedmods"], { cwd: tree.build, stdio: "pipe", timeout: 600_000 });
  });

  const build = (inputs: Record<string, string>, env?: Record<string, string | undefined>) => {
    const out = mkdtempSync(join(tmpdir(), "oxidize-tree-out-"));
    outDirs.push(out);
    return runAction("build-rust-modules", {
      workspace: tree.root,
      inputs: {
        "source-dir": "src",
        "build-dir": "build",
        policy: "accelerators",
        "out-dir": out,
        ...inputs,
      },
      ...(env ? { env } : {}),
      timeoutMs: 600_000,
    });
  };
  const modulesOf = async (run: Awaited<ReturnType<typeof build>>) =>
    (await resultOf<{ details: { modules: TreeModule[]; workspace: { discoveredBy: string } } }>(run))
      .details;

  it("finds _base64 where CPython declares it and builds it with cargo as make would; ./python imports it", async () => {
    const run = await build({});
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["built"]!)).toEqual(["_base64"]);
    const details = await modulesOf(run);
    expect(details.workspace.discoveredBy).toBe("Modules/Setup + cargo metadata");
    const [module] = details.modules;
    expect(module).toMatchObject({
      module: "_base64",
      status: "built",
      imported: true,
      builtWith: "cargo",
      configure: { state: "yes" },
    });
    expect(module!.configure).not.toHaveProperty("disagreement");
    // The Makefile's settings: $(abs_builddir)/target and CARGO_PROFILE=dev (target/debug).
    expect(module!.artifact!.source).toBe(join(tree.build, "target", "debug", "lib_base64.so"));
    expect(module!.artifact!.path).toMatch(
      new RegExp(`_base64\\.cpython-${tree.version.replace(".", "")}-.*\\.so$`),
    );
    expect(run.summary).toMatch(/\| `_base64` \| .*built.* \| `yes` \|/);
  });

  it("build-with: make lets the tree build it with its own rule, then ./python imports make's file", async () => {
    rmSync(moduleFile, { force: true });
    const run = await build({ "build-with": "make" });
    expect(run.exitCode, run.stdout).toBe(0);
    const [module] = (await modulesOf(run)).modules;
    expect(module).toMatchObject({
      status: "built",
      builtWith: "make",
      imported: true,
      configure: { state: "yes" },
    });
    expect(module!.artifact!.path).toBe(moduleFile);
    expect(run.stdout).toMatch(/make -k -j\d+ Modules\/_base64\.cpython-/);
  });

  it("with Rust hidden: skipped with the reason, configure's yes flagged, binascii serves, the version disagreement said", async () => {
    const other = `3.${Number(tree.version.split(".")[1]) + 2}`;
    const run = await build({ "python-version": other }, withoutRust());
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual(["_base64"]);
    const [module] = (await modulesOf(run)).modules;
    expect(module).toMatchObject({
      status: "missing",
      code: "rust-missing",
      fallbackImported: true,
      configure: { state: "yes" },
    });
    expect(module!.configure!.disagreement).toMatch(
      /^configure set MODULE__BASE64_STATE=yes, but _base64 cannot be built here \(Rust missing\): make would try and fail/,
    );
    const warnings = run.annotations.filter((a) => a.level === "warning").map((a) => a.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^configure set MODULE__BASE64_STATE=yes, but _base64 cannot be built/),
    );
    expect(warnings).toContainEqual(
      expect.stringContaining(
        `Input 'python-version' is ${other}, but the source tree's Include/patchlevel.h says ${tree.version}: using ${tree.version}`,
      ),
    );
  });

  it("build-with: make and Rust hidden: make is not asked, and make's old module no longer shadows the fallback", async () => {
    expect(readFileSync(moduleFile).length).toBeGreaterThan(0);
    const run = await build({ "build-with": "make" }, withoutRust());
    expect(run.exitCode, run.stdout).toBe(0);
    const [module] = (await modulesOf(run)).modules;
    expect(module).toMatchObject({ status: "missing", code: "rust-missing", fallbackImported: true });
    expect(run.stdout).not.toMatch(/make -k/);
    expect(() => accessSync(moduleFile)).toThrow();
    expect(() => execFileSync(tree.python, ["-c", "import _base64"], { stdio: "pipe" })).toThrow(
      /ModuleNotFoundError/,
    );
    expect(
      execFileSync(
        tree.python,
        ["-c", "import binascii; print(binascii.b2a_base64(b'hi', newline=False).decode())"],
        { encoding: "utf8" },
      ).trim(),
    ).toBe("aGk=");
  });
});

describe("build-with: make on a copy whose Rust does not compile", () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it("reports rustc's error from make's output as an annotation at the file and line, and the fallback serves", async () => {
    const copy = await copyCpythonSource();
    copies.push(copy);
    const lib = join(copy, "Modules", "_base64", "src", "lib.rs");
    const source = readFileSync(lib, "utf8").replace(/\n*$/, "\n");
    const brokenLine = source.split("\n").length;
    writeFileSync(lib, `${source}fn oxidize_broken() -> u32 {\n    "not a number"\n}\n`);
    // Out of tree, as the README shows: configure only (make has not built this tree).
    const build = join(copy, "build");
    mkdirSync(build);
    await seedConfigCache(build);
    await new Promise<void>((done, fail) =>
      execFile(
        "../configure",
        ["-C"],
        { cwd: build, timeout: 480_000, maxBuffer: 64 * 1024 * 1024 },
        (error) => (error ? fail(error) : done()),
      ),
    );
    const run = await runAction("build-rust-modules", {
      workspace: copy,
      inputs: { "source-dir": ".", "build-dir": "build", "build-with": "make", policy: "accelerators" },
      timeoutMs: 600_000,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs["skipped"]!)).toEqual(["_base64"]);
    const [module] = (await resultOf<{ details: { modules: TreeModule[] } }>(run)).details.modules;
    expect(module).toMatchObject({ status: "skipped", code: "build-failed", fallbackImported: true });
    expect(module!.reason).toMatch(/^make Modules\/_base64\.cpython-\d+-.*\.so failed: mismatched types/);
    // The tree was never built: make is asked for the module only, not for every shared module.
    expect(run.stdout).not.toMatch(/make -k .*sharedmods/);
    const annotation = run.annotations.find((a) => a.properties["file"] === "Modules/_base64/src/lib.rs");
    expect(annotation).toMatchObject({ level: "warning", properties: { line: String(brokenLine + 1) } });
    expect(annotation!.message).toContain("mismatched types");
  }, 900_000);
});
