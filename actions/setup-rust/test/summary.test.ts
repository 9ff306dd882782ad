import { validateResult } from "@oxidize/report";
import { describe, expect, it } from "vitest";
import { buildResult, formatBytes, renderSummary, type SetupDetails } from "../src/summary.js";

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

describe("buildResult", () => {
  it("produces a valid oxidize/result@1 report", () => {
    const result = buildResult({ details, reasons: [], timings: { resolve: 3, install: 4000 }, ...times });
    expect(validateResult(JSON.parse(JSON.stringify(result)))).toMatchObject({ valid: true });
    expect(result).toMatchObject({ action: "setup-rust", conclusion: "success" });
  });

  it("is neutral when an optional toolchain is unavailable, failure with a failure reason", () => {
    const unavailable = buildResult({
      details: { ...details, available: false },
      reasons: [],
      timings: {},
      ...times,
    });
    expect(unavailable.conclusion).toBe("neutral");
    const failed = buildResult({
      details,
      reasons: [{ level: "failure", code: "install-failed", message: "sha256 mismatch" }],
      timings: {},
      ...times,
    });
    expect(failed.conclusion).toBe("failure");
    expect(validateResult(JSON.parse(JSON.stringify(failed)))).toMatchObject({ valid: true });
  });
});

describe("renderSummary", () => {
  it("shows toolchain, source, rustc -vV, components, targets, installer, cache, bytes and phases", () => {
    const md = renderSummary(
      buildResult({ details, reasons: [], timings: { resolve: 3, install: 4000 }, ...times }),
    );
    for (const text of [
      "`1.95.0-x86_64-unknown-linux-gnu`",
      "toolchain-file — overridden by '/w/rust-toolchain.toml'",
      "release: 1.95.0",
      "`clippy`",
      "`wasm32-wasip1`",
      "dist from `https://static.rust-lang.org`",
      "miss, key `k`",
      "3.0 MiB",
      "| install | 4.00 s |",
    ]) {
      expect(md).toContain(text);
    }
  });
});

it.each([
  [0, "0 B"],
  [1536, "1.5 KiB"],
  [5 * 1024 ** 3, "5.0 GiB"],
])("formatBytes(%d) = %s", (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});
