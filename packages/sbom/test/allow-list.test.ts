import { describe, expect, it } from "vitest";
import { AllowListError, checkAllowed, notAllowedMessage } from "../src/allow-list.js";

const crates = [
  { name: "zlib-rs", version: "0.5.2", source: "vendored:vendor/zlib-rs" },
  { name: "libc", version: "0.2.139", source: "registry" },
  { name: "libc", version: "0.2.139", source: "registry" },
  { name: "evil", version: "1.0.0", source: "git:https://example.invalid/evil" },
  { name: "_zlib", version: "0.1.0", source: "path:Modules/_zlib" },
];

describe("dependency allow-list", () => {
  it("lets listed crates in the listed versions pass, and the project's own path crates", () => {
    expect(
      checkAllowed(crates, [
        { name: "zlib-rs", version: "0.5" },
        { name: "libc" },
        { name: "evil", version: "=1.0.0" },
      ]),
    ).toEqual([]);
  });

  it("names each refused crate once, with what the list allows", () => {
    const refused = checkAllowed(crates, [{ name: "zlib-rs", version: ">= 0.4, < 0.5" }, { name: "libc" }]);
    expect(refused).toEqual([
      {
        crate: { name: "evil", version: "1.0.0", source: "git:https://example.invalid/evil" },
        allowedVersions: [],
      },
      {
        crate: { name: "zlib-rs", version: "0.5.2", source: "vendored:vendor/zlib-rs" },
        allowedVersions: [">= 0.4, < 0.5"],
      },
    ]);
    expect(notAllowedMessage(refused[1]!, "policy.yml")).toBe(
      "zlib-rs 0.5.2 (vendored:vendor/zlib-rs) is not an allowed dependency: the policy allows zlib-rs only as " +
        ">= 0.4, < 0.5. Add it to dependencies.allow in policy.yml after review, or remove the dependency.",
    );
    expect(notAllowedMessage(refused[0]!, "policy.yml")).toMatch(
      /evil is not in the policy's dependencies.allow list/,
    );
  });

  it("refuses an entry whose version is not a cargo requirement", () => {
    expect(() => checkAllowed(crates, [{ name: "libc", version: "latest" }])).toThrow(AllowListError);
  });
});
