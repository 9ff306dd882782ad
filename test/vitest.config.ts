import { defineConfig } from "vitest/config";
import { inProcessSettings } from "./harness/vitest-config.js";

// @actions/workflow-parser imports its schema JSON without an import attribute, which Node 20
// refuses; letting Vite transform it (inline) handles the JSON import.
const { plugins, test } = inProcessSettings(["@actions/workflow-parser"]);

export default defineConfig({
  plugins,
  test: {
    ...test,
    name: "e2e",
    include: ["**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // The bundled layer runs actions/*/dist: rebuilt first when the sources are newer, and run
    // with the runner's Node 24. The PyO3 fixture's crates and the zlib
    // backend's vendor directory come from Debian, fetched once.
    globalSetup: [
      "./harness/bundles-up-to-date.ts",
      "./harness/action-node-setup.ts",
      "./harness/pyo3-crates-setup.ts",
      "./harness/zlib-rs-vendor-setup.ts",
      "./harness/cpython-tree-setup.ts",
    ],
  },
});
