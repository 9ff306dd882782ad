/**
 * The repository's own workflows (.github/workflows) cannot run here, so they are checked with
 * GitHub's workflow parser (@actions/workflow-parser, the one behind the Actions language
 * services): schema, expressions, contexts. Every local `uses: ./actions/<name>` must name an
 * action that exists, and every `with:` key must be one of its declared inputs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "../harness/index.js";

const dir = join(repoRoot, ".github", "workflows");
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe.each(files)(".github/workflows/%s", (file) => {
  const text = readFileSync(join(dir, file), "utf8");

  it("is a valid workflow for GitHub's parser", () => {
    const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it("uses local actions that exist, with inputs they declare", () => {
    const workflow = parseYaml(text) as { jobs: Record<string, { steps?: Step[] }> };
    for (const [job, spec] of Object.entries(workflow.jobs)) {
      for (const step of spec.steps ?? []) {
        if (!step.uses?.startsWith("./actions/")) continue;
        const metadataPath = join(repoRoot, step.uses, "action.yml");
        expect(existsSync(metadataPath), `${job}: ${step.uses}`).toBe(true);
        const declared = Object.keys(
          (parseYaml(readFileSync(metadataPath, "utf8")) as { inputs?: object }).inputs ?? {},
        );
        for (const input of Object.keys(step.with ?? {})) {
          expect(declared, `${job}: ${step.uses} has no input '${input}'`).toContain(input);
        }
      }
    }
  });
});

it("the workflow check is real: a broken workflow is rejected", () => {
  const broken =
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
    "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrixx.os }}\n";
  const result = parseWorkflow({ name: "broken.yml", content: broken }, new NoOperationTraceWriter());
  expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
});
