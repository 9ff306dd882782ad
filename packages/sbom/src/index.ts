// What went into the Rust modules: the crate inventory's vocabulary, the CycloneDX SBOM, RustSec
// advisories and the policy's dependency allow-list. Pure, apart from reading the advisory db.
export {
  type Advisory,
  AdvisoryDbError,
  type AdvisoryHit,
  advisoryMessage,
  firstFixed,
  isAffected,
  matchAdvisories,
  parseAdvisory,
  readAdvisories,
} from "./advisories.js";
export {
  type AllowedCrate,
  AllowListError,
  checkAllowed,
  type NotAllowed,
  notAllowedMessage,
} from "./allow-list.js";
export {
  type CrateEntry,
  type CrateKind,
  crateKey,
  normalizeLicense,
  packageIdSource,
  sourceKind,
} from "./crate.js";
export { cargoRange, RequirementError, satisfiesCargo } from "./requirement.js";
// The CycloneDX writer is `@oxidize/sbom/cyclonedx`: its library is large and only an SBOM needs it.
export { type SbomModule, type SbomOptions, sbomTimestamp } from "./sbom-inputs.js";
