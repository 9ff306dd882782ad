/**
 * `target` and `matcher`, the spellings of dtolnay/rust-toolchain and
 * actions-rust-lang/setup-rust-toolchain, as aliases of `targets` and `matchers`: a workflow moved
 * to setup-rust keeps working, and one that says two different things is stopped with one line.
 * run() in this process on the machine's own toolchain as a `path` toolchain: nothing downloaded.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorAnnotations, resultOf, runActionInProcess, STACK_FRAME } from "../../../test/harness/index.js";

const sysroot = execFileSync("rustc", ["--print", "sysroot"], { encoding: "utf8" }).trim();

/** A workspace pinned to the machine's toolchain, with fresh CARGO_HOME and RUSTUP_HOME. */
function setup(inputs: Record<string, string>) {
  const workspace = mkdtempSync(join(tmpdir(), "setup-rust-alias-"));
  writeFileSync(join(workspace, "rust-toolchain.toml"), `[toolchain]\npath = ${JSON.stringify(sysroot)}\n`);
  const env = { CARGO_HOME: join(workspace, ".cargo"), RUSTUP_HOME: join(workspace, ".rustup") };
  return runActionInProcess("setup-rust", { workspace, env, inputs });
}

/** The targets the step asked for, as its result records them. */
async function requestedTargets(run: Awaited<ReturnType<typeof setup>>): Promise<unknown> {
  const result = (await resultOf(run)) as unknown as { details: { targets: unknown } };
  return result.details.targets;
}

// The first run imports the action's module graph: seconds on a busy machine.
describe("setup-rust input aliases", { timeout: 60_000 }, () => {
  it("takes `target` as `targets`", async () => {
    const run = await setup({ target: "wasm32-unknown-unknown" });
    expect(await requestedTargets(run)).toEqual(["wasm32-unknown-unknown"]);
  });

  it("accepts `target` and `targets` together when they name the same list", async () => {
    const run = await setup({ target: "wasm32-unknown-unknown", targets: " wasm32-unknown-unknown\n" });
    expect(run.stdout).not.toMatch(/alias of/);
    expect(await requestedTargets(run)).toEqual(["wasm32-unknown-unknown"]);
  });

  it("takes `matcher: false` as `matchers: false`: no problem matcher registered", async () => {
    const on = await setup({});
    expect(on.exitCode, on.stdout).toBe(0);
    expect(on.commands.matchers.length).toBeGreaterThan(0);
    const off = await setup({ matcher: "false" });
    expect(off.exitCode, off.stdout).toBe(0);
    expect(off.commands.matchers).toEqual([]);
  });

  it.each([
    [{ targets: "wasm32-unknown-unknown", target: "aarch64-unknown-linux-gnu" }, "targets", "target"],
    [{ matchers: "true", matcher: "false" }, "matchers", "matcher"],
  ])("rejects %j with one line naming both inputs", async (inputs, name, alias) => {
    const run = await setup(inputs);
    expect(run.exitCode).toBe(1);
    const errors = errorAnnotations(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      `Inputs '${name}' and '${alias}' (an alias of '${name}') are both given, with different values; give only '${name}'.`,
    );
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });
});
