import { describe, expect, it } from "vitest";
import { normalizeLicense, packageIdSource } from "../src/crate.js";

describe("crate facts", () => {
  it.each([
    [
      "registry+https://index.example/#libc@0.2.139",
      { kind: "registry", location: "https://index.example/" },
    ],
    ["sparse+https://index.example/#libc@0.2.139", { kind: "sparse", location: "https://index.example/" }],
    ["path+file:///ws/crates/ok#0.1.0", { kind: "path", location: "file:///ws/crates/ok" }],
    [
      "git+https://host.example/x?rev=abc#x@1.0.0",
      { kind: "git", location: "https://host.example/x?rev=abc" },
    ],
    [
      "libc 0.2.139 (registry+https://index.example/)",
      { kind: "registry", location: "https://index.example/" },
    ],
  ])("the source of %s", (id, expected) => {
    expect(packageIdSource(id)).toEqual(expected);
  });

  it.each([
    ["MIT/Apache-2.0", "MIT OR Apache-2.0"],
    ["MIT / Apache-2.0", "MIT OR Apache-2.0"],
    ["Apache-2.0 WITH LLVM-exception OR MIT", "Apache-2.0 WITH LLVM-exception OR MIT"],
    ["  Zlib ", "Zlib"],
  ])("licence %s reads as %s", (license, expected) => {
    expect(normalizeLicense(license)).toBe(expected);
  });
});
