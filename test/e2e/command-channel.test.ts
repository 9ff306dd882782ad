/**
 * Nothing from outside reaches the runner's command channel: every input of every action, and
 * every text field (and the name) of a result file the report action reads, is given a newline
 * followed by workflow commands; the runner emulation (which, like the runner, trims leading
 * blanks) must see none of them — no annotation, matcher, mask or debug line from the value.
 * The steps may fail (most of these values are invalid); what they print must stay text.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type ActionRunResult,
  declaredInputs,
  pathToolchainWorkspace,
  realPython,
  repoRoot,
  runActionInProcess,
} from "../harness/index.js";

const TAG = "INJECTED";

/** A value that, printed raw, is five commands. */
function hostile(where: string): string {
  return [
    "x",
    `::warning::${TAG}-${where}`,
    `  ::notice title=${TAG}::${TAG}-${where}`,
    `::add-matcher::/tmp/${TAG}-${where}.json`,
    `::add-mask::${TAG}-${where}`,
    `::debug::${TAG}-${where}`,
  ].join("\n");
}

/** What the runner would have obeyed that came from a hostile value. */
function obeyed(run: ActionRunResult): string[] {
  const c = run.commands;
  return [
    ...c.annotations
      .filter((a) => a.message.startsWith(TAG) || (a.properties["title"] ?? "").startsWith(TAG))
      .map((a) => `${a.level}: ${a.message}`),
    ...c.matchers.filter((m) => m.includes(TAG)).map((m) => `add-matcher: ${m}`),
    ...c.masks.filter((m) => m.startsWith(TAG)).map((m) => `add-mask: ${m}`),
    ...c.debug.filter((d) => d.startsWith(TAG)).map((d) => `debug: ${d}`),
  ];
}

/** Nothing may leave the machine: every server the actions could call is a closed port. */
const offline = {
  GITHUB_API_URL: "http://127.0.0.1:9",
  RUSTUP_DIST_SERVER: "http://127.0.0.1:9",
  ACTIONS_RESULTS_URL: "",
};

function exampleCopy(): string {
  const workspace = mkdtempSync(join(tmpdir(), "channel-example-"));
  cpSync(join(repoRoot, "examples", "cpython-lite"), workspace, {
    recursive: true,
    filter: (source) => !source.includes(`${join("cpython-lite", "target")}`),
  });
  return workspace;
}

const cases: Record<string, () => { workspace: string; inputs: Record<string, string> }> = {
  "setup-rust": () => ({ workspace: pathToolchainWorkspace(), inputs: {} }),
  "configure-policy": () => ({
    workspace: exampleCopy(),
    inputs: { "source-dir": ".", "python-version": "3.15" },
  }),
  // A copy: hostile path inputs (out-dir, target-dir) create directories under the workspace.
  "build-rust-modules": () => ({
    workspace: exampleCopy(),
    inputs: {
      "source-dir": ".",
      "target-dir": join(repoRoot, ".tmp", "cargo-target-build-rust-modules"),
      "out-dir": mkdtempSync(join(tmpdir(), "channel-out-")),
      python: realPython,
    },
  }),
  report: () => {
    const workspace = mkdtempSync(join(tmpdir(), "channel-report-"));
    mkdirSync(join(workspace, "results"));
    writeFileSync(join(workspace, "results", "leg.json"), JSON.stringify(resultFile("none")));
    return { workspace, inputs: { results: "results" } };
  },
};

/** A valid oxidize/result@1 whose text fields carry `hostile` where `field` says. */
function resultFile(field: string): Record<string, unknown> {
  const text = (name: string) => (name === field ? hostile(name) : "plain");
  return {
    schema: "oxidize/result@1",
    action: "configure-policy",
    conclusion: "neutral",
    title: text("title"),
    facts: { python: text("facts.python"), platform: text("facts.platform"), policy: "pre-pep-2025" },
    matrix: { os: text("matrix.os"), python: text("matrix.python") },
    reasons: [
      {
        level: "warning",
        code: text("reasons.code"),
        message: text("reasons.message"),
        title: text("reasons.title"),
      },
    ],
    startedAt: "2026-12-01T00:00:00.000Z",
    finishedAt: "2026-12-01T00:00:01.000Z",
  };
}

describe("no input reaches the command channel", { timeout: 300_000 }, () => {
  for (const [action, base] of Object.entries(cases)) {
    it(`${action}: every input carrying commands stays text`, async () => {
      const obeyedBy: Record<string, string[]> = {};
      for (const input of declaredInputs(action)) {
        const { workspace, inputs } = base();
        const run = await runActionInProcess(action, {
          workspace,
          inputs: { ...inputs, [input]: hostile(input) },
          env: offline,
          timeoutMs: 60_000,
        });
        const found = obeyed(run);
        if (found.length > 0) obeyedBy[input] = found;
      }
      expect(obeyedBy).toEqual({});
    });
  }
});

describe("no result file reaches the command channel through the report action", { timeout: 120_000 }, () => {
  const fields = [
    "title",
    "facts.python",
    "facts.platform",
    "matrix.os",
    "matrix.python",
    "reasons.code",
    "reasons.message",
    "reasons.title",
  ];
  it.each(fields)("field %s", async (field) => {
    const workspace = mkdtempSync(join(tmpdir(), "channel-report-"));
    mkdirSync(join(workspace, "results"));
    writeFileSync(join(workspace, "results", "leg.json"), JSON.stringify(resultFile(field)));
    const run = await runActionInProcess("report", {
      workspace,
      inputs: { results: "results" },
      env: offline,
    });
    expect(obeyed(run)).toEqual([]);
  });

  it("a result file whose name carries commands", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "channel-report-"));
    mkdirSync(join(workspace, "results"));
    writeFileSync(
      join(workspace, "results", `${hostile("name").replace(/\//g, "_")}.json`),
      JSON.stringify(resultFile("none")),
    );
    writeFileSync(join(workspace, "results", `other\n::warning::${TAG}-other.json`), "{}");
    const run = await runActionInProcess("report", {
      workspace,
      inputs: { results: "results" },
      env: offline,
    });
    expect(obeyed(run)).toEqual([]);
  });
});
