import { describe, expect, it } from "vitest";
import {
  byteLength,
  bytes,
  CHECK_OUTPUT_LIMIT_CHARS,
  renderSummary,
  STEP_SUMMARY_LIMIT_BYTES,
  truncateLine,
  truncateWithNote,
} from "../src/index.js";
import { sampleResult } from "./sample.js";

describe("truncateWithNote", () => {
  it("keeps text of exactly the limit untouched and cuts one more", () => {
    const exact = "x".repeat(CHECK_OUTPUT_LIMIT_CHARS);
    expect(truncateWithNote(exact, CHECK_OUTPUT_LIMIT_CHARS, "characters", "summary")).toBe(exact);
    const over = `${exact}y`;
    const cut = truncateWithNote(over, CHECK_OUTPUT_LIMIT_CHARS, "characters", "summary");
    expect(cut.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT_CHARS);
    expect(cut).toMatch(
      /Truncated: \d+ more characters not shown \(summary is limited to 65535 characters\)/,
    );
  });

  it("reports exactly how much was omitted", () => {
    const text = "a".repeat(1000);
    const cut = truncateWithNote(text, 500, "characters", "t");
    const omitted = Number(/Truncated: (\d+)/.exec(cut)?.[1]);
    expect(cut.indexOf("\n\n> [!WARNING]") + omitted).toBe(1000);
  });

  it("counts UTF-8 bytes for the step summary and never splits a character", () => {
    // 4-byte characters straddling the limit: a byte cut would land mid-character.
    const text = "🦀".repeat(STEP_SUMMARY_LIMIT_BYTES / 4 + 1);
    const cut = truncateWithNote(text, STEP_SUMMARY_LIMIT_BYTES, "bytes", "summary");
    expect(byteLength(cut)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(cut).not.toContain("\uFFFD");
    expect(cut.startsWith("🦀🦀")).toBe(true);
    const exact = "🦀".repeat(STEP_SUMMARY_LIMIT_BYTES / 4);
    expect(truncateWithNote(exact, STEP_SUMMARY_LIMIT_BYTES, "bytes", "summary")).toBe(exact);
  });

  it("never leaves half a surrogate pair when counting characters", () => {
    const cut = truncateWithNote(`a${"🦀".repeat(100)}`, 120, "characters", "t");
    expect(cut.length).toBeLessThanOrEqual(120);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });

  it("prefers to cut at a line break so table rows stay whole", () => {
    const rows = Array.from({ length: 100 }, (_, i) => `| row ${i} | value |`).join("\n");
    const cut = truncateWithNote(rows, 1000, "characters", "t");
    const kept = cut.slice(0, cut.indexOf("\n\n> [!WARNING]"));
    expect(kept.split("\n").every((line) => /^\| row \d+ \| value \|$/.test(line))).toBe(true);
  });
});

describe("truncateLine", () => {
  it("flattens and cuts with an ellipsis", () => {
    expect(truncateLine("a\nb", 10)).toBe("a b");
    expect(truncateLine("abcdefghij", 5)).toBe("abcd…");
  });
});

describe("renderSummary", () => {
  it("renders headline, facts, reasons, modules and timings", () => {
    const md = renderSummary(
      sampleResult({
        matrix: { os: "ubuntu-latest", python: "3.15" },
        modules: [{ name: "_base64", state: "missing" }],
      }),
    );
    expect(md).toContain("### ⚠️ configure-policy: warn: configure: WARNING: Rust is missing");
    expect(md).toContain("(ubuntu-latest, 3.15)");
    expect(md).toContain("| python | 3.15 |");
    expect(md).toContain("`rust-missing`");
    expect(md).toContain("(`configure.ac:42`)");
    expect(md).toContain("| `_base64` | ⚠️ missing | — |");
    expect(md).toContain("| **total** | 1.5 s |");
  });

  it("escapes table cells", () => {
    const md = renderSummary(sampleResult({ facts: { flags: "--with-rust=no | <b>\nx" } }));
    expect(md).toContain("| flags | --with-rust=no \\| &lt;b><br>x |");
  });

  it("stays within 1 MiB with a note when the result is huge", () => {
    const big = sampleResult({
      reasons: Array.from({ length: 20_000 }, (_, i) => ({
        level: "warning" as const,
        code: "w",
        message: `warning number ${i} ${"é".repeat(40)}`,
      })),
    });
    const md = renderSummary(big);
    expect(byteLength(md)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/Truncated: \d+ more bytes not shown/);
  });
});

describe("bytes", () => {
  it.each([
    [0, "0 B"],
    [1536, "1.5 KiB"],
    [5 * 1024 ** 3, "5.0 GiB"],
  ])("bytes(%d) = %s", (count, text) => {
    expect(bytes(count)).toBe(text);
  });
});
