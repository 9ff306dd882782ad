export * from "./aggregate.js";
export * from "./aggregate-render.js";
export { loadAjv } from "./ajv.js";
export * from "./annotations.js";
export * from "./check-run.js";
export { type DependencyRow, dependencyRows, dependencyTable } from "./dependencies.js";
export * from "./head-sha.js";
export * from "./limits.js";
export {
  bytes,
  CONCLUSION_ICON,
  cell,
  duration,
  location,
  MODULE_STATE_ICON,
  matrixValues,
  reasonBullet,
  table,
} from "./markdown.js";
export * from "./publish-check-run.js";
export * from "./result.js";
export * from "./schema.js";
export { headline, modulesTable, renderResultMarkdown, renderSummary } from "./summary.js";
