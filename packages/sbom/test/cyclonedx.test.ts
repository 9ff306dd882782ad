import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { describe, expect, it } from "vitest";
import type { CrateEntry } from "../src/crate.js";
import { cyclonedxJson } from "../src/cyclonedx.js";
import { type SbomModule, sbomTimestamp } from "../src/sbom-inputs.js";

const libc: CrateEntry = {
  name: "libc",
  version: "0.2.139",
  source: "registry",
  checksum: "201de327520df007757c1f0adce6e827fe8562fbc28bfd9c15571c66ca1f5f79",
  license: "MIT OR Apache-2.0",
  buildScript: true,
  procMacro: false,
  kind: "normal",
};
const macros: CrateEntry = {
  name: "pyo3-macros",
  version: "0.17.3",
  source: "vendored:vendor/pyo3-macros",
  license: "MIT OR Apache-2.0",
  buildScript: false,
  procMacro: true,
  kind: "build",
};
const own: CrateEntry = {
  name: "search-mod",
  version: "0.1.0",
  source: "path:crates/search",
  licenseFile: "LICENSE",
  buildScript: false,
  procMacro: false,
  kind: "normal",
};
const modules: SbomModule[] = [
  { module: "_words", package: "words-mod", version: "0.1.0", crates: [macros, libc] },
  {
    module: "_search",
    package: "search-mod",
    version: "0.1.0",
    artifact: "_search.abi3.so",
    crates: [own, libc],
  },
];
const options = {
  name: "fixture",
  timestamp: new Date(1_700_000_000_000),
  tool: { name: "oxidize", version: "0.1.0" },
};

describe("CycloneDX SBOM", () => {
  it("validates against the published CycloneDX 1.6 JSON schema (strict)", async () => {
    const json = cyclonedxJson(modules, options);
    // The schema files ship in @cyclonedx/cyclonedx-library (res/schema); its validator runs ajv on them.
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(json)).toBeNull();
  });

  it("is refused by that schema when broken (the check can fail)", async () => {
    const bom = JSON.parse(cyclonedxJson(modules, options));
    bom.components[0].scope = "sometimes";
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(JSON.stringify(bom))).not.toBeNull();
  });

  it("lists each crate once, with purl, checksum, licence, scope and the module's dependencies", () => {
    const bom = JSON.parse(cyclonedxJson(modules, options));
    expect(bom.metadata.timestamp).toBe("2023-11-14T22:13:20.000Z");
    const byRef = new Map(bom.components.map((c: { "bom-ref": string }) => [c["bom-ref"], c]));
    expect(byRef.get("libc@0.2.139")).toMatchObject({
      purl: "pkg:cargo/libc@0.2.139",
      scope: "required",
      hashes: [{ alg: "SHA-256", content: libc.checksum }],
      licenses: [{ expression: "MIT OR Apache-2.0" }],
    });
    expect(byRef.get("pyo3-macros@0.17.3 vendored:vendor/pyo3-macros")).toMatchObject({ scope: "excluded" });
    // The module's own crate is the module component, not a dependency of itself.
    expect([...byRef.keys()].filter((k) => String(k).startsWith("search-mod"))).toEqual([]);
    const deps = new Map(
      bom.dependencies.map((d: { ref: string; dependsOn?: string[] }) => [d.ref, d.dependsOn ?? []]),
    );
    expect(deps.get("module _search")).toEqual(["libc@0.2.139"]);
    expect(deps.get("module _words")).toEqual([
      "libc@0.2.139",
      "pyo3-macros@0.17.3 vendored:vendor/pyo3-macros",
    ]);
    expect(deps.get("project fixture")).toEqual(["module _search", "module _words"]);
  });

  it("is byte-identical whatever order the modules and crates come in", () => {
    const reversed = [...modules].reverse().map((m) => ({ ...m, crates: [...m.crates].reverse() }));
    expect(cyclonedxJson(reversed, options)).toBe(cyclonedxJson(modules, options));
  });

  it("takes its time from SOURCE_DATE_EPOCH when set", () => {
    const now = () => new Date(0);
    expect(sbomTimestamp({ SOURCE_DATE_EPOCH: "1700000000" }, now).toISOString()).toBe(
      "2023-11-14T22:13:20.000Z",
    );
    expect(sbomTimestamp({ SOURCE_DATE_EPOCH: "yesterday" }, now)).toEqual(new Date(0));
  });
});
