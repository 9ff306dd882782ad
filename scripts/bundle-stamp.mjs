#!/usr/bin/env node
/**
 * What the bundles were built from, by content: a record of the hash of every bundle input and of
 * the bundles themselves, written right after a build. The bundles are stale when either hash
 * differs from the record — an edited source, or a bundle restored with `git checkout` after the
 * build (file times cannot tell those apart; contents can).
 *
 *   node scripts/bundle-stamp.mjs write    record the current state (the last step of `pnpm bundle`)
 *   node scripts/bundle-stamp.mjs check    print why the bundles are stale and exit 1, else exit 0
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// Beside pnpm's own caches: never committed, gone with node_modules.
const stampFile = join(root, "node_modules", ".cache", "oxidize-bundle-stamp.json");

function walk(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => walk(join(path, name)));
}

/** What the bundles are built from: sources, the assets copied next to them, metadata, the lockfile. */
function bundleInputs() {
  // The notices generator writes each bundle's dist/licenses.txt; the patches change bundled code.
  const files = [
    join(root, "pnpm-lock.yaml"),
    ...walk(join(root, "scripts", "notices")),
    ...walk(join(root, "patches")),
  ];
  for (const [parent, entries] of [
    ["actions", ["src", "matchers", "scripts", "action.yml", "package.json"]],
    ["packages", ["src", "data", "keys", "package.json"]],
  ]) {
    for (const name of readdirSync(join(root, parent))) {
      for (const entry of entries) files.push(...walk(join(root, parent, name, entry)));
    }
  }
  return files;
}

function bundles() {
  return [
    ...readdirSync(join(root, "actions")).map((name) => join(root, "actions", name, "dist", "index.js")),
    join(root, "packages", "cli", "dist", "index.js"),
  ];
}

function digest(files) {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : "(missing)");
    hash.update("\0");
  }
  return hash.digest("hex");
}

export function currentStamp() {
  return { inputs: digest(bundleInputs()), bundles: digest(bundles()) };
}

export function writeStamp() {
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${JSON.stringify(currentStamp())}\n`);
}

/** Why the bundles must be rebuilt, or undefined when they are what the current inputs build. */
export function staleReason() {
  const missing = bundles().find((file) => !existsSync(file));
  if (missing) return `${relative(root, missing)} is missing`;
  if (!existsSync(stampFile)) return "no record of what the bundles were built from";
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return "the record of what the bundles were built from is unreadable";
  }
  const now = currentStamp();
  if (recorded.inputs !== now.inputs) return "their sources changed since the last build";
  if (recorded.bundles !== now.bundles) return "a bundle changed since the last build (restored from git?)";
  return undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === "write") writeStamp();
  else if (command === "check") {
    const reason = staleReason();
    if (reason) {
      console.log(`bundles are stale: ${reason}`);
      process.exitCode = 1;
    }
  } else {
    console.error("usage: node scripts/bundle-stamp.mjs write|check");
    process.exitCode = 2;
  }
}
