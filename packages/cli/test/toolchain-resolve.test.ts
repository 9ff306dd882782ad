import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolchainCommand } from "../src/commands/toolchain.js";
import type { CliIo } from "../src/io.js";
import { main } from "../src/main.js";

const LINUX = "x86_64-unknown-linux-gnu";

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: options.env ?? {},
    cwd: options.cwd,
  };
  const code = await toolchainCommand(args, io);
  return { code, stdout, stderr };
}

let root = "";
const dir = (name: string) => join(root, name);

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "oxidize-cli-toolchain-")));
  const files: Record<string, string> = {
    "pinned/rust-toolchain.toml":
      '[toolchain]\nchannel = "1.85.0"\ncomponents = ["clippy"]\nprofile = "minimal"\n',
    "pinned/Cargo.toml": '[package]\nname = "p"\nrust-version = "1.80"\n',
    "pinned/src/x": "",
    "floating/rust-toolchain": "stable\n",
    "too-old/rust-toolchain": "1.84.0\n",
    "too-old/Cargo.toml": '[package]\nname = "o"\nrust-version = "1.85"\n',
    "broken/rust-toolchain.toml": "[toolchain\n",
    "empty/x": "",
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(root, rel, ".."), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("oxidize toolchain resolve", () => {
  it("prints the toolchain, its source and the file's settings", async () => {
    const r = await run(["resolve", "--host", LINUX], { cwd: dir("pinned/src") });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toEqual([
      `toolchain:  1.85.0-${LINUX}`,
      "source:     toolchain-file",
      `file:       ${dir("pinned/rust-toolchain.toml")}`,
      "channel:    1.85.0, pinned",
      "components: clippy",
      "targets:    (none)",
      "profile:    minimal",
      `host:       ${LINUX} (from --host)`,
      expect.stringMatching(/^msrv:\s+satisfied: .*MSRV 1\.80/),
    ]);
  });

  it("prints JSON with --json, merging the inputs with the file", async () => {
    const r = await run(
      [
        "resolve",
        "--dir",
        "pinned",
        "--host",
        "aarch64-apple-darwin",
        "--components",
        "rustfmt, clippy",
        "--targets",
        "wasm32-unknown-unknown",
        "--json",
      ],
      { cwd: root },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      kind: "official",
      toolchain: "1.85.0-aarch64-apple-darwin",
      source: "toolchain-file",
      components: ["clippy", "rustfmt"],
      targets: ["wasm32-unknown-unknown"],
      profile: "minimal",
      floating: false,
      hostFrom: "--host",
      msrv: { version: "1.80", status: "satisfied" },
    });
  });

  it.each([
    { what: "the --toolchain flag", args: ["--toolchain", "nightly-2025-02-20"], env: {}, source: "input" },
    {
      what: "RUSTUP_TOOLCHAIN from the environment",
      args: [],
      env: { RUSTUP_TOOLCHAIN: "beta" },
      source: "RUSTUP_TOOLCHAIN",
    },
  ])("honours $what over the toolchain file", async ({ args, env, source }) => {
    const r = await run(["resolve", "--host", LINUX, "--json", ...args], { cwd: dir("pinned"), env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toBe(source);
    expect(out.warnings).toContain(
      `${dir("pinned/rust-toolchain.toml")} is ignored because ${source === "input" ? "the toolchain input" : "RUSTUP_TOOLCHAIN"} takes precedence over toolchain files`,
    );
  });

  it("warns when nothing is pinned", async () => {
    const r = await run(["resolve", "--host", LINUX], { cwd: dir("empty") });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`toolchain:  stable-${LINUX}`);
    expect(r.stdout).toMatch(/^warning: no toolchain is pinned/m);
  });

  it("prints rustup's error and the fix, exit status 1", async () => {
    const r = await run(["resolve", "--host", LINUX], { cwd: dir("broken") });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(
        `^error: could not parse override file: '${dir("broken/rust-toolchain.toml")}': error parsing override file`,
      ),
    );
    expect(r.stderr).toMatch(/^help: /m);
  });

  it("prints the error as JSON with --json", async () => {
    const r = await run(["resolve", "--host", LINUX, "--toolchain", "my-own", "--json"], {
      cwd: dir("empty"),
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        code: "custom-toolchain",
        message:
          "override toolchain 'my-own' is not installed: the toolchain input specifies an uninstalled toolchain",
        help: expect.stringContaining("rustup toolchain link"),
      },
    });
  });

  it("fails --require-pinned for a floating toolchain only", async () => {
    const floating = await run(["resolve", "--host", LINUX, "--require-pinned"], { cwd: dir("floating") });
    expect(floating.code).toBe(1);
    expect(floating.stderr).toMatch(
      /^error: toolchain 'stable-x86_64-unknown-linux-gnu' from .*rust-toolchain is not pinned/,
    );
    expect((await run(["resolve", "--host", LINUX, "--require-pinned"], { cwd: dir("pinned") })).code).toBe(
      0,
    );
  });

  it("fails when the toolchain is older than the Cargo.toml rust-version", async () => {
    const r = await run(["resolve", "--host", LINUX], { cwd: dir("too-old") });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `error: toolchain '1.84.0-${LINUX}' (Rust 1.84.0) is older than the project's MSRV 1.85`,
    );
  });

  it("detects the host from the real rustc when --host is not given", async () => {
    const host = /^host: (\S+)$/m.exec(execFileSync("rustc", ["-vV"], { encoding: "utf8" }))?.[1];
    const r = await run(["resolve", "--json"], { cwd: dir("pinned") });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ toolchain: `1.85.0-${host}`, host, hostFrom: "rustc" });
  });

  it.each([
    { args: [], why: "toolchain needs a subcommand (resolve)" },
    { args: ["bogus"], why: "unknown subcommand 'bogus'" },
    { args: ["resolve", "--nope"], why: "unknown option --nope" },
    { args: ["resolve", "extra"], why: "unexpected argument 'extra'" },
    { args: ["resolve", "--dir"], why: "option --dir needs a value" },
  ])("usage error ($why) → one line and the help command, exit status 2", async ({ args, why }) => {
    const r = await run(args, { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`oxidize: ${why}; run 'oxidize help toolchain'\n`);
    expect(r.stdout).toBe("");
  });

  it("prints help with --help, also through the main dispatcher", async () => {
    expect((await run(["resolve", "--help"], { cwd: root })).stdout).toContain("--require-pinned");
    let out = "";
    const code = await main(["toolchain", "--help"], {
      stdout: (t) => (out += t),
      stderr: () => {},
      env: {},
      cwd: root,
    });
    expect(code).toBe(0);
    expect(out).toContain("usage: oxidize toolchain resolve");
  });
});
