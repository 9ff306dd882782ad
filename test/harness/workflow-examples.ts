/**
 * The YAML examples of the repository's READMEs, found and classified so that none escapes the
 * checks of test/e2e/readme-workflows.test.ts: every ```yaml (or ```yml) block of every README.md
 * is a whole workflow, a `jobs:` map without `on:`, a list of steps (at any indentation, as when
 * shown under a job), workflow-level keys (e.g. `permissions:`), or a policy file (a mapping with
 * `phases:`, usually introduced by a `# .github/rust-policy.yml` comment). Anything else is
 * `unclassified`, which the test reports as a failure: a new kind of example needs a rule here.
 *
 * Fragments are wrapped into the smallest workflow that holds them (`on: push`, one job on
 * ubuntu-latest) so GitHub's parser can check them; `lineOffset` maps the wrapper's lines back to
 * the README's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "./run-action.js";

export type ExampleKind = "workflow" | "jobs" | "steps" | "workflow-keys" | "policy" | "unclassified";

export interface YamlExample {
  /** The README, relative to the repository root. */
  file: string;
  /** Line of the README where the block's first line is (1-based). */
  line: number;
  /** The block as written, its common indentation removed. */
  text: string;
  kind: ExampleKind;
  /** Why it is `unclassified`, or what it was recognised by. */
  reason: string;
  /** For workflow-like kinds: a whole workflow holding the example, for GitHub's parser. */
  workflow?: string;
  /** README line = line in `workflow` + lineOffset. */
  lineOffset?: number;
  /** The path a leading `# path/to/file.yml` comment names. */
  pathHint?: string;
}

/** Workflow-level keys other than `jobs`: a block of only these is a fragment of a workflow's head. */
const WORKFLOW_KEYS = new Set(["name", "run-name", "on", "permissions", "env", "defaults", "concurrency"]);

const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git", ".tmp", "dist", "target", "coverage"]);

/** Every README.md of the repository (outside dependencies and build output). */
export function readmeFiles(root: string = repoRoot): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) visit(join(dir, entry.name));
      } else if (entry.name === "README.md") {
        found.push(relative(root, join(dir, entry.name)));
      }
    }
  };
  visit(root);
  return found.sort();
}

interface FencedBlock {
  line: number;
  info: string;
  text: string;
}

/** CommonMark fenced code blocks (``` or ~~~, at any indentation, as inside list items). */
function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split("\n");
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence] = open as unknown as [string, string, string];
    const close = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j]!); j++) {
      body.push(lines[j]!.startsWith(indent) ? lines[j]!.slice(indent.length) : lines[j]!.trimStart());
    }
    blocks.push({ line: i + 2, info: open[3]!.toLowerCase(), text: body.join("\n") });
    i = j;
  }
  return blocks;
}

function dedent(text: string): string {
  const lines = text.split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(common, /^ */.exec(l)![0].length))).join("\n");
}

function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((l) => (l.trim() === "" ? l : pad + l))
    .join("\n");
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The smallest job that can hold steps, and the head of the smallest workflow. */
const WRAPPER_JOB = "  example:\n    runs-on: ubuntu-latest\n    steps:\n";

/** Classifies one YAML block and, for the workflow-like kinds, wraps it into a whole workflow. */
export function classifyYaml(file: string, line: number, raw: string): YamlExample {
  const text = dedent(raw);
  const base = { file, line, text };
  const firstLine = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const hint = /^#\s*(\S+\.(?:ya?ml|json|toml))\b/.exec(firstLine)?.[1];
  const withHint = hint === undefined ? {} : { pathHint: hint };
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    return { ...base, kind: "unclassified", reason: `not YAML: ${(error as Error).message.split("\n")[0]}` };
  }
  if (isMapping(doc) && "jobs" in doc) {
    if ("on" in doc)
      return {
        ...base,
        ...withHint,
        kind: "workflow",
        reason: "has on: and jobs:",
        workflow: text,
        lineOffset: line - 1,
      };
    return {
      ...base,
      ...withHint,
      kind: "jobs",
      reason: "has jobs: but no on:",
      workflow: `on: push\n${text}`,
      lineOffset: line - 2,
    };
  }
  if (isMapping(doc) && "phases" in doc) {
    return {
      ...base,
      ...withHint,
      kind: "policy",
      reason: `a policy file (phases:)${hint ? `, ${hint}` : ""}`,
    };
  }
  if (isMapping(doc) && Object.keys(doc).every((key) => WORKFLOW_KEYS.has(key))) {
    const head = "on" in doc ? "" : "on: push\n";
    return {
      ...base,
      kind: "workflow-keys",
      reason: `workflow-level keys (${Object.keys(doc).join(", ")})`,
      workflow: `${head}${text}\njobs:\n${WRAPPER_JOB}      - run: "true"\n`,
      lineOffset: line - 1 - (head ? 1 : 0),
    };
  }
  if (Array.isArray(doc) && doc.length > 0 && doc.every((s) => isMapping(s) && ("uses" in s || "run" in s))) {
    return {
      ...base,
      kind: "steps",
      reason: "a list of steps",
      workflow: `on: push\njobs:\n${WRAPPER_JOB}${indent(text, 6)}\n`,
      lineOffset: line - 6,
    };
  }
  return {
    ...base,
    ...withHint,
    kind: "unclassified",
    reason:
      "neither a workflow (jobs:), a list of steps (uses:/run:), workflow-level keys nor a policy file (phases:); " +
      "teach test/harness/workflow-examples.ts what it is",
  };
}

/** The YAML examples of one Markdown text. */
export function examplesInMarkdown(file: string, markdown: string): YamlExample[] {
  return fencedBlocks(markdown)
    .filter((block) => block.info === "yaml" || block.info === "yml")
    .map((block) => classifyYaml(file, block.line, block.text));
}

/** The YAML examples of every README of the repository. */
export function readmeExamples(root: string = repoRoot): YamlExample[] {
  return readmeFiles(root).flatMap((file) =>
    examplesInMarkdown(file, readFileSync(join(root, file), "utf8")),
  );
}
