import { describe, expect, it } from "vitest";
import { inert } from "../src/index.js";

describe("inert", () => {
  it.each([
    ["::warning::x", ":\u200b:warning::x"],
    ["  ::add-path::/evil", "  :\u200b:add-path::/evil"],
    ["a\n::error::b\r\n::debug::c\rd", "a\n:\u200b:error::b\n:\u200b:debug::c\nd"],
    ["##[warning]legacy ##[error]twice", "##\u200b[warning]legacy ##\u200b[error]twice"],
    ["text :: with colons", "text :: with colons"],
    ["", ""],
  ])("%j", (text, expected) => {
    expect(inert(text)).toBe(expected);
  });
});
