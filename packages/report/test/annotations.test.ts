import { describe, expect, it } from "vitest";
import { repositoryPath, selectAnnotations } from "../src/index.js";
import { reasons, sampleResult } from "./sample.js";

describe("selectAnnotations", () => {
  it("prints everything when within GitHub's per-kind limit", () => {
    const selection = selectAnnotations(sampleResult({ reasons: reasons(10) }));
    expect(selection.annotations).toHaveLength(10);
    expect(selection.notice).toBeUndefined();
    expect(selection.annotations[0]).toEqual({
      kind: "error",
      message: "message 0 [code-0]",
      properties: { file: "Modules/m0.rs", startLine: 1, endLine: 1 },
    });
  });

  it("keeps 10 per kind, located first, failures first, and counts the rest in one notice", () => {
    const mixed = [
      ...reasons(4, (i) => ({ code: `floating-${i}`, file: undefined, line: undefined })),
      ...reasons(12),
      ...reasons(3, (i) => ({ level: "warning", code: `warn-${i}` })),
      ...reasons(15, (i) => ({ level: "notice", code: `note-${i}` })),
    ];
    const selection = selectAnnotations(sampleResult({ reasons: mixed }));
    const kinds = selection.annotations.map((a) => a.kind);
    expect(kinds.filter((k) => k === "error")).toHaveLength(10);
    expect(kinds.filter((k) => k === "warning")).toHaveLength(3);
    // 9 notices + the count notice: the count costs a notice slot.
    expect(kinds.filter((k) => k === "notice")).toHaveLength(10);
    expect(kinds.indexOf("warning")).toBeGreaterThan(kinds.lastIndexOf("error"));
    // The located failures won over the floating ones, which were listed first.
    const errors = selection.annotations.filter((a) => a.kind === "error");
    expect(errors.every((a) => a.properties.file !== undefined)).toBe(true);
    expect(selection.dropped).toEqual({ error: 6, warning: 0, notice: 6 });
    expect(selection.annotations.at(-1)).toBe(selection.notice);
    expect(selection.notice?.message).toMatch(/^12 more annotations not shown \(6 errors, 6 notices\)/);
  });

  it("honours a smaller job budget", () => {
    const selection = selectAnnotations(sampleResult({ reasons: reasons(8) }), { total: 5 });
    expect(selection.annotations).toHaveLength(5);
    expect(selection.dropped.error).toBe(4);
    expect(selection.notice?.message).toMatch(/^4 more annotations/);
  });

  it("leaves reserved slots to the step's other output", () => {
    const notes = reasons(10, () => ({ level: "notice" }));
    const plain = selectAnnotations(sampleResult({ reasons: notes }));
    expect(plain.notice).toBeUndefined();
    const reserved = selectAnnotations(sampleResult({ reasons: notes }), { reserved: { notice: 1 } });
    // 10 notices no longer fit: 8 + the count notice + the reserved one = 10.
    expect(reserved.annotations.filter((a) => a.kind === "notice")).toHaveLength(9);
    expect(reserved.dropped.notice).toBe(2);
  });

  it("passes columns only for single-line ranges", () => {
    const [one, range] = selectAnnotations(
      sampleResult({ reasons: reasons(2, (i) => ({ column: 5, endLine: i === 0 ? 1 : 9 })) }),
    ).annotations;
    expect(one?.properties).toEqual({ file: "Modules/m0.rs", startLine: 1, endLine: 1, startColumn: 5 });
    expect(range?.properties).toEqual({ file: "Modules/m1.rs", startLine: 2, endLine: 9 });
  });
});

describe("repositoryPath", () => {
  it("makes files inside the workspace relative to it, and leaves others alone", () => {
    expect(repositoryPath("/ws/Modules/_base64/src/lib.rs", "/ws")).toBe("Modules/_base64/src/lib.rs");
    expect(repositoryPath("Modules/x.rs", "/ws")).toBe("Modules/x.rs");
    expect(repositoryPath("/elsewhere/rust-toolchain.toml", "/ws")).toBe("/elsewhere/rust-toolchain.toml");
    expect(repositoryPath("/ws-other/x", "/ws")).toBe("/ws-other/x");
  });
});
