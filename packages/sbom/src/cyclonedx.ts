/**
 * The SBOM of the Rust modules as CycloneDX 1.6 JSON, built with the CycloneDX project's own
 * library (the model, its normaliser and serialiser; its validator checks the published schema).
 * One `library` component per module (the installed extension), one per crate compiled in; each
 * module's dependency entry lists every crate that went into it. Deterministic: lists sorted,
 * no random serial number, and the timestamp given by the caller (SOURCE_DATE_EPOCH when set).
 */
// Subpath imports: the package root also loads its schema resources through __dirname, which an
// ESM bundle does not have (and the SBOM is only built here, never validated).
import * as Enums from "@cyclonedx/cyclonedx-library/Enums";
import * as Models from "@cyclonedx/cyclonedx-library/Models";
import * as Serialize from "@cyclonedx/cyclonedx-library/Serialize";
import * as Spec from "@cyclonedx/cyclonedx-library/Spec";
import { type CrateEntry, crateKey, sourceKind } from "./crate.js";
import type { SbomModule, SbomOptions } from "./sbom-inputs.js";

/** Property names, in the `oxidize:` namespace CycloneDX leaves to tools. */
const PROPERTY = {
  source: "oxidize:crate:source",
  buildScript: "oxidize:crate:build-script",
  procMacro: "oxidize:crate:proc-macro",
  module: "oxidize:module",
} as const;

/** `pkg:cargo/<name>@<version>`: the purl type cargo packages have. */
export function cargoPurl(name: string, version: string): string {
  return `pkg:cargo/${encodeURIComponent(name)}@${encodeURIComponent(version)}`;
}

function crateRef(crate: CrateEntry): string {
  // Two crates of one name and version from different sources are two components.
  return sourceKind(crate.source) === "registry" ? crateKey(crate) : `${crateKey(crate)} ${crate.source}`;
}

function crateComponent(crate: CrateEntry): Models.Component {
  const component = new Models.Component(Enums.ComponentType.Library, crate.name, {
    bomRef: crateRef(crate),
    version: crate.version,
    purl: cargoPurl(crate.name, crate.version),
    // "excluded": ran at build time (a proc-macro, a build script's dependency), not shipped.
    scope: crate.kind === "normal" ? Enums.ComponentScope.Required : Enums.ComponentScope.Excluded,
  });
  if (crate.checksum) component.hashes.set(Enums.HashAlgorithm["SHA-256"], crate.checksum);
  if (crate.license) component.licenses.add(new Models.LicenseExpression(crate.license));
  else if (crate.licenseFile) component.licenses.add(new Models.NamedLicense(`file: ${crate.licenseFile}`));
  component.properties.add(new Models.Property(PROPERTY.source, crate.source));
  component.properties.add(new Models.Property(PROPERTY.buildScript, String(crate.buildScript)));
  component.properties.add(new Models.Property(PROPERTY.procMacro, String(crate.procMacro)));
  return component;
}

/** The BOM model: modules and crates as components, each module depending on its crates. */
export function buildBom(modules: readonly SbomModule[], options: SbomOptions): Models.Bom {
  const crates = new Map<string, Models.Component>();
  const root = new Models.Component(Enums.ComponentType.Application, options.name, {
    bomRef: `project ${options.name}`,
  });
  const bom = new Models.Bom();
  bom.metadata.timestamp = options.timestamp;
  bom.metadata.component = root;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, options.tool.name, {
      version: options.tool.version,
    }),
  );
  for (const module of modules) {
    const component = new Models.Component(Enums.ComponentType.Library, module.module, {
      bomRef: `module ${module.module}`,
      version: module.version,
      purl: cargoPurl(module.package, module.version),
      scope: Enums.ComponentScope.Required,
    });
    component.properties.add(new Models.Property(PROPERTY.module, module.module));
    if (module.artifact)
      component.properties.add(new Models.Property("oxidize:module:artifact", module.artifact));
    for (const crate of module.crates) {
      if (crate.name === module.package && sourceKind(crate.source) === "path") continue; // the module itself
      const ref = crateRef(crate);
      let entry = crates.get(ref);
      if (!entry) {
        entry = crateComponent(crate);
        crates.set(ref, entry);
        bom.components.add(entry);
      }
      component.dependencies.add(entry.bomRef);
    }
    bom.components.add(component);
    root.dependencies.add(component.bomRef);
  }
  return bom;
}

/** The CycloneDX 1.6 JSON text of the SBOM, sorted and indented, ending in a newline. */
export function cyclonedxJson(modules: readonly SbomModule[], options: SbomOptions): string {
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return `${serializer.serialize(buildBom(modules, options), { sortLists: true, space: 2 })}\n`;
}
