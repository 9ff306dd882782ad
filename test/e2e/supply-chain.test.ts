/**
 * What went in, end to end: the bundled build-rust-modules builds the PyO3 fixture for real
 * (Debian's crate sources, real cargo and Python 3.8) with an SBOM, a made-up RustSec database
 * (test/fixtures/advisory-db) and a policy whose allow-list leaves one crate out; then the report
 * action aggregates the result, and the CLI audits it. The SBOM is checked against CycloneDX's
 * published 1.6 schema (shipped in @cyclonedx/cyclonedx-library, validated with ajv).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { type ModuleCrate, validateResult } from "@oxidize/report";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ActionRunResult,
  cachedTargetDir,
  copyFixture,
  pyo3CrateSource,
  pyo3Fixture,
  pythonInterpreter,
  repoRoot,
  runAction,
  writeCargoSourceConfig,
} from "../harness/index.js";

const tmp = join(repoRoot, ".tmp", "e2e-supply-chain");
const workspace = join(tmp, "ws");
const advisoryDb = join(repoRoot, "test", "fixtures", "advisory-db");
/** Every third-party crate `_search` compiles except aho-corasick, and pyo3 only below 0.17. */
const POLICY = `name: fixture policy
phases:
  - id: rust-optional
dependencies:
  allow:
    - { name: autocfg }
    - { name: cfg-if }
    - { name: indoc }
    - { name: libc }
    - { name: lock_api }
    - { name: memchr }
    - { name: memoffset }
    - { name: once_cell }
    - { name: parking_lot }
    - { name: parking_lot_core }
    - { name: proc-macro2 }
    - { name: pyo3, version: "0.17" }
    - { name: pyo3-build-config }
    - { name: pyo3-ffi }
    - { name: pyo3-macros }
    - { name: pyo3-macros-backend }
    - { name: quote }
    - { name: scopeguard }
    - { name: smallvec }
    - { name: syn }
    - { name: target-lexicon }
    - { name: unicode-ident }
    - { name: unindent }
`;

let python: string;
let targetDir: string;

function build(inputs: Record<string, string>): Promise<ActionRunResult> {
  return runAction("build-rust-modules", {
    workspace,
    inputs: {
      python,
      "target-dir": targetDir,
      offline: "true",
      modules: "_search",
      policy: "policy.yml",
      "advisory-db": advisoryDb,
      ...inputs,
    },
    timeoutMs: 240_000,
  });
}

interface Result {
  conclusion: string;
  reasons: Array<{ level: string; code: string; message: string }>;
  modules: Array<{ name: string; crates?: ModuleCrate[] }>;
}

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = join(repoRoot, "packages", "cli", "src", "bin.ts");
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", bin, ...args],
      { cwd: tmp, encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let warned: ActionRunResult;
let result: Result;

beforeAll(async () => {
  const source = await pyo3CrateSource();
  python = pythonInterpreter("3.8");
  copyFixture(pyo3Fixture, workspace);
  writeCargoSourceConfig(workspace, source);
  writeFileSync(join(workspace, "policy.yml"), POLICY);
  targetDir = cachedTargetDir("supply-chain", [
    readFileSync(join(pyo3Fixture, "Cargo.lock"), "utf8"),
    python,
  ]);
  warned = await build({ sbom: "sbom/rust-modules.cdx.json", "on-advisory": "warn" });
  if (warned.outputs["report"] === undefined)
    throw new Error(`no report:\n${warned.stdout}\n${warned.stderr}`);
  result = JSON.parse(readFileSync(warned.outputs["report"]!, "utf8")) as Result;
}, 300_000);

describe("build-rust-modules: what went in", () => {
  it("builds _search, warns about the advisory, and the result is a valid oxidize/result@1", async () => {
    expect(warned.exitCode, warned.stderr + warned.stdout).toBe(0);
    expect(await validateResult(result)).toMatchObject({ valid: true });
    expect(result.conclusion).toBe("neutral");
  });

  it("lists the crates compiled into the module: source, checksum, licence, build script, proc-macro, kind", () => {
    const crates = result.modules.find((m) => m.name === "_search")!.crates!;
    const byName = new Map(crates.map((c) => [c.name, c]));
    // Path crates are named relative to the repository (GITHUB_WORKSPACE).
    expect(byName.get("search-mod")).toMatchObject({ source: "path:crates/search", kind: "normal" });
    expect(byName.get("aho-corasick")).toMatchObject({
      version: "0.7.19",
      source: "registry",
      checksum: "b4f55bd91a0978cbfd91c457a164bab8b4001c833b7f323132c0a4e1922dd44e",
      license: "Unlicense OR MIT",
      kind: "normal",
      advisories: ["RUSTSEC-2099-0001"],
      allowed: false,
    });
    // PyO3's build-time parts: its build-config crate's build script, its macros (never linked in).
    expect(byName.get("pyo3-build-config")).toMatchObject({ buildScript: true, kind: "build" });
    expect(byName.get("pyo3-macros")).toMatchObject({ procMacro: true, kind: "build" });
    expect(byName.get("syn")).toMatchObject({ procMacro: false, kind: "build" });
    expect(byName.get("pyo3")).toMatchObject({
      kind: "normal",
      buildScript: true,
      allowed: true,
      advisories: [],
    });
    // Debian's placeholder checksum is not a checksum.
    expect(byName.get("pyo3")?.checksum).toBeUndefined();
    // The other modules' crates did not go into this one.
    expect(byName.has("words-mod")).toBe(false);
  });

  it("names the advisory, the crate and the first fixed version, and the crate the policy does not allow", () => {
    const codes = result.reasons.map((r) => `${r.level} ${r.code}`);
    expect(codes).toContain("warning rustsec-advisory");
    expect(codes).toContain("warning rustsec-informational");
    expect(codes).toContain("warning dependency-not-allowed");
    const advisory = result.reasons.find((r) => r.code === "rustsec-advisory")!;
    expect(advisory.message).toBe(
      "RUSTSEC-2099-0001: aho-corasick 0.7.19 — Made-up: searching an empty haystack loops forever; " +
        "upgrade aho-corasick to 0.7.20 or later. In _search.",
    );
    // As a warning annotation the runner shows.
    expect(warned.stdout).toMatch(
      /^::warning title=aho-corasick 0.7.19%3A RUSTSEC-2099-0001::RUSTSEC-2099-0001: aho-corasick/m,
    );
  });

  it("shows the dependency table in the job summary, flagged crates first", () => {
    const summary = warned.summary;
    expect(summary).toMatch(/<details open><summary>Dependencies: \d+ crates, 2 flagged<\/summary>/);
    const rows = summary.split("\n").filter((l) => l.startsWith("| `"));
    const crateRows = rows.filter((l) => /\| (registry|path:)/.test(l));
    expect(crateRows[0]).toMatch(
      /^\| `aho-corasick` \| 0\.7\.19 \| registry \|.*❌ RUSTSEC-2099-0001, 🚫 not allowed by policy \|$/,
    );
    expect(crateRows[1]).toMatch(/^\| `memchr` \|.*❌ RUSTSEC-2099-0002 \|$/);
    expect(summary).toContain(
      "| `pyo3-macros` | 0.17.3 | registry | Apache-2.0 | build only | — | yes | _search | — |",
    );
  });

  it("writes a CycloneDX SBOM that validates against the published 1.6 schema", async () => {
    const path = warned.outputs["sbom"]!;
    expect(path).toBe(join(workspace, "sbom", "rust-modules.cdx.json"));
    const text = readFileSync(path, "utf8");
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text)).toBeNull();
    const bom = JSON.parse(text);
    const aho = bom.components.find((c: { name: string }) => c.name === "aho-corasick");
    expect(aho).toMatchObject({ purl: "pkg:cargo/aho-corasick@0.7.19", scope: "required" });
    const deps = bom.dependencies.find((d: { ref: string }) => d.ref === "module _search");
    expect(deps.dependsOn).toContain("aho-corasick@0.7.19");
  });

  it("fails the step under on-advisory: fail, naming the advisory, the crate and the fix", async () => {
    const failed = await build({ "on-advisory": "fail" });
    expect(failed.exitCode).toBe(1);
    // The advisory is the error annotation; the step's closing line says why it failed.
    expect(failed.stdout).toContain(
      "::error title=aho-corasick 0.7.19%3A RUSTSEC-2099-0001::RUSTSEC-2099-0001: aho-corasick 0.7.19 — Made-up: searching an empty haystack loops forever; upgrade aho-corasick to 0.7.20 or later. In _search.",
    );
    expect(failed.stdout.trimEnd().split("\n").at(-1)).toBe(
      "on-advisory is fail: RUSTSEC-2099-0001: aho-corasick 0.7.19 — Made-up: searching an empty haystack loops forever; upgrade aho-corasick to 0.7.20 or later.",
    );
    const failedResult = JSON.parse(readFileSync(failed.outputs["report"]!, "utf8")) as Result;
    expect(failedResult.conclusion).toBe("failure");
    expect(failedResult.reasons.find((r) => r.code === "rustsec-advisory")?.level).toBe("failure");
    // Informational advisories stay warnings.
    expect(failedResult.reasons.find((r) => r.code === "rustsec-informational")?.level).toBe("warning");
  });

  it("refuses an advisory-db that is not a RustSec database in one line", async () => {
    const bad = await build({ "advisory-db": "policy.yml" });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/^::error::Input 'advisory-db' is 'policy.yml', but .* is not a directory/m);
    const empty = join(workspace, "empty-db");
    mkdirSync(empty, { recursive: true });
    const notDb = await build({ "advisory-db": "empty-db" });
    expect(notDb.exitCode).toBe(1);
    expect(notDb.stdout).toMatch(/^::error::Input 'advisory-db': .* is not a RustSec advisory database/m);
  });
});

describe("the readiness check shows the dependencies", () => {
  it("aggregates the crates with the legs they went into, flagging the advisory and the refused crate", async () => {
    const results = join(workspace, "oxidize-results");
    rmSync(results, { recursive: true, force: true });
    mkdirSync(results, { recursive: true });
    cpSync(warned.outputs["report"]!, join(results, "build.json"));
    const run = await runAction("report", {
      workspace,
      inputs: { results: "oxidize-results", "check-name": "" },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain("### Dependencies");
    expect(run.summary).toMatch(
      /\| `aho-corasick` \| 0\.7\.19 \| registry \|.*\| _search \|.*❌ RUSTSEC-2099-0001, 🚫 not allowed by policy \|/,
    );
  });
});

describe("oxidize modules audit and sbom", () => {
  it("exits 1 on a failing advisory and a refused crate, 0 when only warnings remain", async () => {
    const report = warned.outputs["report"]!;
    const failing = await cli(["modules", "audit", "--result", report, "--advisory-db", advisoryDb]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(
      "error: RUSTSEC-2099-0001: aho-corasick 0.7.19 — Made-up: searching an empty haystack loops forever; upgrade aho-corasick to 0.7.20 or later. In _search.",
    );
    expect(failing.stdout).toContain("warning: RUSTSEC-2099-0002 (unmaintained): memchr 2.5.0");
    const warnOnly = await cli([
      "modules",
      "audit",
      "--result",
      report,
      "--advisory-db",
      advisoryDb,
      "--on-advisory",
      "warn",
    ]);
    expect(warnOnly.code).toBe(0);
    const refused = await cli([
      "modules",
      "audit",
      "--result",
      report,
      "--policy",
      join(workspace, "policy.yml"),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/aho-corasick 0.7.19 \(registry\) is not an allowed dependency/);
  });

  it("writes the same SBOM from the result, and says how it was called wrong in one line", async () => {
    const out = join(tmp, "cli.cdx.json");
    const run = await cli(["modules", "sbom", "--result", warned.outputs["report"]!, "--output", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(
      await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(readFileSync(out, "utf8")),
    ).toBeNull();
    const usage = await cli(["modules", "audit", "--result", warned.outputs["report"]!]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe(
      "oxidize: audit needs --advisory-db, --policy or both; run 'oxidize help modules'\n",
    );
    const missing = await cli(["modules", "sbom", "--result", "nope.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "oxidize modules: --result nope.json: no such file; pass the 'report' output of build-rust-modules\n",
    );
  });
});
