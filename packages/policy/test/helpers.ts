import { platformFacts } from "../src/platforms/index.js";
import type { Facts, WithRust } from "../src/types.js";
import { parsePythonVersion } from "../src/version.js";

export interface FactsSpec {
  python: string;
  /** "missing", or the rustc release found. */
  rust?: "missing" | string;
  withRust?: WithRust;
  flag?: string;
  triplet?: string;
  msrv?: string;
  installedTargets?: string[];
}

/** Facts as the facts helper would produce them for a detected toolchain (or none). */
export function makeFacts(spec: FactsSpec): Facts {
  const rust = spec.rust ?? "missing";
  const withRust = spec.withRust ?? "default";
  const flag =
    spec.flag ?? (withRust === "yes" ? "--with-rust=yes" : withRust === "no" ? "--with-rust=no" : undefined);
  const facts: Facts = {
    python: { ...parsePythonVersion(spec.python), source: "test" },
    rust:
      rust === "missing"
        ? { available: false, cargo: {}, rustc: {} }
        : {
            available: true,
            cargo: { path: "/opt/rust/bin/cargo", source: "PATH" },
            rustc: { path: "/opt/rust/bin/rustc", source: "PATH" },
            release: rust,
            ...(spec.installedTargets ? { installedTargets: spec.installedTargets } : {}),
          },
    platform: platformFacts(spec.triplet ?? "x86_64-pc-linux-gnu"),
    configure: { withRust, args: flag ? [flag] : [], ...(flag ? { flag } : {}) },
  };
  if (spec.msrv) facts.msrv = { version: spec.msrv, source: "Cargo.toml rust-version" };
  return facts;
}
