import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")) as {
  version: string;
};

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
    cwd: "/",
  });
  return { code, stdout, stderr };
}

describe("oxidize", () => {
  it.each([["--version"], ["-V"]])("%s prints the package's version", async (flag) => {
    expect(await run([flag])).toEqual({ code: 0, stdout: `oxidize ${manifest.version}\n`, stderr: "" });
  });

  it("help lists the commands; help <command> gives that command's help", async () => {
    const top = await run(["help"]);
    expect(top).toMatchObject({ code: 0, stderr: "" });
    expect(top.stdout).toMatch(/^usage: oxidize <command>/);
    expect(top.stdout).toContain("help [command]");
    const policy = await run(["help", "policy"]);
    expect(policy).toMatchObject({ code: 0, stderr: "" });
    expect(policy.stdout).toMatch(/^usage: oxidize policy /);
    expect((await run(["help", "toolchain"])).stdout).toMatch(/^usage: oxidize toolchain resolve/);
    expect((await run(["--help"])).stdout).toBe(top.stdout);
  });

  it.each([
    [[], "oxidize: missing command; run 'oxidize help'\n"],
    [["frobnicate"], "oxidize: unknown command 'frobnicate'; run 'oxidize help'\n"],
    [["--x"], "oxidize: unknown option --x; run 'oxidize help'\n"],
    [["help", "frobnicate"], "oxidize: no help for 'frobnicate'; run 'oxidize help'\n"],
    [["policy", "evaluate", "--x"], "oxidize: unknown option --x; run 'oxidize help policy'\n"],
    [["toolchain", "resolve", "--x"], "oxidize: unknown option --x; run 'oxidize help toolchain'\n"],
  ])("%j is a usage error: one line and a hint on stderr, exit 2", async (args, line) => {
    expect(await run(args)).toEqual({ code: 2, stdout: "", stderr: line });
  });
});
