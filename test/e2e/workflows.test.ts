/**
 * The repository's own workflows (.github/workflows) cannot run here, so they are checked with
 * GitHub's workflow parser (@actions/workflow-parser, the one behind the Actions language
 * services): schema, expressions, contexts. Every local `uses: ./actions/<name>` must name an
 * action that exists, every `with:` key must be one of its declared inputs, every
 * `steps.<id>.outputs.<name>` one of its declared outputs, and no step that can run on a Windows
 * leg may start a POSIX shell script. The checks are test/harness/workflow-check.ts, shared with
 * the README examples (readme-workflows.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../harness/index.js";
import { parseWorkflowText, workflowProblems } from "../harness/workflow-check.js";

const dir = join(repoRoot, ".github", "workflows");
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe.each(files)(".github/workflows/%s", (file) => {
  const text = readFileSync(join(dir, file), "utf8");

  it("is a valid workflow for GitHub's parser", async () => {
    expect((await parseWorkflowText(file, text)).errors).toEqual([]);
  });

  it("uses local actions that exist, with inputs and outputs they declare, and starts on every leg's OS", async () => {
    expect(workflowProblems(await parseWorkflowText(file, text))).toEqual([]);
  });
});

it("the workflow check is real: a broken workflow is rejected", async () => {
  const broken = [
    "on: push",
    "jobs:",
    "  a:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
    "      - run: echo ${{ matrixx.os }}",
    "      - uses: ./actions/configure-policy",
    "        with: { python-versions: '3.16' }",
    "      - uses: ./actions/no-such-action",
  ].join("\n");
  expect((await parseWorkflowText("broken.yml", broken)).errors).toEqual([
    expect.stringContaining("matrixx"),
  ]);
  const unknown = broken.replace("matrixx", "matrix");
  expect(workflowProblems(await parseWorkflowText("broken.yml", unknown))).toEqual([
    expect.stringContaining("actions/configure-policy has no input 'python-versions'"),
    expect.stringContaining("'./actions/no-such-action' names no action of this repository"),
  ]);
});
