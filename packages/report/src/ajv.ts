type AjvClass = typeof import("ajv").Ajv;

/**
 * The Ajv class, loaded on first use: every action bundles the packages that validate JSON, and
 * most runs never validate anything, so none should pay for ajv at start-up. Node exposes the
 * class as a named export of the CommonJS package; a bundler's interop may only give `default`
 * (the module.exports object, which is the class).
 */
export async function loadAjv(): Promise<AjvClass> {
  const m = (await import("ajv")) as unknown as { Ajv?: unknown; default?: { Ajv?: unknown } | AjvClass };
  const found = [m.Ajv, (m.default as { Ajv?: unknown } | undefined)?.Ajv, m.default].find(
    (candidate) => typeof candidate === "function",
  );
  if (!found) throw new Error("ajv did not load: no Ajv class in the module");
  return found as AjvClass;
}
