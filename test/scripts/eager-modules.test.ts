/**
 * The entry-chunk rewrite (scripts/eager-modules): each module function of webpack's module map goes in
 * parentheses, nothing else changes, the bundle still runs, and every action's committed bundle has it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { eagerModuleFactories, ModuleMapNotFoundError } from "../../scripts/eager-modules/eager-modules.js";

const root = join(import.meta.dirname, "..", "..");
// The shape ncc emits: a module map, a require function, the entry's call.
const bundle = [
  'var t={12:(e,t,n)=>{e.exports={x:"(e)=>{}"}},34:function(e,t,n){const o=n(12);e.exports=()=>o.x+1}};',
  "var r={};function req(e){if(r[e])return r[e].exports;const m=r[e]={exports:{}};t[e](m,m.exports,req);return m.exports}",
  "result=req(34)();",
].join("\n");

describe("eagerModuleFactories", () => {
  it("puts each module function in parentheses and changes nothing else", () => {
    const { text, wrapped } = eagerModuleFactories(bundle);
    expect(wrapped).toBe(2);
    expect(text.split("\n")[0]).toBe(
      'var t={12:((e,t,n)=>{e.exports={x:"(e)=>{}"}}),34:(function(e,t,n){const o=n(12);e.exports=()=>o.x+1})};',
    );
    expect(text.split("\n").slice(1)).toEqual(bundle.split("\n").slice(1));
    const context = { result: undefined };
    runInNewContext(text, context);
    expect(context.result).toBe("(e)=>{}1");
  });

  it("leaves a bundle it already rewrote as it is", () => {
    const once = eagerModuleFactories(bundle).text;
    expect(eagerModuleFactories(once)).toEqual({ text: once, wrapped: 0 });
  });

  it("refuses a file without a module map, so a changed bundler fails the build", () => {
    expect(() => eagerModuleFactories("var t={a:1};console.log(t)")).toThrow(ModuleMapNotFoundError);
    expect(() => eagerModuleFactories('var t={1:(e)=>{},2:"x"};')).toThrow(/no webpack module map/);
  });

  it.each(["build-rust-modules", "cargo-cache", "configure-policy", "report", "setup-rust"])(
    "is applied to %s's committed entry chunk",
    (action) => {
      const text = readFileSync(join(root, "actions", action, "dist", "index.js"), "utf8");
      expect(eagerModuleFactories(text).wrapped).toBe(0);
    },
  );
});
