// Cargo is the oracle for the MSRV: in each workspace below, `cargo check` (what a plain cargo
// command builds from that directory: every member at a virtual root) with the
// installed rustc either builds or refuses with "rustc X is not supported by the following
// packages", and readMsrv + checkMsrv against that same rustc release must say the same.

import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMsrv, readMsrv } from "../src/resolve/msrv.js";
import type { ResolvedToolchain } from "../src/resolve/resolve-toolchain.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

// Far above any real release, and far below: which way each case goes does not depend on the rustc.
const ABOVE = "1.999";
const BELOW = "1.60";

const pkg = (name: string, rustVersion?: string) =>
  `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n${rustVersion ?? ""}\n`;
const own = (v: string) => `rust-version = "${v}"`;
const inherited = "rust-version.workspace = true";
const ws = (members: string, rustVersion: string, extra = "") =>
  `[workspace]\nresolver = "2"\nmembers = ${members}\n${extra}\n[workspace.package]\nrust-version = "${rustVersion}"\n`;

interface MsrvCase {
  id: string;
  /** Manifests; each package also gets an empty src/lib.rs. */
  files: Record<string, string>;
  /** Relative to the case root; default the root. */
  cwd?: string;
  links?: Record<string, string>;
}

const CASES: MsrvCase[] = [
  { id: "virtual-no-member-inherits", files: { "Cargo.toml": ws('["a"]', ABOVE), "a/Cargo.toml": pkg("a") } },
  {
    id: "virtual-member-inherits",
    files: { "Cargo.toml": ws('["a"]', ABOVE), "a/Cargo.toml": pkg("a", inherited) },
  },
  {
    id: "virtual-one-of-two-inherits",
    files: {
      "Cargo.toml": ws('["a", "b"]', ABOVE),
      "a/Cargo.toml": pkg("a"),
      "b/Cargo.toml": pkg("b", inherited),
    },
  },
  {
    id: "virtual-glob-member-inherits",
    files: {
      "Cargo.toml": ws('["crates/*"]', ABOVE),
      "crates/a/Cargo.toml": pkg("a"),
      "crates/b/Cargo.toml": pkg("b", inherited),
    },
  },
  {
    id: "virtual-glob-no-member-inherits",
    files: {
      "Cargo.toml": ws('["crates/*"]', ABOVE),
      "crates/a/Cargo.toml": pkg("a", own(BELOW)),
      "crates/b/Cargo.toml": pkg("b"),
    },
  },
  {
    id: "virtual-excluded-member-inherits",
    files: {
      "Cargo.toml": ws('["crates/*"]', ABOVE, 'exclude = ["crates/b"]'),
      "crates/a/Cargo.toml": pkg("a"),
      "crates/b/Cargo.toml": `${pkg("b", inherited)}[workspace]\n`,
    },
  },
  {
    id: "virtual-default-members-skip-the-inheriting-one",
    files: {
      "Cargo.toml": ws('["a", "b"]', ABOVE, 'default-members = ["a"]'),
      "a/Cargo.toml": pkg("a"),
      "b/Cargo.toml": pkg("b", inherited),
    },
  },
  {
    id: "virtual-default-members-inheriting",
    files: {
      "Cargo.toml": ws('["a", "b"]', ABOVE, 'default-members = ["b"]'),
      "a/Cargo.toml": pkg("a"),
      "b/Cargo.toml": pkg("b", inherited),
    },
  },
  {
    id: "virtual-member-own-above",
    files: { "Cargo.toml": ws('["a"]', BELOW), "a/Cargo.toml": pkg("a", own(ABOVE)) },
  },
  {
    id: "virtual-inherits-below",
    files: { "Cargo.toml": ws('["a"]', BELOW), "a/Cargo.toml": pkg("a", inherited) },
  },
  {
    id: "root-package-does-not-inherit",
    files: { "Cargo.toml": `${pkg("root")}${ws('["a"]', ABOVE)}`, "a/Cargo.toml": pkg("a") },
  },
  {
    id: "from-a-member-that-does-not-inherit",
    files: {
      "Cargo.toml": ws('["a", "b"]', ABOVE),
      "a/Cargo.toml": pkg("a"),
      "b/Cargo.toml": pkg("b", inherited),
    },
    cwd: "a",
  },
  // cargo takes the working directory from getcwd: the Cargo.toml above the real path counts.
  {
    id: "through-a-symlink",
    files: {
      "real/Cargo.toml": ws('["a"]', BELOW),
      "real/a/Cargo.toml": pkg("a", inherited),
      "other/Cargo.toml": ws('["x"]', ABOVE),
      "other/x/Cargo.toml": pkg("x", inherited),
    },
    links: { "other/a": "real/a" },
    cwd: "other/a",
  },
];

const NOT_SUPPORTED = /is not supported by the following package/;

let scratch = "";
let release = "";
const outcomes: { id: string; cargo: string; ours: string }[] = [];

describe("readMsrv agrees with cargo on which workspaces the installed rustc can build", () => {
  beforeAll(async () => {
    scratch = realpathSync(mkdtempSync(join(tmpdir(), "oxidize-msrv-oracle-")));
    const rustc = await run("rustc", ["-vV"], scratch);
    release = /^release: (\S+)$/m.exec(rustc.stdout)?.[1] ?? "";
    expect(release, rustc.stderr).toMatch(/^\d+\.\d+\.\d+$/);
    const env = { ...process.env, CARGO_TARGET_DIR: join(scratch, "target"), CARGO_TERM_COLOR: "never" };
    for (const c of CASES) {
      const root = join(scratch, c.id);
      for (const [rel, text] of Object.entries(c.files)) {
        mkdirSync(dirname(join(root, rel)), { recursive: true });
        writeFileSync(join(root, rel), text);
        if (text.includes("[package]")) {
          mkdirSync(join(root, dirname(rel), "src"), { recursive: true });
          writeFileSync(join(root, dirname(rel), "src", "lib.rs"), "");
        }
      }
      for (const [link, target] of Object.entries(c.links ?? {}))
        symlinkSync(join(root, target), join(root, link));
      const cwd = join(root, c.cwd ?? "");
      const cargo = await run("cargo", ["check", "--offline", "--quiet"], cwd, env);
      const cargoSays =
        cargo.code === 0 ? "builds" : NOT_SUPPORTED.test(cargo.stderr) ? "too old" : cargo.stderr;
      const toolchain = {
        kind: "official",
        toolchain: `${release}-host`,
        channel: release,
      } as ResolvedToolchain;
      const msrv = await readMsrv(cwd, { walkUp: true });
      const ours = msrv && checkMsrv(toolchain, msrv).status === "violated" ? "too old" : "builds";
      outcomes.push({ id: c.id, cargo: cargoSays, ours });
    }
  }, 300_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("has cases cargo builds and cases cargo refuses", () => {
    expect(outcomes.map((o) => o.cargo).sort()).toContain("builds");
    expect(outcomes.map((o) => o.cargo)).toContain("too old");
  });

  it.each(CASES.map((c) => c.id))("%s", (id) => {
    const outcome = outcomes.find((o) => o.id === id)!;
    expect(outcome.ours, `cargo: ${outcome.cargo}`).toBe(outcome.cargo);
  });
});
