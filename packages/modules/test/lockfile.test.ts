import { describe, expect, it } from "vitest";
import { closureHas, dependencyClosure, parseLockfile } from "../src/index.js";

const lock = parseLockfile(`
version = 4

[[package]]
name = "a"
version = "0.1.0"
dependencies = ["shared 1.0.0", "leaf"]

[[package]]
name = "b"
version = "0.1.0"
dependencies = ["shared 2.0.0"]

[[package]]
name = "shared"
version = "1.0.0"

[[package]]
name = "shared"
version = "2.0.0"
dependencies = ["leaf"]

[[package]]
name = "leaf"
version = "0.3.0"
`)!;

describe("dependencyClosure", () => {
  it("follows name-only and name-version entries, telling versions apart", () => {
    expect([...dependencyClosure(lock, { name: "a" })].sort()).toEqual([
      "a@0.1.0",
      "leaf@0.3.0",
      "shared@1.0.0",
    ]);
    const b = dependencyClosure(lock, { name: "b", version: "0.1.0" });
    expect(closureHas(b, { name: "shared", version: "2.0.0" })).toBe(true);
    expect(closureHas(b, { name: "shared", version: "1.0.0" })).toBe(false);
    expect(closureHas(b, { name: "leaf" })).toBe(true);
    expect(closureHas(b, { name: "a" })).toBe(false);
  });

  it("reads nothing from a file that is not a lock file", () => {
    expect(parseLockfile("not = [toml")).toBeUndefined();
    expect(parseLockfile("x = 1")).toBeUndefined();
  });
});
