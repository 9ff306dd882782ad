/**
 * A stand-in for api.github.com, which cannot be reached from here: a loopback HTTP server that
 * judges every request by GitHub's official OpenAPI description (`@octokit/openapi`,
 * generated/api.github.com.json) the way GitHub would — unknown route or method → 404, missing
 * credentials → 401, a body that does not match the operation's requestBody schema → 422 with the
 * validation errors — records every call, answers the Checks API with plausible check runs, and
 * can be told to fail (403 "Resource not accessible by integration", 404, 422, 500, or a secondary
 * rate limit with Retry-After) or misbehave (never answer, or stall half-way through the body)
 * for given operations a given number of times.
 *
 * Schemas are compiled lazily per operation (the description is 13 MB; compiling all of it would
 * take seconds), with only the components each operation references; the parsed description is
 * cached for the life of the process.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formatsModule, { type FormatsPlugin } from "ajv-formats";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Operation {
  operationId: string;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  responses?: JsonObject;
}

interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Json>;
    parameters: Record<string, JsonObject>;
    requestBodies?: Record<string, JsonObject>;
  };
}

interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  literals: number;
  item: Record<string, Operation>;
}

/**
 * An HTTP error, or a misbehaving API: "stall" accepts the connection and reads the request but
 * never answers; "stall-body" sends the status line, the headers and the first bytes of the body,
 * then nothing more. Neither closes the connection (close() does).
 */
export type Fault = 403 | 404 | 422 | 500 | "secondary-rate-limit" | "stall" | "stall-body";

export interface FaultRule {
  /** e.g. "checks/create"; omit to match any operation. */
  operationId?: string;
  method?: string;
  fault: Fault;
  /** How many matching requests fail; Infinity by default. */
  times?: number;
  /** Seconds, for "secondary-rate-limit" (default 1). */
  retryAfter?: number;
}

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The OpenAPI path template matched, e.g. "/repos/{owner}/{repo}/check-runs". */
  route?: string;
  operationId?: string;
  params: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  response: unknown;
}

export interface CheckRunRecord {
  id: number;
  owner: string;
  repo: string;
  body: JsonObject;
  annotations: JsonObject[];
  updates: number;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Misbehave: send nothing ("headers"), or the headers and half the body ("body"). */
  stall?: "headers" | "body";
}

const require = createRequire(import.meta.url);
const addFormats: FormatsPlugin =
  (formatsModule as unknown as { default?: FormatsPlugin }).default ??
  (formatsModule as unknown as FormatsPlugin);

let descriptionPromise: Promise<{ description: Description; routes: Route[] }> | undefined;

/** Path of GitHub's OpenAPI description for api.github.com inside @octokit/openapi. */
export function openApiDescriptionPath(): string {
  return require.resolve("@octokit/openapi/generated/api.github.com.json");
}

function buildRoutes(description: Description): Route[] {
  const routes = Object.entries(description.paths).map(([template, item]) => {
    const names: string[] = [];
    const segments = template.split("/").map((segment) =>
      segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
        names.push(name);
        return "([^/]+)";
      }),
    );
    const literals = template.split("/").filter((s) => s !== "" && !s.includes("{")).length;
    return { template, pattern: new RegExp(`^${segments.join("/")}$`), names, literals, item };
  });
  // `/check-runs/{id}` and `/check-runs/rerequest` both match; GitHub routes to the literal one.
  return routes.sort((a, b) => b.literals - a.literals);
}

/** Loads (once per process) and indexes GitHub's description. */
export function loadDescription(): Promise<{ description: Description; routes: Route[] }> {
  descriptionPromise ??= readFile(openApiDescriptionPath(), "utf8").then((text) => {
    const description = JSON.parse(text) as Description;
    return { description, routes: buildRoutes(description) };
  });
  return descriptionPromise;
}

const COMPONENT_REF = /^#\/components\/schemas\/(.+)$/;

/**
 * An OpenAPI 3.0 schema as a self-contained JSON Schema for ajv: `#/components/schemas/X` refs
 * become `#/definitions/X` (only the components reached are copied), and `nullable` without a
 * `type` — which ajv's own `nullable` support refuses — becomes `anyOf [schema, null]`.
 */
export function toJsonSchema(schema: Json, components: Record<string, Json>): JsonObject {
  const definitions: Record<string, Json> = {};
  const pending: string[] = [];
  const convert = (node: Json, isMap = false): Json => {
    if (Array.isArray(node)) return node.map((n) => convert(n));
    if (node === null || typeof node !== "object") return node;
    const out: JsonObject = {};
    if (isMap) {
      // `properties` and friends: keys are names chosen by GitHub, values are schemas.
      for (const [key, value] of Object.entries(node)) out[key] = convert(value);
      return out;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "example" || key === "examples" || key === "discriminator" || key === "xml") continue;
      if (key === "properties" || key === "patternProperties") {
        out[key] = convert(value, true);
        continue;
      }
      if (key === "$ref" && typeof value === "string") {
        const name = COMPONENT_REF.exec(value)?.[1];
        if (name !== undefined) {
          if (!(name in definitions) && !pending.includes(name)) pending.push(name);
          out[key] = `#/definitions/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
          continue;
        }
      }
      out[key] = convert(value);
    }
    if (out["nullable"] === true && out["type"] === undefined) {
      const { nullable: _nullable, ...rest } = out;
      return { anyOf: [rest, { type: "null" }] };
    }
    return out;
  };
  const root = convert(schema) as JsonObject;
  while (pending.length) {
    const name = pending.shift() as string;
    definitions[name] = null; // reserve before converting: schemas refer to themselves
    definitions[name] = convert(components[name] ?? {});
  }
  return Object.keys(definitions).length ? { ...root, definitions } : root;
}

function newAjv(): Ajv {
  // OpenAPI-compatible settings: unknown keywords (readOnly, deprecated, x-…) ignored, every error.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const format of ["int32", "int64", "float", "double", "byte", "binary", "password"]) {
    ajv.addFormat(format, true);
  }
  return ajv;
}

let ajvInstance: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

async function compileFor(key: string, schema: () => Json): Promise<ValidateFunction> {
  let validate = validators.get(key);
  if (!validate) {
    const { description } = await loadDescription();
    ajvInstance ??= newAjv();
    validate = ajvInstance.compile(toJsonSchema(schema(), description.components.schemas));
    validators.set(key, validate);
  }
  return validate;
}

function jsonSchemaOf(content: Json | undefined): Json | undefined {
  if (content === null || typeof content !== "object" || Array.isArray(content)) return undefined;
  const json = content["application/json"];
  if (json === null || typeof json !== "object" || Array.isArray(json)) return undefined;
  return json["schema"];
}

/** Validates a JSON response body against the description, for tests of the double's own answers. */
export async function validateResponse(
  operationId: string,
  status: number,
  body: unknown,
): Promise<string[]> {
  const { routes } = await loadDescription();
  for (const route of routes) {
    for (const operation of Object.values(route.item)) {
      if (operation.operationId !== operationId) continue;
      const response = operation.responses?.[String(status)] as JsonObject | undefined;
      const schema = jsonSchemaOf(response?.["content"]);
      if (schema === undefined) return [`${operationId} has no JSON response for ${status}`];
      const validate = await compileFor(`response ${operationId} ${status}`, () => schema);
      return validate(body) ? [] : (validate.errors ?? []).map(formatError);
    }
  }
  return [`unknown operation ${operationId}`];
}

function formatError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const extra = error.keyword === "additionalProperties" ? ` '${String(params["additionalProperty"])}'` : "";
  return `${error.instancePath || "(root)"} ${error.message ?? error.keyword}${extra}`;
}

const DOCS = "https://docs.github.com/rest";

export class GitHubDouble {
  readonly calls: RecordedCall[] = [];
  readonly checkRuns = new Map<number, CheckRunRecord>();
  private faults: (FaultRule & { left: number })[] = [];
  private nextId = 4_000_000_001;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  /** Starts on 127.0.0.1 on a free port; the description is loaded before it answers. */
  static async start(): Promise<GitHubDouble> {
    await loadDescription();
    let double: GitHubDouble | undefined;
    const server = createServer((req, res) => {
      void double?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    double = new GitHubDouble(server, `http://127.0.0.1:${port}`);
    return double;
  }

  /** Makes matching requests fail (after routing and auth, before body validation, like GitHub's permission check). */
  fail(rule: FaultRule): void {
    this.faults.push({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY });
  }

  /** Forgets calls, check runs and faults, for reuse across tests. */
  reset(): void {
    this.calls.length = 0;
    this.checkRuns.clear();
    this.faults = [];
  }

  callsTo(operationId: string): RecordedCall[] {
    return this.calls.filter((c) => c.operationId === operationId);
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.closeAllConnections();
      this.server.close((error) => (error ? reject(error) : resolve()));
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.url);
    const method = (req.method ?? "GET").toUpperCase();
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]),
    );
    let body: unknown;
    try {
      body = raw === "" ? undefined : JSON.parse(raw);
    } catch {
      body = raw; // kept as text; an operation expecting JSON answers 400
    }
    const call: RecordedCall = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      params: {},
      headers,
      body,
      status: 0,
      response: undefined,
    };
    this.calls.push(call);
    let answer: Answer;
    try {
      answer = await this.answer(call, raw);
    } catch (error) {
      answer = { status: 500, body: { message: `github-double bug: ${String(error)}` } };
    }
    call.status = answer.status;
    call.response = answer.body;
    if (answer.stall === "headers") return; // status 0 in the record: nothing was sent
    const payload = answer.body === undefined ? "" : JSON.stringify(answer.body);
    const sent = {
      "content-type": "application/json; charset=utf-8",
      "x-github-media-type": "github.v3; format=json",
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      ...answer.headers,
    };
    if (answer.stall === "body") {
      // The length promises the whole answer; only its first half ever comes.
      res.writeHead(answer.status, { ...sent, "content-length": String(Buffer.byteLength(payload)) });
      res.write(payload.slice(0, Math.floor(payload.length / 2)));
      return;
    }
    res.writeHead(answer.status, sent);
    res.end(payload);
  }

  private async answer(call: RecordedCall, raw: string): Promise<Answer> {
    const { description, routes } = await loadDescription();
    let matched: { route: Route; params: Record<string, string> } | undefined;
    for (const route of routes) {
      const m = route.pattern.exec(call.path);
      if (!m) continue;
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? "")]));
      matched = { route, params };
      break;
    }
    const operation = matched?.route.item[call.method.toLowerCase()];
    if (!matched || !operation) return notFound();
    call.route = matched.route.template;
    call.operationId = operation.operationId;
    call.params = matched.params;

    if (!/^(token|bearer) \S+$/i.test(call.headers["authorization"] ?? "")) {
      return {
        status: 401,
        body: { message: "Requires authentication", documentation_url: DOCS, status: "401" },
      };
    }

    // Path parameters: GitHub answers 404 when one does not fit (e.g. a non-numeric check_run_id).
    for (const parameter of operation.parameters ?? []) {
      const resolved = resolveParameter(parameter, description);
      if (resolved["in"] !== "path") continue;
      const name = String(resolved["name"]);
      const value = matched.params[name];
      const schema = resolved["schema"] as JsonObject | undefined;
      if (value === undefined || schema === undefined) continue;
      const coerced = schema["type"] === "integer" || schema["type"] === "number" ? Number(value) : value;
      const validate = await compileFor(`param ${operation.operationId} ${name}`, () => schema);
      if (!validate(coerced)) return notFound();
    }

    const fault = this.faults.find(
      (f) =>
        f.left > 0 &&
        (f.operationId === undefined || f.operationId === operation.operationId) &&
        (f.method === undefined || f.method.toUpperCase() === call.method),
    );
    if (fault) {
      fault.left--;
      if (fault.fault === "stall") return { status: 0, body: undefined, stall: "headers" };
      if (fault.fault === "stall-body") {
        // The answer GitHub would give, of which only the start is sent.
        const answer = this.respond(operation.operationId, matched.params, call.body as JsonObject);
        return { ...answer, stall: "body" };
      }
      return faultResponse(fault, operation.operationId);
    }

    const bodySchema = jsonSchemaOf(operation.requestBody?.["content"]);
    if (operation.requestBody && bodySchema !== undefined) {
      if (raw.trim() === "") {
        if (operation.requestBody["required"] === true) return invalid(["(root) request body is required"]);
      } else {
        try {
          JSON.parse(raw);
        } catch {
          return {
            status: 400,
            body: { message: "Problems parsing JSON", documentation_url: DOCS, status: "400" },
          };
        }
        const validate = await compileFor(`body ${operation.operationId}`, () => bodySchema);
        if (!validate(call.body)) return invalid((validate.errors ?? []).map(formatError));
      }
    }
    return this.respond(operation.operationId, matched.params, call.body as JsonObject);
  }

  private respond(
    operationId: string,
    params: Record<string, string>,
    body: JsonObject,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const owner = params["owner"] ?? "";
    const repo = params["repo"] ?? "";
    switch (operationId) {
      case "checks/create": {
        const id = this.nextId++;
        // Copies: the recorded call must keep showing what was sent, whatever PATCHes do later.
        const stored = structuredClone(body);
        this.checkRuns.set(id, {
          id,
          owner,
          repo,
          body: stored,
          annotations: [...annotationsOf(stored)],
          updates: 0,
        });
        return { status: 201, body: this.checkRunView(id) };
      }
      case "checks/update":
      case "checks/get": {
        const record = this.checkRuns.get(Number(params["check_run_id"]));
        if (!record || record.owner !== owner || record.repo !== repo) return notFound();
        if (operationId === "checks/update") {
          const { output, ...rest } = body;
          // Annotations append; every other field replaces.
          record.annotations.push(...structuredClone(annotationsOf(body)));
          const merged: JsonObject = { ...record.body, ...structuredClone(rest) };
          if (output && typeof output === "object" && !Array.isArray(output)) {
            const { annotations: _ignored, ...outputRest } = output;
            merged["output"] = { ...(record.body["output"] as JsonObject), ...structuredClone(outputRest) };
          }
          record.body = merged;
          record.updates++;
        }
        return { status: 200, body: this.checkRunView(record.id) };
      }
      default:
        return {
          status: 501,
          body: { message: `github-double: ${operationId} is a valid request but has no canned answer` },
        };
    }
  }

  /** A check run as GitHub returns it (valid against the description's `check-run` schema). */
  checkRunView(id: number): JsonObject {
    const record = this.checkRuns.get(id);
    if (!record) throw new Error(`no check run ${id}`);
    const { body, owner, repo } = record;
    const output = (body["output"] ?? {}) as JsonObject;
    const completed = body["conclusion"] !== undefined || body["status"] === "completed";
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    return {
      id,
      node_id: Buffer.from(`CheckRun${id}`).toString("base64"),
      head_sha: body["head_sha"] ?? "",
      external_id: body["external_id"] ?? "",
      url: `${this.url}/repos/${owner}/${repo}/check-runs/${id}`,
      html_url: `https://github.com/${owner}/${repo}/runs/${id}`,
      details_url: body["details_url"] ?? `https://github.com/${owner}/${repo}/runs/${id}`,
      status: completed ? "completed" : (body["status"] ?? "queued"),
      conclusion: body["conclusion"] ?? null,
      started_at: body["started_at"] ?? now,
      completed_at: completed ? (body["completed_at"] ?? now) : null,
      output: {
        title: output["title"] ?? null,
        summary: output["summary"] ?? null,
        text: output["text"] ?? null,
        annotations_count: record.annotations.length,
        annotations_url: `${this.url}/repos/${owner}/${repo}/check-runs/${id}/annotations`,
      },
      name: body["name"] ?? "",
      check_suite: { id: 5_000_000_001 },
      app: null,
      pull_requests: [],
    };
  }
}

function annotationsOf(body: JsonObject | undefined): JsonObject[] {
  const output = body?.["output"];
  if (!output || typeof output !== "object" || Array.isArray(output)) return [];
  const annotations = output["annotations"];
  return Array.isArray(annotations) ? (annotations as JsonObject[]) : [];
}

function resolveParameter(parameter: JsonObject, description: Description): JsonObject {
  const ref = parameter["$ref"];
  if (typeof ref !== "string") return parameter;
  const name = /^#\/components\/parameters\/(.+)$/.exec(ref)?.[1];
  return (name !== undefined ? description.components.parameters[name] : undefined) ?? parameter;
}

function notFound(): { status: number; body: unknown } {
  return { status: 404, body: { message: "Not Found", documentation_url: DOCS, status: "404" } };
}

function invalid(errors: string[]): { status: number; body: unknown } {
  return {
    status: 422,
    body: {
      message: `Invalid request.\n\n${errors.join("\n")}`,
      errors,
      documentation_url: DOCS,
      status: "422",
    },
  };
}

function faultResponse(
  fault: FaultRule,
  operationId: string,
): { status: number; body: unknown; headers?: Record<string, string> } {
  switch (fault.fault) {
    case "stall":
    case "stall-body":
      throw new Error(`github-double: ${fault.fault} has no response`);
    case 403:
      return {
        status: 403,
        // GitHub names the permission the token lacked in this header.
        headers: operationId.startsWith("checks/") ? { "x-accepted-github-permissions": "checks=write" } : {},
        body: { message: "Resource not accessible by integration", documentation_url: DOCS, status: "403" },
      };
    case 404:
      return notFound();
    case 422:
      return invalid(["injected validation failure"]);
    case 500:
      return { status: 500, body: { message: "Server Error" } };
    case "secondary-rate-limit":
      return {
        status: 403,
        headers: { "retry-after": String(fault.retryAfter ?? 1) },
        body: {
          message:
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
          documentation_url:
            "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          status: "403",
        },
      };
  }
}
