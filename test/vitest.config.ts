import { defineConfig } from "vitest/config";
import { skipDependencySourcemaps } from "./harness/vitest-config.js";

// @actions/workflow-parser imports its schema JSON without an import attribute, which Node 20
// refuses; letting Vite transform it (inline) handles the JSON import.
const inline = ["@actions/workflow-parser"];

export default defineConfig({
  plugins: [skipDependencySourcemaps(inline)],
  test: {
    name: "e2e",
    include: ["**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    server: { deps: { inline } },
  },
});
