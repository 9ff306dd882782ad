// Runs after ncc: the bundle resolves data files relative to itself (import.meta.dirname = dist/),
// so the problem matchers and, when the repository ships one, the Rust release key go next to it.
import { copyFileSync, cpSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
cpSync(join(root, "matchers"), join(root, "dist", "matchers"), { recursive: true });
const key = join(root, "..", "..", "packages", "toolchain", "keys", "rust-release-key.asc");
if (existsSync(key)) {
  mkdirSync(join(root, "dist", "keys"), { recursive: true });
  copyFileSync(key, join(root, "dist", "keys", "rust-release-key.asc"));
}
