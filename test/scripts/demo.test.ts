/**
 * The README's first command: the demo (what `bash scripts/dev.sh demo` runs after installing) ends
 * with every check passed. It checks its own results and exits 1 listing the problems, so a
 * regression in what it shows (the zlib backend's crates, the offline proof, the graceful skip)
 * fails here rather than only on a reader's machine.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "../harness/run-action.js";

it("runs the actions end to end on the bundled example, every check passed", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "scripts", "demo.ts")], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 600_000,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(0);
  expect(output).not.toMatch(/problem\(s\)/);
  expect(output).toContain("what went in: zlib-rs, from the vendor directory, in the result and the SBOM");
  expect(output).toContain("the vendored build is proven offline");
  expect(output).toContain("the fallback serves");
}, 660_000);
