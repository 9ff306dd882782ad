import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "e2e",
    include: ["**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    server: {
      deps: {
        // It imports its schema JSON without an import attribute, which Node 20 refuses;
        // letting Vite transform it handles the JSON import.
        inline: ["@actions/workflow-parser"],
      },
    },
  },
});
