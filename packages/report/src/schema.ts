import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formatsModule, { type FormatsPlugin } from "ajv-formats";
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

// ajv-formats is CommonJS with `exports.default`; this reads the plugin under both NodeNext and ncc.
const addFormats: FormatsPlugin =
  (formatsModule as unknown as { default?: FormatsPlugin }).default ??
  (formatsModule as unknown as FormatsPlugin);

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv, ["date-time"]);
    compiled = ajv.compile(resultJsonSchema);
  }
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
export function validateResult(json: unknown): ValidationOutcome {
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
  const validate = validator();
  if (validate(json)) return { valid: true, result: json as unknown as ActionResult };
  const errors = [...new Set((validate.errors ?? []).map(describe))];
  return { valid: false, errors };
}

/** Parses and validates the text of a result file; throws ResultValidationError naming `file`. */
export function parseResult(text: string, file: string): ActionResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ResultValidationError(file, [
      `not JSON: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  const outcome = validateResult(json);
  if (!outcome.valid) throw new ResultValidationError(file, outcome.errors);
  return outcome.result;
}
