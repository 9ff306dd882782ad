/**
 * The main job (`bash scripts/dev.sh demo`): the bundled actions, run exactly as the GitHub runner
 * runs them (test/harness), chained like steps of one job on examples/cpython-lite.
 *
 *   leg A — Rust available: setup-rust installs 1.95.0 with the dist installer from a real dist
 *           mirror served on 127.0.0.1 (built from this machine's toolchain) into an empty tool
 *           cache → configure-policy (pre-pep-2025, with a conformance run of ./configure) →
 *           build-rust-modules (driven by the policy report) → the Rust _base64 compared with
 *           Python's base64 on thousands of inputs → the zlib backend (Modules/_zlib_rs, on
 *           zlib-rs) built --frozen from its vendor directory (scripts/fixtures/zlib-rs-vendor.sh,
 *           Debian's sources through cargo vendor), proven offline, and checked against C zlib.
 *   leg B — Rust hidden from every lookup: configure-policy for CPython 3.15 warns, build-rust-modules
 *           skips _base64 with the reason, the step stays green and the pure-Python fallback serves.
 *
 * With no Rust on the machine leg A says so and leg B still runs. Exit status 1 when any step
 * did something other than what the policy says it should.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { realMirror } from "../test/fixtures/dist-mirror/index.js";
import { serveMirror } from "../test/fixtures/dist-mirror/serve-mirror.js";
import { ACTION_NODE_VERSION, actionNode, ensureActionNode } from "../test/harness/action-node.js";
import {
  type ActionRunResult,
  realPython,
  repoRoot,
  runAction,
  zlibRsVendorDir,
} from "../test/harness/index.js";

const example = join(repoRoot, "examples", "cpython-lite");
const work = join(repoRoot, ".tmp", "demo");
const problems: string[] = [];
const python = realPython;

function heading(text: string): void {
  process.stdout.write(`\n\x1b[1m${text}\x1b[0m\n`);
}

function step(name: string, run: ActionRunResult, keys: string[]): void {
  const status = run.exitCode === 0 ? "\x1b[32mok\x1b[0m" : `\x1b[31mexit ${run.exitCode}\x1b[0m`;
  process.stdout.write(`  ${name.padEnd(20)} ${status}  (${(run.durationMs / 1000).toFixed(1)} s)\n`);
  for (const key of keys) {
    if (run.outputs[key] !== undefined) process.stdout.write(`      ${key.padEnd(16)} ${run.outputs[key]}\n`);
  }
  for (const a of run.annotations) {
    process.stdout.write(`      ${a.level}: ${a.message.split("\n")[0]}\n`);
  }
}

function expect(what: string, ok: boolean): void {
  process.stdout.write(`  ${ok ? "\x1b[32m✓\x1b[0m" : "\x1b[31m✗\x1b[0m"} ${what}\n`);
  if (!ok) problems.push(what);
}

/** The environment the next step of the same job sees: GITHUB_ENV exports and GITHUB_PATH prepends. */
function carry(
  env: Record<string, string | undefined>,
  run: ActionRunResult,
): Record<string, string | undefined> {
  const next = { ...env, ...run.exportedEnv };
  next["PATH"] = [...[...run.addedPath].reverse(), env["PATH"] ?? ""].join(delimiter);
  return next;
}

function pythonSays(code: string, path: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(python, ["-c", code], {
    encoding: "utf8",
    env: { ...env, PYTHONPATH: path.join(delimiter) },
  });
  return (r.stdout + r.stderr).trim();
}

function rustOnMachine(): boolean {
  return spawnSync("rustc", ["-vV"], { stdio: "ignore" }).status === 0;
}

/** PATH without the rustup proxies, so only what setup-rust installed can answer. */
function pathWithoutRustup(): string {
  const proxies = join(homedir(), ".cargo", "bin");
  return (process.env["PATH"] ?? "")
    .split(delimiter)
    .filter((d) => d !== proxies)
    .join(delimiter);
}

/** build-rust-modules as the next step after configure-policy, driven by its report. */
async function buildModules(
  policy: ActionRunResult,
  out: string,
  env: Record<string, string | undefined>,
): Promise<ActionRunResult> {
  const modules = await runAction("build-rust-modules", {
    workspace: example,
    inputs: {
      "source-dir": example,
      "policy-report": policy.outputs["report"] ?? "",
      "out-dir": out,
      "target-dir": join(repoRoot, ".tmp", "demo-target"),
      python,
    },
    env,
  });
  step("build-rust-modules", modules, ["built", "skipped", "failed", "headline"]);
  return modules;
}

async function legA(): Promise<void> {
  heading("Leg A — Rust available: setup-rust → configure-policy → build-rust-modules");
  if (!rustOnMachine()) {
    process.stdout.write(
      "  no rustc on this machine: there is no toolchain to mirror, so leg A is skipped\n",
    );
    return;
  }
  process.stdout.write("  building a dist mirror of this machine's toolchain (cached under .tmp/) …\n");
  const built = await realMirror();
  const mirror = await serveMirror(built.dir);
  try {
    const runner = join(work, "leg-a");
    const toolCache = join(runner, "tool-cache");
    let env: Record<string, string | undefined> = {
      PATH: pathWithoutRustup(),
      CARGO_HOME: join(runner, "cargo-home"),
      RUSTUP_TOOLCHAIN: undefined,
      CARGO: undefined,
      RUSTC: undefined,
    };
    const rust = await runAction("setup-rust", {
      workspace: example,
      toolCache,
      inputs: {
        toolchain: built.channel,
        installer: "dist",
        "dist-server": mirror.url,
        // The mirror is signed with a throwaway test key, not the Rust release key.
        "verify-signature": "never",
      },
      env,
    });
    step("setup-rust", rust, ["toolchain", "source", "rustc-version", "installer", "cache-hit", "rustc"]);
    expect("setup-rust installed the pinned toolchain from the loopback mirror", rust.exitCode === 0);
    if (rust.exitCode !== 0) {
      process.stdout.write(rust.stdout + rust.stderr);
      return;
    }
    env = carry(env, rust);

    const policy = await runAction("configure-policy", {
      workspace: example,
      inputs: {
        policy: "pre-pep-2025",
        "source-dir": example,
        run: `./configure --prefix=${join(runner, "prefix")}`,
        "fail-on": "fail",
      },
      env,
    });
    step("configure-policy", policy, ["verdict", "phase", "rust-available", "rust-modules", "message"]);
    expect("configure obeys the policy in every scenario (conformance run)", policy.exitCode === 0);

    const out = join(runner, "modules");
    const modules = await buildModules(policy, out, env);
    expect("_base64 was built and imports", modules.outputs["built"] === '["_base64"]');

    const compare = spawnSync(python, [join(example, "scripts", "compare_b64.py"), "_base64"], {
      encoding: "utf8",
      env: { ...process.env, PYTHONPATH: out },
    });
    process.stdout.write(`  compare with base64   ${compare.stdout.trim() || compare.stderr.trim()}\n`);
    expect("the Rust _base64 agrees with Python's base64", compare.status === 0);
    const impl = pythonSays("import fastb64; print(fastb64.IMPLEMENTATION)", [out, join(example, "Lib")]);
    expect(`fastb64 uses the Rust module (${impl})`, impl === "_base64");
    await zlibBackend(out, env);
  } finally {
    await mirror.close();
  }
}

/** The zlib backend from its vendor directory: offline, verified, and the C zlib as its yardstick. */
async function zlibBackend(out: string, env: Record<string, string | undefined>): Promise<void> {
  let vendor: string;
  try {
    vendor = await zlibRsVendorDir();
  } catch (error) {
    expect(`the zlib-rs vendor directory could be made (${(error as Error).message})`, false);
    return;
  }
  const compareScript = join(example, "scripts", "compare_zlib.py");
  const zlib = await runAction("build-rust-modules", {
    workspace: example,
    inputs: {
      "source-dir": example,
      "manifest-path": "Modules/_zlib_rs/Cargo.toml",
      "vendor-dir": vendor,
      sbom: "true",
      "out-dir": out,
      "target-dir": join(repoRoot, ".tmp", "demo-target"),
      python,
      "verify-command": JSON.stringify([python, compareScript]),
    },
    env,
  });
  step("build-rust-modules", zlib, ["built", "skipped", "headline"]);
  const report = zlib.outputs["report"]
    ? JSON.parse(readFileSync(zlib.outputs["report"], "utf8"))
    : undefined;
  const offline = String(report?.facts?.offline ?? "no offline fact");
  process.stdout.write(
    `      offline          ${offline}\n      vendored         ${report?.facts?.vendored}\n`,
  );
  const crates: { name: string; version: string; source: string; license?: string }[] =
    report?.modules?.find((m: { name: string }) => m.name === "_zlib_rs")?.crates ?? [];
  for (const c of crates)
    process.stdout.write(
      `      crate            ${c.name} ${c.version} (${c.source}, ${c.license ?? "no licence"})\n`,
    );
  const sbom = zlib.outputs["sbom"] ?? "";
  process.stdout.write(`      sbom             ${sbom} (${sbom ? statSync(sbom).size : 0} bytes)\n`);
  expect(
    "what went in: zlib-rs, from the vendor directory, in the result and the SBOM",
    crates.some((c) => c.name === "zlib-rs" && c.source.startsWith("vendored:")) &&
      sbom !== "" &&
      readFileSync(sbom, "utf8").includes("pkg:cargo/zlib-rs@"),
  );
  expect(
    "_zlib_rs was built from the vendor directory and imports",
    zlib.outputs["built"] === '["_zlib_rs"]',
  );
  expect("the vendored build is proven offline", offline.startsWith("proven"));
  const compare = spawnSync(python, [compareScript, "_zlib_rs"], {
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: out },
  });
  process.stdout.write(`  compare with zlib     ${compare.stdout.trim() || compare.stderr.trim()}\n`);
  expect("the Rust _zlib_rs agrees with C zlib", compare.status === 0);
  const impl = pythonSays("import fastzlib; print(fastzlib.IMPLEMENTATION)", [out, join(example, "Lib")]);
  expect(`fastzlib uses the Rust backend (${impl})`, impl === "_zlib_rs");
}

async function legB(): Promise<void> {
  heading("Leg B — Rust hidden from every lookup: the graceful skip");
  const runner = join(work, "leg-b");
  const emptyCargoHome = mkdtempSync(join(work, "empty-cargo-home-"));
  const env = {
    // Only the interpreter's directory and the system's: no cargo, no rustc anywhere.
    PATH: [dirname(python), "/usr/bin", "/bin"].join(delimiter),
    CARGO_HOME: emptyCargoHome,
    CARGO: undefined,
    RUSTC: undefined,
    RUSTUP_TOOLCHAIN: undefined,
  };
  const policy = await runAction("configure-policy", {
    workspace: example,
    // The example tree is 3.16; this leg asks what 3.15 would do, on purpose (a warning says so).
    inputs: {
      policy: "pre-pep-2025",
      "source-dir": example,
      "python-version": "3.15",
      "trust-python-version": "true",
    },
    env,
  });
  step("configure-policy", policy, ["verdict", "phase", "rust-available", "rust-modules"]);
  expect(
    "CPython 3.15 without Rust: configure warns, the step stays green",
    policy.outputs["verdict"] === "warn",
  );

  const out = join(runner, "modules");
  const modules = await buildModules(policy, out, env);
  expect(
    "_base64 skipped with the reason, step green",
    modules.exitCode === 0 && modules.outputs["skipped"] === '["_base64"]',
  );
  const answer = pythonSays("import fastb64; print(fastb64.IMPLEMENTATION, fastb64.b64decode('aGk='))", [
    out,
    join(example, "Lib"),
  ]);
  expect(`the fallback serves: ${answer}`, answer === "base64 b'hi'");
}

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  if (!existsSync(join(repoRoot, "actions", "setup-rust", "dist", "index.js"))) {
    throw new Error("actions/*/dist is missing: run `pnpm run bundle` first");
  }
  // The actions run as the runner runs them, on its Node 24 (fetched once from the npm registry).
  const problem = ensureActionNode();
  heading(
    `the actions run on ${actionNode().fallback ? `this Node ${process.version} (${problem})` : `Node ${ACTION_NODE_VERSION}`}`,
  );
  await legA();
  await legB();
  heading(problems.length ? `${problems.length} problem(s):` : "demo: every step did what the policy says");
  for (const p of problems) process.stdout.write(`  - ${p}\n`);
  process.exitCode = problems.length ? 1 : 0;
}

await main();
