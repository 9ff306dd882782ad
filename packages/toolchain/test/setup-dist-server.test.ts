import { describe, expect, it } from "vitest";
import { chooseDistServer } from "../src/setup/dist-server.js";

describe("chooseDistServer", () => {
  it.each([
    ["https://static.rust-lang.org", {}, "https://static.rust-lang.org", "default"],
    [
      "https://static.rust-lang.org",
      { RUSTUP_DIST_SERVER: "http://127.0.0.1:9/" },
      "http://127.0.0.1:9",
      "RUSTUP_DIST_SERVER",
    ],
    [
      undefined,
      { RUSTUP_DIST_SERVER: "https://mirror.example/rust/dist" },
      "https://mirror.example/rust",
      "RUSTUP_DIST_SERVER",
    ],
    ["https://mirror.example/", { RUSTUP_DIST_SERVER: "http://other" }, "https://mirror.example", "input"],
    [undefined, { RUSTUP_DIST_SERVER: "" }, "https://static.rust-lang.org", "default"],
  ] as const)("input %s with env %j → %s (%s)", (input, env, server, source) => {
    expect(chooseDistServer(input, env)).toEqual({ distServer: server, distServerSource: source });
  });

  it("rejects something that is not a URL, naming the input", () => {
    expect(() => chooseDistServer("mirror.example", {})).toThrow(
      /Input 'dist-server' must be an http\(s\) URL/,
    );
    expect(() => chooseDistServer(undefined, { RUSTUP_DIST_SERVER: "ftp://x" })).toThrow(/must use https/);
  });
});
