/**
 * setup-rust's run() in this process (test/harness/run-in-process.ts), with the machine's own
 * installed toolchain as a `path` toolchain: nothing is downloaded, so these take milliseconds.
 * Installing from a dist server is the bundled layer's job (test/e2e/setup-rust.test.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serveHostless, serveMirror, syntheticMirror } from "../../../test/fixtures/dist-mirror/index.js";
import { errorAnnotations, resultOf, runActionInProcess, STACK_FRAME } from "../../../test/harness/index.js";

/** The machine's installed toolchain (through rustup's proxy: the directory it resolves to). */
const sysroot = execFileSync("rustc", ["--print", "sysroot"], { encoding: "utf8" }).trim();
const rustc = join(sysroot, "bin", "rustc");
const verbose = execFileSync(rustc, ["-vV"], { encoding: "utf8" });
const field = (name: string) => new RegExp(`^${name}: (\\S+)$`, "m").exec(verbose)![1]!;

/** Fresh CARGO_HOME and RUSTUP_HOME: a run must never write into the machine's own. */
function homes() {
  const dir = mkdtempSync(join(tmpdir(), "setup-rust-run-"));
  return { CARGO_HOME: join(dir, "cargo"), RUSTUP_HOME: join(dir, "rustup") };
}

describe("setup-rust run()", () => {
  it("uses a path toolchain from rust-toolchain.toml as it is: installs nothing, reports rustc", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "setup-rust-path-"));
    writeFileSync(join(workspace, "rust-toolchain.toml"), `[toolchain]\npath = ${JSON.stringify(sysroot)}\n`);
    const env = homes();
    const run = await runActionInProcess("setup-rust", { workspace, env });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      toolchain: sysroot,
      source: "toolchain-file",
      "rustc-version": field("release"),
      "rustc-commit-hash": field("commit-hash"),
      host: field("host"),
      rustc,
      available: "true",
    });
    // Nothing installed: no toolchain in the tool cache, none in RUSTUP_HOME.
    expect(readdirSync(run.toolCache)).toEqual([]);
    expect(existsSync(join(env.RUSTUP_HOME, "toolchains"))).toBe(false);
    expect((await resultOf(run)).conclusion).toBe("success");
    expect(run.summary).toContain(`setup-rust: Rust ${field("release")}`);
    expect(errorAnnotations(run)).toEqual([]);
  });

  it("rejects toolchain: 1.2.3.4, naming the input once and without a stack trace", async () => {
    const run = await runActionInProcess("setup-rust", { inputs: { toolchain: "1.2.3.4" }, env: homes() });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run)).toHaveLength(1);
    expect(errorAnnotations(run)[0]!.message).toMatch(/'1\.2\.3\.4'.*the toolchain input/);
    expect(run.stdout).not.toMatch(STACK_FRAME);
    expect((await resultOf(run)).conclusion).toBe("failure");
    expect(run.summary).toContain("could not be set up");
  });

  // A working-directory that does not exist used to be searched anyway, find no rust-toolchain
  // file and fall back to stable, so a project pinned by its toolchain file silently got another
  // toolchain. require-pinned keeps a regression from downloading anything.
  it("rejects a working-directory that does not exist, naming the input", async () => {
    const run = await runActionInProcess("setup-rust", {
      inputs: { "working-directory": "no/such/dir", "require-pinned": "true" },
      env: homes(),
    });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run)).toHaveLength(1);
    expect(errorAnnotations(run)[0]!.message).toMatch(/working-directory/);
  });

  it("says a release without a build for this host once: one warning, available=false, a green step", async () => {
    // The release exists, but its manifest has no package for this machine: what optional: true is for.
    const mirror = await syntheticMirror({ host: "aarch64-unknown-linux-gnu" });
    const server = await serveMirror(mirror.dir);
    try {
      const run = await runActionInProcess("setup-rust", {
        inputs: {
          toolchain: "1.95.0",
          installer: "dist",
          "dist-server": server.url,
          "verify-signature": "never",
          optional: "true",
          cache: "false",
        },
        env: homes(),
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs["available"]).toBe("false");
      const warnings = run.annotations.filter((a) => a.level === "warning");
      expect(warnings.map((w) => w.message)).toHaveLength(1);
      expect(warnings[0]!.message).toMatch(/unavailable for download.*optional: true/);
      // Said once: the annotation, not also a log line of its own.
      expect(run.stdout.split("optional: true, so the step continues").length - 1).toBe(1);
      expect((await resultOf(run)).conclusion).toBe("neutral");
    } finally {
      await server.close();
    }
  });

  it("fails for a release the dist server does not have, even with optional: true", async () => {
    const mirror = await syntheticMirror();
    const server = await serveMirror(mirror.dir);
    try {
      const run = await runActionInProcess("setup-rust", {
        inputs: {
          toolchain: "1.96.0",
          installer: "dist",
          "dist-server": server.url,
          "verify-signature": "never",
          optional: "true",
          cache: "false",
        },
        env: homes(),
      });
      expect(run.exitCode, run.stdout).toBe(1);
      expect(run.outputs["available"]).toBeUndefined();
      expect(errorAnnotations(run)).toHaveLength(1);
      expect(errorAnnotations(run)[0]!.message).toMatch(
        /toolchain 1\.96\.0 does not exist on .*check the toolchain name/,
      );
      expect(run.annotations.filter((a) => a.level === "warning")).toEqual([]);
      expect((await resultOf(run)).conclusion).toBe("failure");
    } finally {
      await server.close();
    }
  });

  it("verify-signature: always with installer: rustup is one error naming both inputs", async () => {
    const run = await runActionInProcess("setup-rust", {
      inputs: { toolchain: "1.95.0", installer: "rustup", "verify-signature": "always" },
      env: homes(),
    });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run)).toHaveLength(1);
    expect(errorAnnotations(run)[0]!.message).toMatch(/'installer: rustup'.*'verify-signature: always'/);
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it("verify-signature: always makes installer: auto use the dist installer although rustup is on PATH", async () => {
    // Signed with a test key, not the Rust release key the action ships: the dist installer must refuse it.
    const mirror = await syntheticMirror();
    const server = await serveMirror(mirror.dir);
    try {
      const run = await runActionInProcess("setup-rust", {
        inputs: {
          toolchain: "1.95.0",
          "dist-server": server.url,
          "verify-signature": "always",
          cache: "false",
        },
        env: homes(),
      });
      expect(run.outputs["installer"]).toBe("dist");
      expect(run.exitCode).toBe(1);
      expect(errorAnnotations(run)[0]!.message).toMatch(/signature/i);
      expect(server.requests.some((r) => r.path.endsWith(".asc"))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it.each(["stable", "beta", "nightly", "1.95", "1.95.0", "nightly-2026-04-16"])(
    "%s on a server with no build for this host: green with available=false (the hostless fixture)",
    async (toolchain) => {
      const server = await serveHostless();
      try {
        const run = await runActionInProcess("setup-rust", {
          inputs: {
            toolchain,
            installer: "dist",
            "dist-server": server.url,
            optional: "true",
            cache: "false",
          },
          env: homes(),
        });
        expect(run.exitCode, run.stdout).toBe(0);
        expect(run.outputs["available"]).toBe("false");
      } finally {
        await server.close();
      }
    },
  );
});
