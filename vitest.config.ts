import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitest/config";
import { inProcessSettings } from "./test/harness/vitest-config.js";

const root = import.meta.dirname;

/** One project per action, named after its package, set up for the in-process run() tests. */
const actionProjects = readdirSync(join(root, "actions"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const dir = join(root, "actions", entry.name);
    const { name } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string };
    const { plugins, test } = inProcessSettings();
    return { plugins, test: { ...test, name, root: dir } };
  });

export default defineConfig({
  test: {
    projects: ["packages/*", ...actionProjects, "test"],
  },
});
