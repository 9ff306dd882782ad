// The CLI as someone outside this repository gets it: `npm pack` (whose prepack builds the bundle),
// the tarball installed into an empty directory with npm alone, and the installed `oxidize` run.
// The bundle carries every dependency, so the install needs no registry (--offline).

import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cliDir = join(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(join(cliDir, "package.json"), "utf8")) as { version: string };

let scratch = "";
let oxidize = "";

describe("the packed CLI, installed elsewhere", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "oxidize-cli-pack-"));
    const packDir = join(scratch, "pack");
    mkdirSync(packDir);
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", packDir], {
      cwd: cliDir,
      timeout: 150_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const [{ filename }] = JSON.parse(stdout.slice(stdout.indexOf("["))) as [{ filename: string }];
    const project = join(scratch, "project");
    await run(
      "npm",
      ["install", "--offline", "--no-audit", "--no-fund", "--prefix", project, join(packDir, filename)],
      { cwd: scratch, timeout: 60_000 },
    );
    oxidize = join(project, "node_modules", ".bin", "oxidize");
  }, 240_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("oxidize --version prints the package version", async () => {
    const { stdout } = await run(oxidize, ["--version"], { cwd: scratch, timeout: 30_000 });
    expect(stdout).toBe(`oxidize ${manifest.version}\n`);
  });

  it("oxidize help and oxidize help policy print the help", async () => {
    expect((await run(oxidize, ["help"], { cwd: scratch, timeout: 30_000 })).stdout).toMatch(
      /^usage: oxidize <command>/,
    );
    expect((await run(oxidize, ["help", "policy"], { cwd: scratch, timeout: 30_000 })).stdout).toMatch(
      /^usage: oxidize policy /,
    );
  });

  it("runs a real command from the bundle alone (the presets and the result schema are inside)", async () => {
    const { stdout } = await run(
      oxidize,
      [
        "policy",
        "impact",
        "--json",
        "--rust",
        "absent",
        "--python-version",
        "3.16",
        "--target",
        "x86_64-unknown-linux-gnu",
      ],
      { cwd: scratch, timeout: 30_000 },
    );
    expect(JSON.parse(stdout)).toMatchObject({ policy: "summit-2026", pythonVersions: ["3.16"] });
  });

  it("a usage error is one line on stderr with exit status 2", async () => {
    const error = await run(oxidize, ["policy", "evaluate", "--x"], { cwd: scratch, timeout: 30_000 }).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "oxidize: unknown option --x; run 'oxidize help policy'\n",
    });
  });
});
