/**
 * Contract tests over every actions/<name>/action.yml:
 * - it validates against GitHub's own action-metadata schema (@actions/workflow-parser, the parser
 *   the Actions language services use), in its strict form;
 * - it runs on node24 from a committed bundle that exists;
 * - every input/output is described, defaults are strings, ids are kebab-case;
 * - the inputs the source reads are exactly the inputs declared (codeql-action's check).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAction } from "@actions/workflow-parser/actions/index";
import { NoOperationTraceWriter } from "@actions/workflow-parser/templates/trace-writer";
import { REPORTING_INPUTS } from "@oxidize/action-kit";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "../harness/index.js";

interface ActionMetadata {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string };
}

const actionsDir = join(repoRoot, "actions");
const actions = readdirSync(actionsDir).filter((name) => existsSync(join(actionsDir, name, "action.yml")));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Input ids the source reads. Inputs are read only through `get…Input("id")` calls
 * (core.getInput or the action-kit helpers) with a literal id, through an `Inputs` constant
 * table (`const Inputs = { Foo: "foo" } as const`) whose entry is used as `Inputs.Foo`, or
 * through action-kit's `getReportingInputs()`, which reads REPORTING_INPUTS — all recognised
 * here, so a read through anything else is a review finding, not a silent gap.
 */
export function inputsReadBy(files: string[]): Set<string> {
  const found = new Set<string>();
  const texts = files.map((file) => readFileSync(file, "utf8"));
  const all = texts.join("\n");
  for (const text of texts) {
    for (const m of text.matchAll(/\bget\w*Input\(\s*["'`]([a-z0-9-]+)["'`]/g)) found.add(m[1]!);
    const table = /\bconst\s+Inputs\s*=\s*\{([\s\S]*?)\}\s*as\s+const/.exec(text);
    if (!table) continue;
    for (const m of table[1]!.matchAll(/(\w+)\s*:\s*["']([a-z0-9-]+)["']/g)) {
      // An entry nobody uses is not a read: the table alone must not hide an unread input.
      if (new RegExp(`\\bInputs\\.${m[1]}\\b`).test(all)) found.add(m[2]!);
    }
  }
  if (/\bgetReportingInputs\(/.test(all)) for (const id of Object.values(REPORTING_INPUTS)) found.add(id);
  return found;
}

describe.each(actions)("actions/%s/action.yml", (name) => {
  const path = join(actionsDir, name, "action.yml");
  const text = readFileSync(path, "utf8");
  const metadata = parseYaml(text) as ActionMetadata;

  it("validates against GitHub's action metadata schema", () => {
    const result = parseAction(
      { name: relative(repoRoot, path), content: text },
      new NoOperationTraceWriter(),
    );
    const errors = result.context.errors.getErrors().map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it("proves the schema check is real: a broken copy is rejected", () => {
    const broken = text.replace(/using:\s*['"]?node24['"]?/, "using: node99");
    const result = parseAction({ name: "broken.yml", content: broken }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it("runs on node24 from a committed bundle", () => {
    expect(metadata.runs.using).toBe("node24");
    expect(metadata.runs.main).toBe("dist/index.js");
    expect(existsSync(join(actionsDir, name, metadata.runs.main))).toBe(true);
  });

  it("describes every input and output, with kebab-case ids and string defaults", () => {
    expect(metadata.description.length).toBeGreaterThan(10);
    for (const [id, spec] of Object.entries(metadata.inputs ?? {})) {
      expect(id, `input ${id}`).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(spec.description?.trim().length ?? 0, `input ${id} needs a description`).toBeGreaterThan(0);
      if (spec.default !== undefined)
        expect(typeof spec.default, `input ${id} default must be a string`).toBe("string");
    }
    for (const [id, spec] of Object.entries(metadata.outputs ?? {})) {
      expect(id, `output ${id}`).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(spec.description?.trim().length ?? 0, `output ${id} needs a description`).toBeGreaterThan(0);
    }
  });

  it("reads exactly the inputs it declares", () => {
    const declared = new Set(Object.keys(metadata.inputs ?? {}));
    const read = inputsReadBy(sourceFiles(join(actionsDir, name, "src")));
    expect([...read].filter((id) => !declared.has(id)).sort(), "read but not declared").toEqual([]);
    expect([...declared].filter((id) => !read.has(id)).sort(), "declared but never read").toEqual([]);
  });
});

describe("the input scanner", () => {
  it("finds literal reads and Inputs tables", () => {
    const dir = join(repoRoot, "test", "fixtures", "input-scan");
    const read = inputsReadBy(sourceFiles(dir));
    expect([...read].sort()).toEqual(["alpha", "beta-gamma", "delta"]);
  });

  it("counts a table entry only where it is used, and the reporting inputs through getReportingInputs", () => {
    const dir = join(repoRoot, "test", "fixtures", "input-scan-shared");
    const read = inputsReadBy(sourceFiles(dir));
    expect([...read].sort()).toEqual(["check-name", "epsilon", "matrix", "token"]);
  });
});
