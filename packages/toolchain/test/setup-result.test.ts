import { renderSummary, validateResult } from "@oxidize/report";
import { describe, expect, it } from "vitest";
import { renderExtraSummary, type SetupDetails, setupResult } from "../src/setup/result.js";

const details: SetupDetails = {
  available: true,
  toolchain: "1.95.0-x86_64-unknown-linux-gnu",
  source: "toolchain-file",
  reason: "overridden by '/w/rust-toolchain.toml'",
  file: "/w/rust-toolchain.toml",
  profile: "minimal",
  components: ["clippy"],
  targets: ["wasm32-wasip1"],
  installer: "dist",
  distServer: "https://static.rust-lang.org",
  cacheHit: false,
  cachekey: "k",
  bytesDownloaded: 3 * 1024 * 1024,
  rustcVerbose: "rustc 1.95.0 (59807616e 2026-04-14)\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0",
  rustcVersion: "1.95.0",
  host: "x86_64-unknown-linux-gnu",
};
const times = { startedAt: new Date("2026-01-01T00:00:00Z"), finishedAt: new Date("2026-01-01T00:00:05Z") };
const valid = (result: unknown) => validateResult(JSON.parse(JSON.stringify(result)));

describe("setupResult", () => {
  it("produces a valid oxidize/result@1 report", async () => {
    const result = setupResult({ details, reasons: [], timings: { resolve: 3, install: 4000 }, ...times });
    expect(await valid(result)).toMatchObject({ valid: true });
    expect(result).toMatchObject({
      action: "setup-rust",
      conclusion: "success",
      title: "Rust 1.95.0 (dist, cache miss)",
    });
  });

  it("is neutral when an optional toolchain is unavailable, failure when the step failed", async () => {
    const unavailable = setupResult({
      details: { ...details, available: false },
      reasons: [],
      timings: {},
      ...times,
    });
    expect(unavailable.conclusion).toBe("neutral");
    const failed = setupResult({
      details,
      reasons: [],
      timings: {},
      failure: "sha256 mismatch\nmore",
      ...times,
    });
    expect(failed).toMatchObject({ conclusion: "failure", reasons: [] });
    expect(failed.title).toContain("could not be set up: sha256 mismatch");
    expect(await valid(failed)).toMatchObject({ valid: true });
  });

  it("a failure before resolution still makes a valid report", async () => {
    const early = setupResult({
      details: {
        available: true,
        toolchain: "stable",
        components: [],
        targets: [],
        distServer: "x",
        cacheHit: false,
      },
      reasons: [],
      timings: {},
      failure: "not pinned",
      ...times,
    });
    expect(await valid(early)).toMatchObject({ valid: true });
  });
});

describe("the job summary", () => {
  it("shows toolchain, source, components, targets, installer, cache, bytes and phases; rustc -vV in full", () => {
    const result = setupResult({ details, reasons: [], timings: { resolve: 3, install: 4000 }, ...times });
    const md = renderSummary(result) + renderExtraSummary(result);
    for (const text of [
      "1.95.0-x86_64-unknown-linux-gnu",
      "toolchain-file: overridden by '/w/rust-toolchain.toml'",
      "release: 1.95.0",
      "| components | clippy |",
      "| targets | wasm32-wasip1 |",
      "| installer | dist |",
      "| cache | miss |",
      "| downloaded | 3.0 MiB |",
      "| install |",
    ]) {
      expect(md).toContain(text);
    }
  });

  it("says rustup does not report download sizes", () => {
    const result = setupResult({
      details: {
        ...details,
        installer: "rustup",
        bytesDownloaded: undefined,
        cacheHit: true,
        cacheSource: "rustup",
      },
      reasons: [],
      timings: {},
      ...times,
    });
    expect(result.facts).toMatchObject({ downloaded: "not reported by rustup", cache: "hit (rustup)" });
  });
});
