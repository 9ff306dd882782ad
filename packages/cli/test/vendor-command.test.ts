import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A workspace (`ws/Cargo.lock` locking dep 1.0.0) and `vendor/dep-1.0.0` as cargo vendor writes it. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "oxidize-vendor-cli-"));
  dirs.push(root);
  const crate = join(root, "vendor", "dep-1.0.0");
  mkdirSync(crate, { recursive: true });
  mkdirSync(join(root, "ws"));
  const sum = createHash("sha256").update("fn f() {}\n").digest("hex");
  writeFileSync(join(crate, "lib.rs"), "fn f() {}\n");
  writeFileSync(
    join(crate, ".cargo-checksum.json"),
    JSON.stringify({ files: { "lib.rs": sum }, package: "c".repeat(64) }),
  );
  writeFileSync(
    join(root, "ws", "Cargo.lock"),
    `version = 4\n\n[[package]]\nname = "dep"\nversion = "1.0.0"\nsource = "registry+https://example.invalid/index"\nchecksum = "${"c".repeat(64)}"\n`,
  );
  return root;
}

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}

describe("oxidize vendor verify", () => {
  it("verifies a vendor directory against the workspace's Cargo.lock", async () => {
    const root = tree();
    const result = await run(["vendor", "verify", "../vendor"], join(root, "ws"));
    expect(result).toEqual({
      code: 0,
      stdout: `1 crate(s), 1 file(s) verified against Cargo.lock in ${join(root, "vendor")}\n`,
      stderr: "",
    });
  });

  it("exits 1 with one line naming the crate and the changed file", async () => {
    const root = tree();
    writeFileSync(join(root, "vendor", "dep-1.0.0", "lib.rs"), "fn g() {}\n");
    const result = await run(["vendor", "verify", "vendor", "--workspace", "ws"], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^error: dep-1\.0\.0\/lib\.rs of dep 1\.0\.0 does not match its checksum in \.cargo-checksum\.json \(changed after vendoring\)\. [^\n]*\n$/,
    );
  });

  it.each([
    [["vendor"], "oxidize: vendor needs a subcommand (verify); run 'oxidize help vendor'\n"],
    [["vendor", "verify"], "oxidize: vendor verify needs the vendor directory; run 'oxidize help vendor'\n"],
    [["vendor", "verify", "a", "b"], "oxidize: unexpected argument 'b'; run 'oxidize help vendor'\n"],
    [["vendor", "verify", "a", "--x"], "oxidize: unknown option --x; run 'oxidize help vendor'\n"],
  ])("%j is a usage error, exit 2", async (args, line) => {
    expect(await run(args, "/")).toEqual({ code: 2, stdout: "", stderr: line });
  });

  it("has its help", async () => {
    expect((await run(["help", "vendor"], "/")).stdout).toMatch(/^usage: oxidize vendor verify <vendor-dir>/);
  });
});
