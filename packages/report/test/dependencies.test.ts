import { describe, expect, it } from "vitest";
import { dependencyRows, dependencyTable } from "../src/dependencies.js";
import type { ModuleCrate, ModuleOutcome } from "../src/result.js";
import { validateResult } from "../src/schema.js";

const libc: ModuleCrate = {
  name: "libc",
  version: "0.2.139",
  source: "registry",
  license: "MIT OR Apache-2.0",
  buildScript: true,
  procMacro: false,
  kind: "normal",
  advisories: [],
  allowed: true,
};
const aho: ModuleCrate = {
  ...libc,
  name: "aho-corasick",
  version: "0.7.19",
  buildScript: false,
  advisories: ["RUSTSEC-2099-0001"],
  allowed: false,
};
const syn: ModuleCrate = { ...libc, name: "syn", kind: "build", buildScript: false, allowed: true };
const modules = (name: string, crates: ModuleCrate[]): ModuleOutcome[] => [{ name, state: "built", crates }];

describe("dependency rows", () => {
  it("merges crates across modules and legs, flagged first", () => {
    const rows = dependencyRows([
      { leg: "linux, 3.16", modules: modules("_search", [libc, aho, syn]) },
      { leg: "macos, 3.16", modules: modules("_words", [libc]) },
    ]);
    expect(rows.map((r) => [r.name, r.modules, r.legs, r.advisories, r.allowed])).toEqual([
      ["aho-corasick", ["_search"], ["linux, 3.16"], ["RUSTSEC-2099-0001"], false],
      ["libc", ["_search", "_words"], ["linux, 3.16", "macos, 3.16"], [], true],
      ["syn", ["_search"], ["linux, 3.16"], [], true],
    ]);
  });

  it("renders an open table when something is flagged, with the findings", () => {
    const table = dependencyTable(dependencyRows([{ modules: modules("_search", [libc, aho]) }]));
    expect(table).toMatch(/^<details open><summary>Dependencies: 2 crates, 1 flagged<\/summary>/);
    expect(table).toContain(
      "| `aho-corasick` | 0.7.19 | registry | MIT OR Apache-2.0 | linked | — | — | _search | ❌ RUSTSEC-2099-0001, 🚫 not allowed by policy |",
    );
    expect(dependencyTable(dependencyRows([{ modules: modules("_m", [syn]) }]))).toMatch(
      /^<details><summary>Dependencies: 1 crate</,
    );
    expect(dependencyTable([])).toBe("");
  });
});

describe("result schema", () => {
  const result = (crates: unknown) => ({
    schema: "oxidize/result@1",
    action: "build-rust-modules",
    conclusion: "success",
    title: "1 built",
    facts: {},
    reasons: [],
    details: {},
    modules: [{ name: "_m", state: "built", crates }],
    timings: {},
    startedAt: "2026-12-01T10:00:00Z",
    finishedAt: "2026-12-01T10:00:01Z",
  });

  it("accepts modules' crates and refuses a malformed one", async () => {
    expect((await validateResult(result([libc, aho]))).valid).toBe(true);
    const bad = await validateResult(
      result([{ ...libc, name: "`x`|<b>", source: "crates.io", checksum: "xyz" }]),
    );
    expect(bad).toEqual({
      valid: false,
      errors: [
        '/modules/0/crates/0/name: must match pattern "^[A-Za-z0-9_-]+$"',
        '/modules/0/crates/0/source: must match pattern "^(registry|(vendored|path|git):.+)$"',
        '/modules/0/crates/0/checksum: must match pattern "^[0-9a-f]{64}$"',
      ],
    });
  });
});
