import { parseJsonText } from "@oxidize/core";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { FormatsPlugin } from "ajv-formats";
import { loadAjv } from "./ajv.js";
import { type ActionResult, RESULT_SCHEMA } from "./result.js";

/**
 * JSON Schema (draft-07) of `oxidize/result@1`. Additional top-level properties are rejected so
 * a typo in a producer shows up at the consumer; `details` and `facts` stay open because they are
 * each action's own payload.
 */
export const resultJsonSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://oxidize.dev/schemas/result-1.json",
  title: "oxidize/result@1",
  type: "object",
  additionalProperties: false,
  required: [
    "schema",
    "action",
    "conclusion",
    "title",
    "facts",
    "reasons",
    "details",
    "timings",
    "startedAt",
    "finishedAt",
  ],
  properties: {
    schema: { const: RESULT_SCHEMA },
    action: { enum: ["configure-policy", "setup-rust", "build-rust-modules"] },
    conclusion: { enum: ["success", "neutral", "failure", "skipped"] },
    title: { type: "string", minLength: 1 },
    facts: {
      type: "object",
      additionalProperties: { type: ["string", "number", "boolean", "null"] },
    },
    reasons: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["level", "code", "message"],
        properties: {
          level: { enum: ["notice", "warning", "failure"] },
          code: { type: "string", minLength: 1 },
          message: { type: "string" },
          file: { type: "string", minLength: 1 },
          line: { type: "integer", minimum: 1 },
          endLine: { type: "integer", minimum: 1 },
          column: { type: "integer", minimum: 1 },
          title: { type: "string" },
          primary: { type: "boolean" },
        },
      },
    },
    details: {},
    modules: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "state"],
        properties: {
          name: { type: "string", minLength: 1 },
          state: { enum: ["built", "skipped", "failed", "missing", "disabled", "n/a"] },
          message: { type: "string" },
          fallback: { type: "string" },
          artifact: { type: "string" },
          bytes: { type: "integer", minimum: 0 },
          seconds: { type: "number", minimum: 0 },
          configure: { enum: ["yes", "missing", "disabled", "n/a"] },
          crates: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name", "version", "source", "buildScript", "procMacro", "kind"],
              properties: {
                // Cargo's own rules for names, so a hostile result cannot put Markdown in the table.
                name: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
                version: { type: "string", pattern: "^[0-9A-Za-z.+-]+$" },
                source: { type: "string", pattern: "^(registry|(vendored|path|git):.+)$" },
                checksum: { type: "string", pattern: "^[0-9a-f]{64}$" },
                license: { type: "string" },
                licenseFile: { type: "string" },
                buildScript: { type: "boolean" },
                procMacro: { type: "boolean" },
                kind: { enum: ["normal", "build"] },
                advisories: { type: "array", items: { type: "string", minLength: 1 } },
                allowed: { type: "boolean" },
              },
            },
          },
        },
      },
    },
    timings: { type: "object", additionalProperties: { type: "number", minimum: 0 } },
    matrix: { type: "object" },
    startedAt: { type: "string", format: "date-time" },
    finishedAt: { type: "string", format: "date-time" },
  },
} as const;

/** A result file that is not a valid `oxidize/result@1`; `errors` are one line each. */
export class ResultValidationError extends Error {
  override name = "ResultValidationError";
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`${file} is not a valid ${RESULT_SCHEMA} result:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  }
}

export type ValidationOutcome = { valid: true; result: ActionResult } | { valid: false; errors: string[] };

let compiled: Promise<ValidateFunction> | undefined;

/**
 * ajv loads on first use: every action bundles this package, and most runs never validate a
 * result, so they should not pay for ajv at start-up.
 */
function validator(): Promise<ValidateFunction> {
  compiled ??= (async () => {
    const [Ajv, formatsModule] = await Promise.all([loadAjv(), import("ajv-formats")]);
    // ajv-formats is CommonJS with `exports.default`; this reads the plugin under both NodeNext and ncc.
    const namespace = formatsModule as unknown as { default?: FormatsPlugin | { default?: FormatsPlugin } };
    const addFormats = (
      typeof namespace.default === "function" ? namespace.default : namespace.default?.default
    ) as FormatsPlugin;
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv, ["date-time"]);
    return ajv.compile(resultJsonSchema);
  })();
  return compiled;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === "" ? "(root)" : error.instancePath;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties")
    return `${where}: unknown property '${String(params["additionalProperty"])}'`;
  if (error.keyword === "enum")
    return `${where}: must be one of ${(params["allowedValues"] as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  if (error.keyword === "const") return `${where}: must be ${JSON.stringify(params["allowedValue"])}`;
  return `${where}: ${error.message ?? error.keyword}`;
}

/** Checks any parsed JSON against `oxidize/result@1`; errors name the JSON path and what was expected. */
export async function validateResult(json: unknown): Promise<ValidationOutcome> {
  if (
    typeof json === "object" &&
    json !== null &&
    "schema" in json &&
    typeof json.schema === "string" &&
    json.schema !== RESULT_SCHEMA
  ) {
    // A newer or foreign schema: say so instead of listing every property that differs.
    return {
      valid: false,
      errors: [`/schema: '${json.schema}' is not supported; this reader understands '${RESULT_SCHEMA}'`],
    };
  }
  const validate = await validator();
  if (validate(json)) return { valid: true, result: json as unknown as ActionResult };
  const errors = [...new Set((validate.errors ?? []).map(describe))];
  return { valid: false, errors };
}

/** Parses and validates the text of a result file; throws ResultValidationError naming `file`. */
export async function parseResult(text: string, file: string): Promise<ActionResult> {
  const parsed = parseJsonText(text);
  if ("problem" in parsed) throw new ResultValidationError(file, [parsed.problem]);
  const outcome = await validateResult(parsed.value);
  if (!outcome.valid) throw new ResultValidationError(file, outcome.errors);
  return outcome.result;
}
