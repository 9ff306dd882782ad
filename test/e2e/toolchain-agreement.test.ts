/**
 * `oxidize toolchain resolve` claims to preview what actions/setup-rust installs. Both are run
 * here as users run them — the CLI's bundle as a process, the action's bundle as the runner runs
 * it — on one table of cases, and must give the same answer: toolchain, source, profile,
 * components, targets, warnings, or the same error.
 *
 * The action's install is pointed at a loopback dist server whose manifests name the release
 * asked for but have no build for any real host, with `optional: true`, so the step resolves,
 * finds no toolchain for this host and stays green: only resolution is compared. (A server with
 * nothing at all would now fail the step: a release that does not exist is an error.)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HostlessServer, serveHostless } from "../fixtures/dist-mirror/index.js";
import { repoRoot, runAction } from "../harness/index.js";

const CLI = join(repoRoot, "packages", "cli", "dist", "index.js");

interface Case {
  name: string;
  /** Files of the workspace, by relative path. */
  files?: Record<string, string>;
  /** The step's working-directory (the CLI's --dir), relative to the workspace. */
  dir?: string;
  toolchain?: string;
  profile?: string;
  components?: string;
  targets?: string;
  requirePinned?: boolean;
  env?: Record<string, string>;
}

const cases: Case[] = [
  { name: "an unquoted YAML 1.70 arrives as 1.7", toolchain: "1.7" },
  {
    name: "1.2 with an MSRV of 1.150.2 is 1.200",
    toolchain: "1.2",
    files: { "Cargo.toml": '[package]\nname = "a"\nrust-version = "1.150.2"\n' },
  },
  { name: "no profile anywhere: minimal", toolchain: "1.95.0" },
  { name: "the profile input", toolchain: "1.95.0", profile: "default" },
  {
    name: "a toolchain file, merged with the inputs",
    files: {
      "rust-toolchain.toml":
        '[toolchain]\nchannel = "1.90.0"\ncomponents = ["clippy"]\ntargets = ["wasm32-wasip1"]\nprofile = "complete"\n',
    },
    components: "rustfmt, clippy",
    targets: "aarch64-unknown-linux-gnu",
  },
  {
    name: "the nearest toolchain file, walking up from a subdirectory",
    files: { "rust-toolchain": "nightly-2026-04-01\n", "crates/a/src/x": "" },
    dir: "crates/a/src",
  },
  {
    name: "RUSTUP_TOOLCHAIN over the toolchain file",
    files: { "rust-toolchain.toml": '[toolchain]\nchannel = "1.90.0"\n' },
    env: { RUSTUP_TOOLCHAIN: "1.91.1" },
  },
  { name: "nothing pinned: stable, with a warning" },
  {
    name: "the MSRV of the Cargo.toml above the working directory",
    files: { "Cargo.toml": '[workspace]\n[workspace.package]\nrust-version = "1.90"\n', "crates/a/x": "" },
    dir: "crates/a",
    toolchain: "1.85.0",
  },
  { name: "require-pinned on a floating channel", toolchain: "stable", requirePinned: true },
  { name: "a name rustup rejects", toolchain: "1.2.3.4" },
  {
    name: "a toolchain file that is not TOML",
    files: { "rust-toolchain.toml": "[toolchain\n" },
  },
];

/** What both must agree on. */
interface Answer {
  toolchain?: string;
  source?: string;
  profile?: string;
  components?: string[];
  targets?: string[];
  warnings: string[];
  error?: string;
}

let root: string;
let server: HostlessServer;
let distServer: string;

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "oxidize-agreement-")));
  server = await serveHostless();
  distServer = server.url;
});
afterAll(() => server.close());

function workspaceFor(c: Case, index: number): string {
  const workspace = join(root, `case-${index}`);
  mkdirSync(workspace, { recursive: true });
  for (const [rel, text] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(workspace, rel)), { recursive: true });
    writeFileSync(join(workspace, rel), text);
  }
  mkdirSync(join(workspace, c.dir ?? "."), { recursive: true });
  return workspace;
}

/** The environment both run in: no RUSTUP_TOOLCHAIN of ours, the case's own variables. */
function caseEnv(c: Case): Record<string, string | undefined> {
  return { RUSTUP_TOOLCHAIN: undefined, RUSTUP_DIST_SERVER: undefined, ...c.env };
}

async function actionAnswer(c: Case, workspace: string): Promise<Answer> {
  const run = await runAction("setup-rust", {
    workspace,
    inputs: {
      "working-directory": c.dir ?? ".",
      toolchain: c.toolchain ?? "",
      profile: c.profile ?? "",
      components: c.components ?? "",
      targets: c.targets ?? "",
      "require-pinned": String(c.requirePinned ?? false),
      installer: "dist",
      "dist-server": distServer,
      cache: "false",
      optional: "true",
      "verify-signature": "never",
      matchers: "false",
    },
    env: caseEnv(c),
  });
  const report = JSON.parse(readFileSync(run.outputs["report"]!, "utf8"));
  const warnings = (report.reasons as { code: string; message: string }[])
    .filter((r) => r.code === "float-trap" || r.code === "resolve")
    .map((r) => r.message);
  if (run.exitCode !== 0) {
    const errors = run.annotations.filter((a) => a.level === "error");
    expect(errors, run.stdout).toHaveLength(1);
    return { warnings, error: errors[0]!.message };
  }
  const d = report.details;
  return {
    toolchain: d.toolchain,
    source: d.source,
    profile: d.profile,
    components: d.components,
    targets: d.targets,
    warnings,
  };
}

function cliAnswer(c: Case, workspace: string): Answer {
  const args = ["toolchain", "resolve", "--json", "--installer", "dist", "--dir", c.dir ?? "."];
  if (c.toolchain) args.push("--toolchain", c.toolchain);
  if (c.profile) args.push("--profile", c.profile);
  if (c.components) args.push("--components", c.components);
  if (c.targets) args.push("--targets", c.targets);
  if (c.requirePinned) args.push("--require-pinned");
  const env = { ...process.env, ...caseEnv(c) };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [CLI, ...args], { cwd: workspace, env, encoding: "utf8" });
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    expect(failed.status).toBe(1);
    const { message, help } = JSON.parse(failed.stdout).error as { message: string; help?: string };
    return { warnings: [], error: help ? `${message}\nhelp: ${help}` : message };
  }
  const out = JSON.parse(stdout);
  return {
    toolchain: out.toolchain,
    source: out.source,
    profile: out.profile,
    components: out.components,
    targets: out.targets,
    warnings: out.warnings,
  };
}

describe("oxidize toolchain resolve agrees with actions/setup-rust", () => {
  it.each(cases.map((c, i) => [c.name, c, i] as const))("%s", async (_, c, i) => {
    const workspace = workspaceFor(c, i);
    const [action, cli] = [await actionAnswer(c, workspace), cliAnswer(c, workspace)];
    // An error stops the action before warnings matter; the CLI prints none with its error.
    if (action.error !== undefined) action.warnings = [];
    expect(cli).toEqual(action);
  });

  it("covers resolutions and errors alike", async () => {
    // Guards the table itself: both kinds of answer are compared above.
    const kinds = new Set(
      cases.map((c) => (c.toolchain === "1.2.3.4" || c.requirePinned ? "error" : "resolved")),
    );
    expect(kinds).toEqual(new Set(["error", "resolved"]));
  });
});
