/**
 * Rewrites a bundle's entry chunk in place so V8 compiles its module functions with the file (see
 * eager-modules.ts). Run by every action's bundle script after `ncc build`:
 *   node --import tsx ../../scripts/eager-modules/main.ts dist/index.js
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { eagerModuleFactories, ModuleMapNotFoundError } from "./eager-modules.js";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: eager-modules/main.ts <dist/index.js>");
  process.exit(2);
}
try {
  const { text } = eagerModuleFactories(readFileSync(file, "utf8"));
  writeFileSync(`${file}.partial`, text);
  renameSync(`${file}.partial`, file);
} catch (error) {
  if (!(error instanceof ModuleMapNotFoundError)) throw error;
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}
