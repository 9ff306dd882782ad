// The real rustup is the oracle: every case below runs `rustup show active-toolchain` with an empty
// private RUSTUP_HOME and a dead dist server, and our resolver must reach the same toolchain name or
// the same error. Cases where rustup falls back to "the default toolchain" are re-run against a
// RUSTUP_HOME whose default is stable-<host>, which is what our resolver assumes.

import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ToolchainResolutionError } from "../src/resolve/errors.js";
import { resolveToolchain } from "../src/resolve/resolve-toolchain.js";

const LINUX = "x86_64-unknown-linux-gnu";

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    const candidate = join(dir, command);
    try {
      if (realpathSync(candidate)) return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const RUSTUP = findOnPath("rustup");
// The cases spell paths the POSIX way (rustup applies the rules of the OS it runs on).
const CAN_RUN = RUSTUP !== undefined && process.platform !== "win32";

// ---------------------------------------------------------------------------------------------
// Cases

/** A name tried as RUSTUP_TOOLCHAIN and as the toolchain input (rustup's `+name`). `$TC` = a path toolchain. */
interface NameCase {
  name: string;
  host?: string;
  /** Skip the `+name` run (rustup's clap parser and our "empty input means unset" differ on ""). */
  envOnly?: boolean;
}

const OFFICIAL = [
  "stable",
  "beta",
  "nightly",
  "1.85",
  "1.85.0",
  "1.85.1",
  "1.0",
  "1.8",
  "1.9",
  "1.10",
  "1.0.0",
  "1.85.0-beta",
  "1.85.0-beta.1",
  "1.85-beta",
  "1.999.99",
  "9.0.0",
  "0.0.0-0000-00-00",
  "nightly-2025-02-20",
  "stable-2025-02-20",
  "beta-2025-02-20",
  "1.85.0-2025-02-20",
  "nightly-2025-13-45",
  "stable-msvc",
  "stable-gnu",
  "stable-pc-windows-msvc",
  "stable-x86_64-pc-windows-gnu",
  "nightly-i686",
  "nightly-aarch64-apple-darwin",
  "stable-wasm32-unknown-unknown",
  "stable-x86_64-unknown-linux-gnu",
  "1.85.0-x86_64-unknown-linux-musl",
  "nightly-2025-02-20-x86_64-unknown-linux-gnu",
  "stable-aarch64",
  "stable-apple-darwin",
  "stable-x86_64-unknown-none",
  "stable-thumbv8m.main-none-eabihf",
  "stable-armv7-unknown-linux-gnueabihf",
  "stable-linux-musl",
  "1.8-aarch64",
  "stable/",
  "stable//",
];

const CUSTOM = [
  "stable-foo",
  "stable-2025-1-1",
  "nightly-2025-2-20",
  "stable-x86_64-unknown-linux-foo",
  "Stable",
  "latest",
  "v1.85.0",
  "1.85.0-rc1",
  "^1.85",
  "3",
  "1",
  "--",
  "0.0.0-",
  "0.0.0--",
  "0.0.0-anything",
  "1.90.01",
  "1.1000.0",
  "1.85.100",
  "10.0.0",
  "1.01",
  "my-toolchain",
  "foo bar",
  "a#b",
  "\ufeffnightly",
  " stable",
  "stable ",
  "nightly-",
  "1.85.0-beta.100",
  "stable-x86_64",
];

const INVALID = [
  "none",
  "none/",
  "+stable",
  "+/x",
  "foo/bar",
  "a\\b",
  "/",
  "//",
  "/nonexistent/tc",
  "$TC",
  "$TC/",
];

const NAME_CASES: NameCase[] = [
  ...[...OFFICIAL, ...CUSTOM, ...INVALID].map((name) => ({ name })),
  { name: "", envOnly: true },
  // Windows and macOS hosts, through rustup's RUSTUP_OVERRIDE_HOST_TRIPLE.
  ...[
    "stable",
    "stable-gnu",
    "nightly-i686",
    "1.8-aarch64",
    "stable-apple-darwin",
    "stable-linux-musl",
  ].flatMap((name) =>
    ["x86_64-pc-windows-msvc", "aarch64-pc-windows-msvc", "i686-pc-windows-gnu", "aarch64-apple-darwin"].map(
      (host) => ({ name, host, envOnly: true }),
    ),
  ),
];

type Content = string | Uint8Array | { dir: true } | ((root: string) => string);

interface FileCase {
  id: string;
  files: Record<string, Content>;
  /** Relative to the case root; default the root. */
  cwd?: string;
  host?: string;
  /** Symlinks to make, link → target, both relative to the case root. */
  links?: Record<string, string>;
  /**
   * Toolchains already in RUSTUP_HOME, as setup-rust leaves the machine: rustup accepts a target
   * part in a file's channel only when a toolchain of exactly that name is installed.
   */
  installed?: string[];
}

const toml = (body: string) => `[toolchain]\n${body}\n`;
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

const FILE_CASES: FileCase[] = [
  // legacy one-liners
  { id: "legacy-nightly", files: { "rust-toolchain": "nightly\n" } },
  { id: "legacy-no-newline", files: { "rust-toolchain": "1.85.0" } },
  { id: "legacy-crlf", files: { "rust-toolchain": "1.85.0\r\n" } },
  { id: "legacy-spaces-tabs", files: { "rust-toolchain": " \t1.85.0 \t\n" } },
  { id: "legacy-nbsp", files: { "rust-toolchain": "\u00a0stable\u00a0" } },
  { id: "legacy-nel", files: { "rust-toolchain": "\u0085stable" } },
  { id: "legacy-bom", files: { "rust-toolchain": "\ufeffnightly\n" } },
  { id: "legacy-dated", files: { "rust-toolchain": "nightly-2025-02-20\n" } },
  { id: "legacy-1.8", files: { "rust-toolchain": "1.8\n" } },
  {
    id: "legacy-target-suffix",
    files: { "rust-toolchain": "nightly-x86_64-unknown-linux-gnu\n" },
    installed: ["nightly-x86_64-unknown-linux-gnu"],
  },
  { id: "legacy-partial-target", files: { "rust-toolchain": "stable-msvc\n" } },
  {
    id: "legacy-1.8-target",
    files: { "rust-toolchain": "1.8-x86_64-unknown-linux-gnu\n" },
    // rustup reads 1.8 as 1.8.0, the name setup-rust installs.
    installed: ["1.8.0-x86_64-unknown-linux-gnu"],
  },
  { id: "legacy-none", files: { "rust-toolchain": "none\n" } },
  { id: "legacy-plus", files: { "rust-toolchain": "+stable\n" } },
  { id: "legacy-custom", files: { "rust-toolchain": "my-toolchain\n" } },
  { id: "legacy-slash", files: { "rust-toolchain": "foo/bar\n" } },
  { id: "legacy-trailing-slash", files: { "rust-toolchain": "stable/\n" } },
  { id: "legacy-empty", files: { "rust-toolchain": "" } },
  { id: "legacy-newline-only", files: { "rust-toolchain": "\n" } },
  { id: "legacy-spaces-only", files: { "rust-toolchain": "   " } },
  { id: "legacy-two-blank-lines", files: { "rust-toolchain": "\n\n" } },
  { id: "legacy-two-lines", files: { "rust-toolchain": "stable\nnightly\n" } },
  { id: "legacy-one-line-toml", files: { "rust-toolchain": '[toolchain] channel = "nightly"\n' } },
  { id: "legacy-dotted-toml", files: { "rust-toolchain": 'toolchain.channel = "nightly"\n' } },
  { id: "legacy-abs-path-missing", files: { "rust-toolchain": "/nonexistent/toolchain\n" } },
  { id: "legacy-abs-path", files: { "tc/bin": { dir: true }, "rust-toolchain": (root) => `${root}/tc\n` } },
  { id: "legacy-relative-path", files: { "rust-toolchain": "./tc\n" } },
  { id: "legacy-invalid-utf8", files: { "rust-toolchain": bytes([0xff, 0xfe], "nightly\n") } },
  { id: "legacy-is-directory", files: { "rust-toolchain/x": "stable" } },
  // TOML in rust-toolchain
  { id: "legacy-name-toml", files: { "rust-toolchain": toml('channel = "1.85.0"') } },
  { id: "legacy-name-toml-crlf", files: { "rust-toolchain": '[toolchain]\r\nchannel = "beta"\r\n' } },
  // rust-toolchain.toml schema
  { id: "toml-channel", files: { "rust-toolchain.toml": toml('channel = "1.85.0"') } },
  { id: "toml-one-line-legacy", files: { "rust-toolchain.toml": "nightly\n" } },
  { id: "toml-one-line-dotted", files: { "rust-toolchain.toml": 'toolchain.channel = "nightly"' } },
  { id: "toml-bom", files: { "rust-toolchain.toml": `\ufeff${toml('channel = "nightly"')}` } },
  { id: "toml-crlf", files: { "rust-toolchain.toml": '[toolchain]\r\nchannel = "1.85"\r\n' } },
  {
    id: "toml-unknown-keys",
    files: { "rust-toolchain.toml": toml('channel = "beta"\ncomponent = ["x"]\nfoo = 1') },
  },
  {
    id: "toml-unknown-table",
    files: { "rust-toolchain.toml": `[other]\nx = 1\n${toml('channel = "stable"')}` },
  },
  { id: "toml-missing-table", files: { "rust-toolchain.toml": 'channel = "nightly"\n' } },
  { id: "toml-empty-table", files: { "rust-toolchain.toml": "[toolchain]\n" } },
  { id: "toml-syntax-error", files: { "rust-toolchain.toml": "[toolchain\n" } },
  { id: "toml-duplicate-key", files: { "rust-toolchain.toml": toml('channel = "a"\nchannel = "b"') } },
  { id: "toml-channel-int", files: { "rust-toolchain.toml": toml("channel = 1") } },
  {
    id: "toml-components-string",
    files: { "rust-toolchain.toml": toml('channel = "stable"\ncomponents = "clippy"') },
  },
  {
    id: "toml-components-ints",
    files: { "rust-toolchain.toml": toml('channel = "stable"\ncomponents = [1]') },
  },
  { id: "toml-toolchain-array", files: { "rust-toolchain.toml": 'toolchain = ["nightly"]\n' } },
  { id: "toml-toolchain-string", files: { "rust-toolchain.toml": 'toolchain = "nightly"\n' } },
  { id: "toml-inline-table", files: { "rust-toolchain.toml": 'toolchain = { channel = "1.85.0" }\n' } },
  { id: "toml-profile-only", files: { "rust-toolchain.toml": toml('profile = "minimal"') } },
  { id: "toml-profile-alias-m", files: { "rust-toolchain.toml": toml('channel = "stable"\nprofile = "m"') } },
  { id: "toml-profile-empty", files: { "rust-toolchain.toml": toml('channel = "stable"\nprofile = ""') } },
  {
    id: "toml-profile-bad",
    files: { "rust-toolchain.toml": toml('channel = "stable"\nprofile = "Minimal"') },
  },
  { id: "toml-components-only", files: { "rust-toolchain.toml": toml('components = ["clippy"]') } },
  { id: "toml-targets-only", files: { "rust-toolchain.toml": toml('targets = ["wasm32-unknown-unknown"]') } },
  {
    id: "toml-empty-components-bad-profile",
    files: { "rust-toolchain.toml": toml('components = []\nprofile = "x"') },
  },
  { id: "toml-channel-empty", files: { "rust-toolchain.toml": toml('channel = ""') } },
  { id: "toml-channel-none", files: { "rust-toolchain.toml": toml('channel = "none"') } },
  { id: "toml-channel-plus", files: { "rust-toolchain.toml": toml('channel = "+nightly"') } },
  { id: "toml-channel-slash", files: { "rust-toolchain.toml": toml('channel = "foo/bar"') } },
  { id: "toml-channel-spaces", files: { "rust-toolchain.toml": toml('channel = " stable "') } },
  { id: "toml-channel-custom", files: { "rust-toolchain.toml": toml('channel = "my-toolchain"') } },
  // A complete name of another host: rustup takes it once installed, as it takes nightly-i686 by name.
  {
    id: "toml-channel-target",
    files: { "rust-toolchain.toml": toml('channel = "1.85.0-aarch64-apple-darwin"') },
    installed: ["1.85.0-aarch64-apple-darwin"],
  },
  // A complete name equal to the host: a hosted runner has it installed, and setup-rust installs it.
  {
    id: "toml-channel-host-qualified",
    files: { "rust-toolchain.toml": toml('channel = "stable-x86_64-unknown-linux-gnu"') },
    installed: ["stable-x86_64-unknown-linux-gnu"],
  },
  {
    id: "toml-channel-host-qualified-dated",
    files: { "rust-toolchain.toml": toml('channel = "nightly-2025-02-20-x86_64-unknown-linux-gnu"') },
    installed: ["nightly-2025-02-20-x86_64-unknown-linux-gnu"],
  },
  {
    id: "toml-channel-host-qualified-windows",
    files: { "rust-toolchain.toml": toml('channel = "1.85.0-x86_64-pc-windows-msvc"') },
    host: "x86_64-pc-windows-msvc",
    installed: ["1.85.0-x86_64-pc-windows-msvc"],
  },
  // A partial target part never names an installed toolchain, so rustup refuses it even then.
  {
    id: "toml-channel-partial-target-installed",
    files: { "rust-toolchain.toml": toml('channel = "stable-gnu"') },
    installed: ["stable-x86_64-unknown-linux-gnu"],
  },
  { id: "toml-channel-bad-date", files: { "rust-toolchain.toml": toml('channel = "nightly-2025-13-45"') } },
  { id: "toml-channel-and-path", files: { "rust-toolchain.toml": toml('channel = "nightly"\npath = "/x"') } },
  { id: "toml-custom-and-path", files: { "rust-toolchain.toml": toml('channel = "foo"\npath = "/x"') } },
  { id: "toml-path-components", files: { "rust-toolchain.toml": toml('path = "/x"\ncomponents = []') } },
  { id: "toml-path-profile", files: { "rust-toolchain.toml": toml('path = "/x"\nprofile = "minimal"') } },
  { id: "toml-path-relative", files: { "rust-toolchain.toml": toml('path = "rel/tc"') } },
  { id: "toml-path-bare", files: { "rust-toolchain.toml": toml('path = "foobar"') } },
  { id: "toml-path-official", files: { "rust-toolchain.toml": toml('path = "stable"') } },
  {
    id: "toml-path-missing-bin",
    files: { "tc/x": "", "rust-toolchain.toml": (root) => toml(`path = "${root}/tc"`) },
  },
  {
    id: "toml-path-ok",
    files: { "tc/bin": { dir: true }, "rust-toolchain.toml": (root) => toml(`path = "${root}/tc"`) },
  },
  // directory walk
  {
    id: "both-files",
    files: { "rust-toolchain": "1.80.0\n", "rust-toolchain.toml": toml('channel = "1.85.0"') },
  },
  { id: "both-files-toml-invalid", files: { "rust-toolchain": "beta\n", "rust-toolchain.toml": "[[[" } },
  {
    id: "both-legacy-invalid-utf8",
    files: { "rust-toolchain": bytes([0xc3, 0x28]), "rust-toolchain.toml": toml('channel = "beta"') },
  },
  { id: "parent-dir", files: { "rust-toolchain.toml": toml('channel = "1.85.0"'), "a/b/x": "" }, cwd: "a/b" },
  {
    id: "nearest-wins",
    files: { "rust-toolchain": "1.80.0", "a/rust-toolchain.toml": toml('channel = "1.85.0"') },
    cwd: "a",
  },
  {
    id: "nearest-invalid-no-fallback",
    files: { "rust-toolchain": "1.80.0", "a/rust-toolchain.toml": "[[[" },
    cwd: "a",
  },
  {
    id: "nearest-empty-no-fallback",
    files: { "rust-toolchain.toml": toml('channel = "1.85.0"'), "a/rust-toolchain": "" },
    cwd: "a",
  },
  { id: "no-file", files: { x: "" } },
  // A working directory reached through a symlink: rustup walks up from getcwd, the real path.
  {
    id: "symlinked-cwd",
    files: {
      "real/rust-toolchain.toml": toml('channel = "1.85.0"'),
      "real/proj/sub/x": "",
      "elsewhere/rust-toolchain.toml": toml('channel = "1.80.0"'),
    },
    links: { "elsewhere/proj": "real/proj" },
    cwd: "elsewhere/proj/sub",
  },
  {
    id: "symlinked-cwd-no-file-in-real-tree",
    files: { "real/proj/x": "", "elsewhere/rust-toolchain": "nightly\n" },
    links: { "elsewhere/proj": "real/proj" },
    cwd: "elsewhere/proj",
  },
  {
    id: "symlinked-cwd-itself",
    files: { "real/rust-toolchain": "beta\n", "link-parent/rust-toolchain": "1.80.0\n" },
    links: { "link-parent/here": "real" },
    cwd: "link-parent/here",
  },
  // other hosts
  {
    id: "host-windows-channel",
    files: { "rust-toolchain.toml": toml('channel = "1.85.0"') },
    host: "x86_64-pc-windows-msvc",
  },
  {
    id: "host-mac-components-only",
    files: { "rust-toolchain.toml": toml('components = ["clippy"]') },
    host: "aarch64-apple-darwin",
  },
  { id: "host-windows-target", files: { "rust-toolchain": "stable-gnu\n" }, host: "x86_64-pc-windows-msvc" },
];

// ---------------------------------------------------------------------------------------------
// Running rustup

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let scratch = "";
const defaultHomes = new Map<string, string>();

function emptyHome(): string {
  return mkdtempSync(join(scratch, "home-"));
}

/** A RUSTUP_HOME holding these toolchains, each "installed" as a directory with bin/. */
function homeWith(toolchains: readonly string[]): string {
  const home = emptyHome();
  for (const name of toolchains) mkdirSync(join(home, "toolchains", name, "bin"), { recursive: true });
  return home;
}

/** A RUSTUP_HOME whose default toolchain is stable-<host>, "installed" as a directory with bin/. */
function defaultHome(host: string): string {
  let home = defaultHomes.get(host);
  if (!home) {
    home = mkdtempSync(join(scratch, "default-home-"));
    mkdirSync(join(home, "toolchains", `stable-${host}`, "bin"), { recursive: true });
    writeFileSync(join(home, "settings.toml"), `version = "12"\ndefault_toolchain = "stable-${host}"\n`);
    defaultHomes.set(host, home);
  }
  return home;
}

function runRustup(
  args: string[],
  cwd: string,
  home: string,
  host: string,
  toolchainEnv?: string,
): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env["PATH"],
    HOME: process.env["HOME"],
    RUSTUP_HOME: home,
    RUSTUP_AUTO_INSTALL: "0",
    RUSTUP_DIST_SERVER: "http://127.0.0.1:9",
    RUSTUP_UPDATE_ROOT: "http://127.0.0.1:9",
    RUSTUP_OVERRIDE_HOST_TRIPLE: host,
    RUSTUP_OVERRIDE_UNIX_FALLBACK_SETTINGS: join(scratch, "no-such-settings.toml"),
    RUST_BACKTRACE: "0",
    RUSTUP_TERM_COLOR: "never",
  };
  if (toolchainEnv !== undefined) env["RUSTUP_TOOLCHAIN"] = toolchainEnv;
  return new Promise((resolve) => {
    execFile(RUSTUP!, args, { cwd, env, timeout: 20_000, shell: false }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const NO_DEFAULT = /^(rustup could not choose a version of rustup to run|no active toolchain)/;

interface Outcome {
  /** `ok: <name or path>` or `error: <message>` */
  result: string;
  warnings: string[];
}

function firstError(stderr: string): string {
  const line = stderr.split("\n").find((l) => l.startsWith("error: "));
  return line ?? `(no error line) ${stderr}`;
}

function normalize(outcome: string): string {
  // Only the prefix of a TOML syntax error is rustup's own; the rest comes from its TOML library.
  const m = /^(error: could not parse override file: '[^']*': error parsing override file)/.exec(outcome);
  return m ? m[1]! : outcome;
}

async function rustupOutcome(
  args: string[],
  cwd: string,
  host: string,
  toolchainEnv: string | undefined,
  installed: readonly string[] = [],
): Promise<Outcome> {
  let run = await runRustup(args, cwd, homeWith(installed), host, toolchainEnv);
  const warnings = [...new Set(run.stderr.split("\n").filter((l) => l.startsWith("warn: ")))].map((l) =>
    l.slice(6),
  );
  if (run.code !== 0 && NO_DEFAULT.test(firstError(run.stderr).slice(7))) {
    run = await runRustup(args, cwd, defaultHome(host), host, toolchainEnv);
  }
  if (run.code === 0) {
    const line = run.stdout.split("\n")[0] ?? "";
    return { result: `ok: ${line.slice(0, line.lastIndexOf(" ("))}`, warnings };
  }
  const message = firstError(run.stderr)
    // `+name` goes through rustup's argument parser, which wraps the name error in its own words.
    .replace(/^error: invalid value '.*' for '\[\+toolchain\]': error: /, "error: ")
    .replace("the +toolchain on the command line", "the toolchain input");
  return {
    result: normalize(message),
    warnings,
  };
}

async function ourOutcome(
  options: Parameters<typeof resolveToolchain>[0],
  what: (file: string | undefined) => string,
  installed: readonly string[] = [],
): Promise<Outcome> {
  try {
    const r = await resolveToolchain(options);
    const warnings = r.warnings.filter((w) => w.startsWith("both "));
    if (r.kind === "path" || r.defaultChannel || installed.includes(r.toolchain)) {
      return { result: `ok: ${r.toolchain}`, warnings };
    }
    return {
      result: `error: override toolchain '${r.toolchain}' is not installed: ${what(r.file)} specifies an uninstalled toolchain`,
      warnings,
    };
  } catch (error) {
    if (!(error instanceof ToolchainResolutionError)) throw error;
    return { result: normalize(`error: ${error.rustupMessage}`), warnings: [] };
  }
}

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

// ---------------------------------------------------------------------------------------------
// The comparison

interface Compared {
  label: string;
  rustup: Outcome;
  ours: Outcome;
}

const compared: Compared[] = [];

function writeCase(root: string, files: Record<string, Content>): void {
  for (const [rel, content] of Object.entries(files)) {
    const target = join(root, rel);
    if (typeof content === "object" && "dir" in content) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, typeof content === "function" ? content(root) : content);
  }
}

describe.runIf(CAN_RUN)("resolveToolchain agrees with the real rustup", () => {
  beforeAll(async () => {
    scratch = realpathSync(mkdtempSync(join(tmpdir(), "oxidize-resolve-oracle-")));
    // One directory with no toolchain file (for name cases) and one path toolchain with bin/.
    const plain = join(scratch, "plain");
    const tc = join(scratch, "tc");
    mkdirSync(plain);
    mkdirSync(join(tc, "bin"), { recursive: true });

    const jobs: (() => Promise<void>)[] = [];
    for (const c of NAME_CASES) {
      const name = c.name.replaceAll("$TC", tc);
      const host = c.host ?? LINUX;
      const label = `${JSON.stringify(c.name)}${c.host ? ` on ${c.host}` : ""}`;
      jobs.push(async () => {
        compared.push({
          label: `RUSTUP_TOOLCHAIN=${label}`,
          rustup: await rustupOutcome(["show", "active-toolchain"], plain, host, name),
          ours: await ourOutcome(
            { env: { RUSTUP_TOOLCHAIN: name }, workingDirectory: plain, host, pathFlavor: "posix" },
            () => "the RUSTUP_TOOLCHAIN environment variable",
          ),
        });
      });
      if (!c.envOnly) {
        jobs.push(async () => {
          compared.push({
            label: `toolchain input ${label}`,
            rustup: await rustupOutcome([`+${name}`, "show", "active-toolchain"], plain, host, undefined),
            ours: await ourOutcome(
              { input: { toolchain: name }, workingDirectory: plain, host, pathFlavor: "posix" },
              () => "the toolchain input",
            ),
          });
        });
      }
    }
    for (const c of FILE_CASES) {
      const root = join(scratch, `file-${c.id}`);
      mkdirSync(root);
      writeCase(root, c.files);
      for (const [link, target] of Object.entries(c.links ?? {}))
        symlinkSync(join(root, target), join(root, link));
      const cwd = c.cwd ? join(root, c.cwd) : root;
      const host = c.host ?? LINUX;
      jobs.push(async () => {
        compared.push({
          label: `file case ${c.id}`,
          rustup: await rustupOutcome(["show", "active-toolchain"], cwd, host, undefined, c.installed),
          ours: await ourOutcome(
            { workingDirectory: cwd, host, pathFlavor: "posix" },
            (file) => `the toolchain file at '${file}'`,
            c.installed,
          ),
        });
      });
    }
    await pool(jobs, 2, (job) => job());
  }, 60_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("covers at least 60 names and 40 toolchain-file cases", () => {
    expect(new Set(NAME_CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(60);
    expect(FILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(compared.length).toBeGreaterThanOrEqual(NAME_CASES.length + FILE_CASES.length);
  });

  it("reaches the same toolchain or error as rustup in every case", () => {
    const mismatches = compared
      .filter((c) => c.rustup.result !== c.ours.result)
      .map((c) => `${c.label}\n  rustup: ${c.rustup.result}\n  ours:   ${c.ours.result}`);
    expect(mismatches, mismatches.join("\n")).toEqual([]);
  });

  it("gives rustup's warning when both toolchain files exist, and no other rustup warning is missed", () => {
    const mismatches = compared
      .filter((c) => JSON.stringify(c.rustup.warnings) !== JSON.stringify(c.ours.warnings))
      .map(
        (c) =>
          `${c.label}\n  rustup: ${c.rustup.warnings.join(" | ")}\n  ours:   ${c.ours.warnings.join(" | ")}`,
      );
    expect(mismatches, mismatches.join("\n")).toEqual([]);
    expect(compared.some((c) => c.rustup.warnings.length > 0)).toBe(true);
  });

  it("exercises every kind of outcome (installed-name, path, default, errors)", () => {
    const results = compared.map((c) => c.rustup.result);
    expect(results.some((r) => r.startsWith("ok: stable-"))).toBe(true);
    expect(results.some((r) => r.startsWith(`ok: ${scratch}`))).toBe(true);
    expect(results.some((r) => r.includes("is not installed: the toolchain file at"))).toBe(true);
    expect(results.some((r) => r.startsWith("error: could not parse override file"))).toBe(true);
  });
});

if (!CAN_RUN) {
  it.skip(`rustup oracle skipped: ${RUSTUP === undefined ? "no `rustup` on PATH" : "the cases use POSIX paths"}`, () => {});
}
