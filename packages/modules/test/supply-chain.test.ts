import { join } from "node:path";
import type { CrateEntry } from "@oxidize/sbom";
import { describe, expect, it } from "vitest";
import {
  checkSupplyChain,
  moduleInventories,
  supplyChainFailure,
  supplyChainReasons,
} from "../src/supply-chain.js";
import type { ModuleOutcome } from "../src/types.js";

const db = join(import.meta.dirname, "..", "..", "..", "test", "fixtures", "advisory-db");
const entry = (name: string, version: string, source = "registry"): CrateEntry => ({
  name,
  version,
  source,
  buildScript: false,
  procMacro: false,
  kind: "normal",
});
const outcome = (
  module: string,
  pkg: string,
  crates: CrateEntry[],
  status: ModuleOutcome["status"] = "built",
) =>
  ({
    module,
    package: pkg,
    status,
    code: "built",
    reason: "",
    short: "",
    diagnostics: [],
    crates,
  }) as ModuleOutcome;

const outcomes = [
  outcome("_search", "search-mod", [
    entry("search-mod", "0.1.0", "path:crates/search"),
    entry("aho-corasick", "0.7.19"),
    entry("memchr", "2.5.0"),
  ]),
  outcome("_words", "words-mod", [
    entry("words-mod", "0.2.0", "path:crates/words"),
    entry("memchr", "2.5.0"),
  ]),
  outcome("_gone", "gone-mod", [entry("aho-corasick", "0.7.19")], "skipped"),
];

describe("supply-chain checks", () => {
  it("takes the built modules' inventories, each with its own crate's version", () => {
    expect(moduleInventories(outcomes).map((m) => [m.module, m.version, m.crates.length])).toEqual([
      ["_search", "0.1.0", 3],
      ["_words", "0.2.0", 2],
    ]);
  });

  it("names each finding's modules; a vulnerability fails under fail, an informational one only warns", async () => {
    const findings = await checkSupplyChain(moduleInventories(outcomes), {
      advisoryDb: db,
      onAdvisory: "fail",
      allowList: { allow: [{ name: "memchr", version: "2" }], policy: "policy.yml" },
    });
    expect(findings.advisories.map((h) => [h.advisory.id, h.modules, h.failing])).toEqual([
      ["RUSTSEC-2099-0001", ["_search"], true],
      ["RUSTSEC-2099-0002", ["_search", "_words"], false],
    ]);
    expect(findings.notAllowed.map((n) => [n.crate.name, n.modules])).toEqual([
      ["aho-corasick", ["_search"]],
    ]);
    expect(supplyChainReasons(findings).map((r) => `${r.level} ${r.code}`)).toEqual([
      "failure rustsec-advisory",
      "warning rustsec-informational",
      "warning dependency-not-allowed",
    ]);
    expect(supplyChainFailure(findings)).toMatch(
      /^on-advisory is fail: RUSTSEC-2099-0001: aho-corasick 0.7.19 — /,
    );
    const warned = await checkSupplyChain(moduleInventories(outcomes), {
      advisoryDb: db,
      onAdvisory: "warn",
    });
    expect(supplyChainFailure(warned)).toBeUndefined();
  });

  it("says which input is wrong when the database is not one", async () => {
    await expect(
      checkSupplyChain(moduleInventories(outcomes), { advisoryDb: import.meta.dirname, onAdvisory: "warn" }),
    ).rejects.toThrow(
      /^Input 'advisory-db': .* is not a RustSec advisory database: it has no crates\/ directory .*Point it at a checkout/,
    );
  });
});
