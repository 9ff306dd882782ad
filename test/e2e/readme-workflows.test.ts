/**
 * Every YAML example of every README, checked the way GitHub would take it and run where it can:
 *
 * - each block is classified (workflow, `jobs:`, steps, workflow keys, policy file); an
 *   unclassifiable block fails, so a new example cannot slip past the checks;
 * - workflows and fragments (wrapped into a minimal job) pass GitHub's parser, name oxidize actions
 *   that exist with inputs and outputs their action.yml declares, and start on each leg's OS;
 * - policy files load with @oxidize/policy;
 * - whole workflows run for real on their Linux legs (test/harness/workflow-run.ts): the bundled
 *   actions as the runner runs them, actions/checkout as a copy of examples/cpython-lite, `run:`
 *   steps in bash. setup-rust installs from a loopback dist mirror of this machine's toolchain
 *   (RUSTUP_DIST_SERVER, no `.asc` published), with rustup's proxies off PATH — the environment
 *   changes, never the README's `with:` values.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { parsePolicy } from "@oxidize/policy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realMirror } from "../fixtures/dist-mirror/index.js";
import { type MirrorServer, serveMirror } from "../fixtures/dist-mirror/serve-mirror.js";
import { repoRoot } from "../harness/run-action.js";
import { realPython } from "../harness/step-checks.js";
import { parseWorkflowText, workflowProblems } from "../harness/workflow-check.js";
import { examplesInMarkdown, readmeExamples, type YamlExample } from "../harness/workflow-examples.js";
import { describeLeg, type LegRecord, WorkflowRun } from "../harness/workflow-run.js";

/**
 * Jobs that run only statically, with the reason: their checkout is not a CPython-like tree, so
 * examples/cpython-lite cannot stand in for it. Keyed `<README>#<job>`; a key that matches no job
 * fails the test.
 */
const STATIC_ONLY: Record<string, string> = {
  "actions/build-rust-modules/README.md#accelerators":
    "checks out a Python package with PyO3 crates (rust/Cargo.toml, src/mypkg), not a CPython-like tree",
};

const examples = readmeExamples();
const workflowLike = examples.filter((e) => e.workflow !== undefined);
const runnable = examples.filter((e) => e.kind === "workflow" || e.kind === "jobs");
const where = (e: YamlExample) => `${e.file}:${e.line}`;

/** Parser messages name the wrapper's lines: point them at the README's. */
function readmeLines(example: YamlExample, problems: string[]): string[] {
  return problems.map((p) =>
    p.replace(/\(Line: (\d+), Col: (\d+)\)/g, (_, line: string, col: string) => {
      return `(line ${Number(line) + (example.lineOffset ?? 0)}, col ${col})`;
    }),
  );
}

async function problemsOf(example: YamlExample): Promise<string[]> {
  return readmeLines(example, workflowProblems(await parseWorkflowText(example.file, example.workflow!)));
}

let work: string;
let mirror: MirrorServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "oxidize-readme-workflows-"));
  const built = await realMirror();
  // The mirror is signed with a throwaway key: publish no signature, so `verify-signature: auto`
  // (the README's default) warns instead of refusing it.
  const signatures = readdirSync(join(built.dir, "dist")).filter((f) => f.endsWith(".toml.asc"));
  mirror = await serveMirror(built.dir, {
    faults: Object.fromEntries(signatures.map((f) => [`/dist/${f}`, { kind: "404" as const }])),
  });
}, 300_000);

afterAll(async () => {
  await mirror?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A runner with Python and no Rust of its own: setup-rust's dist installer gets it from the mirror. */
function runWorkflowText(
  name: string,
  text: string,
  staticJobs: Record<string, string> = {},
): Promise<LegRecord[]> {
  const rustupProxies = join(homedir(), ".cargo", "bin");
  const path = [
    dirname(realPython),
    ...(process.env["PATH"] ?? "").split(delimiter).filter((d) => d !== rustupProxies),
  ].join(delimiter);
  return parseWorkflowText(name, text).then((parsed) => {
    expect(parsed.errors).toEqual([]);
    return new WorkflowRun(parsed, {
      workDir: work,
      checkout: join(repoRoot, "examples", "cpython-lite"),
      toolCache: join(work, "tool-cache"),
      staticJobs,
      env: (legDir) => ({
        PATH: path,
        CARGO_HOME: join(legDir, "cargo-home"),
        RUSTUP_HOME: join(legDir, "rustup-home"),
        RUSTUP_DIST_SERVER: mirror.url,
        CARGO: undefined,
        RUSTC: undefined,
        RUSTUP_TOOLCHAIN: undefined,
      }),
    }).run();
  });
}

/** The legs that did not pass, told with their steps and the failed steps' output. */
function failures(legs: LegRecord[]): string[] {
  return legs.filter((l) => l.conclusion === "failure" || l.problems.length).map(describeLeg);
}

it("every YAML block of every README is classified", () => {
  expect(examples.length).toBeGreaterThan(10);
  const unclassified = examples
    .filter((e) => e.kind === "unclassified")
    .map((e) => `${where(e)}: ${e.reason}`);
  expect(unclassified).toEqual([]);
});

it("every static-only job still exists", async () => {
  const jobs = new Set<string>();
  for (const example of runnable) {
    const parsed = await parseWorkflowText(example.file, example.workflow!);
    for (const job of parsed.template.jobs) jobs.add(`${example.file}#${job.id.value}`);
  }
  expect(Object.keys(STATIC_ONLY).filter((key) => !jobs.has(key))).toEqual([]);
});

/** Each runnable example is run once; the tests below read its legs. */
const runs = new Map<YamlExample, Promise<LegRecord[]>>();
function legsOf(example: YamlExample): Promise<LegRecord[]> {
  if (!runs.has(example)) {
    const staticJobs = Object.fromEntries(
      Object.entries(STATIC_ONLY)
        .filter(([key]) => key.startsWith(`${example.file}#`))
        .map(([key, reason]) => [key.slice(example.file.length + 1), reason]),
    );
    runs.set(example, runWorkflowText(example.file, example.workflow!, staticJobs));
  }
  return runs.get(example)!;
}

describe.each(workflowLike.map((e) => [`${where(e)} (${e.kind})`, e] as const))("%s", (_, example) => {
  it("is valid for GitHub's parser, uses declared inputs and outputs, and starts on each leg's OS", async () => {
    expect(await problemsOf(example)).toEqual([]);
  });

  if (runnable.includes(example)) {
    it("runs as written: its Linux legs for real, the others checked statically", async () => {
      expect(failures(await legsOf(example))).toEqual([]);
    });
  }
});

describe.each(examples.filter((e) => e.kind === "policy").map((e) => [where(e), e] as const))(
  "%s (policy file)",
  (_, example) => {
    it("loads with @oxidize/policy", async () => {
      const policy = await parsePolicy(example.text, example.pathHint ?? "policy.yml");
      expect(policy.phases.length).toBeGreaterThan(0);
    });
  },
);

it("the root README's main workflow runs for real: the what-if legs, and the checkout's leg end to end", async () => {
  const main = runnable.find((e) => e.file === "README.md");
  expect(main).toBeDefined();
  const legs = await legsOf(main!);
  const ran = legs.filter((leg) => leg.mode === "run");
  // Six what-if legs (3 versions × Rust present/absent) and the checkout's Linux leg.
  expect(ran.map((leg) => leg.label)).toEqual([
    "policy (3.15, present)",
    "policy (3.15, absent)",
    "policy (3.16, present)",
    "policy (3.16, absent)",
    "policy (3.17, present)",
    "policy (3.17, absent)",
    "build (ubuntu-latest)",
  ]);
  const verdicts = ran.slice(0, 6).map((leg) => leg.steps[0]!.outputs["verdict"]);
  expect(verdicts).toEqual(["pass", "warn", "pass", "fail", "pass", "fail"]);
  const build = ran[6]!;
  expect(build.steps.map((step) => [step.kind, step.outcome])).toEqual([
    ["checkout", "success"],
    ["action", "success"], // setup-rust, from the loopback mirror
    ["action", "success"], // configure-policy at the tree's version
    ["action", "success"], // the conformance run of ./configure
    ["action", "success"], // build-rust-modules
    ["run", "success"],
  ]);
  expect(build.steps[3]!.log).toMatch(/--with-rust=no/); // every scenario of the conformance run ran
  expect(build.steps[4]!.outputs["built"]).toBe('["_base64"]');
  expect(legs.filter((leg) => leg.mode === "static").map((leg) => leg.label)).toEqual([
    "build (macos-latest)",
    "build (windows-latest)",
  ]);
});

// ------------------------------------------------------------------------------------------------
// The checks are real: README-like examples that must be rejected.

/** `${{ expression }}`, written so that no string literal holds one. */
const gh = (expression: string) => `\${{ ${expression} }}`;

const README_LIKE = [
  "# An action",
  "",
  "```yaml",
  "- id: policy",
  "  uses: oxidize/actions/actions/configure-policy@v1",
  "  with:",
  "    python-versions: '3.16'",
  `- run: echo ${gh("steps.policy.outputs.verdicts")}`,
  "```",
  "",
  "```yaml",
  "just: a mapping",
  "```",
  "",
  "```yaml",
  "jobs:",
  "  build:",
  "    runs-on: windows-latest",
  "    steps:",
  "      - uses: oxidize/actions/actions/configure-policy@v1",
  "        with:",
  "          run: ./configure --prefix=/tmp/py",
  "      - id: policy",
  "        uses: oxidize/actions/actions/configure-policy@v1",
  "      - if: runner.os != 'Windows' && steps.policy.outputs.rust-modules == 'skip'",
  "        run: ./configure --with-rust=no",
  "      - if: steps.policy.outputs.rust-modules == 'skip'",
  "        run: ./configure --with-rust=no",
  "```",
].join("\n");

describe("the README check is real", () => {
  const [steps, mapping, windows] = examplesInMarkdown("fake/README.md", README_LIKE);

  it("rejects an input the action does not declare and an output it does not have", async () => {
    expect(steps).toMatchObject({ kind: "steps", line: 4 });
    const problems = await problemsOf(steps!);
    expect(problems).toEqual([
      expect.stringContaining("actions/configure-policy has no input 'python-versions'"),
      expect.stringContaining(
        "reads steps.policy.outputs.verdicts, but actions/configure-policy declares no output",
      ),
    ]);
  });

  it("rejects a block it cannot classify", () => {
    expect(mapping).toMatchObject({ kind: "unclassified", line: 12 });
  });

  it("rejects ./configure on Windows, as an input and as a run: line that may run (its if: reads an output)", async () => {
    const problems = await problemsOf(windows!);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/step 1 .*'run' cannot start on Windows/);
    expect(problems[1]).toMatch(/step 4 .*cannot run on Windows, where pwsh runs it/);
  });

  it("rejects a GitHub expression error with the README's line", async () => {
    const [broken] = examplesInMarkdown(
      "fake/README.md",
      `x\n\n\`\`\`yaml\n- run: echo ${gh("matrixx.os")}\n\`\`\`\n`,
    );
    const problems = await problemsOf(broken!);
    expect(problems.join("\n")).toMatch(/\(line 4, col \d+\).*matrixx/);
  });

  it("fails a leg whose step fails, with the step's output; continue-on-error and if: are honoured", async () => {
    const legs = await runWorkflowText(
      "failing.yml",
      [
        "on: push",
        "jobs:",
        "  policy:",
        "    strategy:",
        "      matrix:",
        '        python: ["3.15", "3.17"]',
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: exit 3",
        "        continue-on-error: true",
        "      - id: policy",
        "        uses: oxidize/actions/actions/configure-policy@v1",
        "        with:",
        "          policy: pre-pep-2025",
        `          python-version: ${gh("matrix.python")}`,
        "          rust: absent",
        "      - if: failure()",
        `        run: echo "after the failure, ${gh("steps.policy.outputs.verdict")}"`,
      ].join("\n"),
    );
    expect(legs.map((l) => [l.label, l.conclusion])).toEqual([
      ["policy (3.15)", "success"],
      ["policy (3.17)", "failure"],
    ]);
    const [warned, failed] = legs as [LegRecord, LegRecord];
    expect(warned.steps.map((s) => [s.outcome, s.conclusion])).toEqual([
      ["failure", "success"],
      ["success", "success"],
      ["skipped", "skipped"],
    ]);
    expect(failed.steps[2]).toMatchObject({
      outcome: "success",
      log: expect.stringContaining("after the failure, fail"),
    });
    expect(failures(legs)).toEqual([
      expect.stringContaining("configure: error: Rust is required to build CPython 3.17"),
    ]);
  });

  it("flags python-version that disagrees with the checkout", async () => {
    const legs = await runWorkflowText(
      "disagreeing.yml",
      [
        "on: push",
        "jobs:",
        "  policy:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v5",
        "      - uses: oxidize/actions/actions/configure-policy@v1",
        "        with:",
        '          python-version: "3.15"',
        "          rust: present",
      ].join("\n"),
    );
    expect(failures(legs)).toEqual([expect.stringContaining("python-version disagrees with the checkout")]);
  });
});
