/**
 * GitHub Actions expressions, evaluated by GitHub's own library (`@actions/expressions`, the
 * evaluator behind the Actions language services) rather than by patterns: `${{ … }}` in `with:`,
 * `env:`, `run:`, `runs-on:` and `if:` conditions of the README workflows the harness runs.
 *
 * Templates come from `@actions/workflow-parser`'s token tree, which has already turned
 * `echo "${{ a }} and ${{ b }}"` into `format('echo "{0} and {1}"', a, b)` exactly as GitHub does,
 * and an `if:` without a status function into `success() && (…)`. What is left here is the
 * contexts (`github`, `runner`, `matrix`, `steps`, `env`, `inputs`, …), the runner's status
 * functions, and walking an expression's syntax tree for the `steps.<id>.outputs.<name>` it reads.
 */
import { data, Evaluator, type Expr, Lexer, Parser } from "@actions/expressions";
import { ContextAccess, FunctionCall, IndexAccess, Literal } from "@actions/expressions/ast";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { truthy } from "@actions/expressions/result";
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from "@actions/workflow-parser";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/index";

/** The named contexts a step's expressions may use. */
export const CONTEXT_NAMES = [
  "github",
  "env",
  "vars",
  "job",
  "jobs",
  "steps",
  "runner",
  "secrets",
  "strategy",
  "matrix",
  "needs",
  "inputs",
] as const;

/** Plain JSON for each context, e.g. `{ matrix: { os: "ubuntu-latest" }, steps: { … } }`. */
export type Contexts = Partial<Record<(typeof CONTEXT_NAMES)[number], unknown>>;

/** What the status functions answer: the job so far (a step's `if:`) or its needs (a job's `if:`). */
export interface JobStatus {
  failed: boolean;
  cancelled: boolean;
}

export const SUCCEEDING: JobStatus = { failed: false, cancelled: false };

/** The runner's status functions (success(), failure(), cancelled(), always()) and hashFiles. */
function runnerFunctions(status: JobStatus): Map<string, FunctionDefinition> {
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name.toLowerCase(),
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) },
  ];
  return new Map([
    fn("success", () => !status.failed && !status.cancelled),
    fn("failure", () => status.failed),
    fn("cancelled", () => status.cancelled),
    fn("always", () => true),
    [
      "hashfiles",
      {
        name: "hashFiles",
        minArgs: 1,
        maxArgs: 255,
        call: () => {
          throw new Error("hashFiles() is not evaluated by the harness");
        },
      },
    ],
  ]);
}

const FUNCTION_INFOS = [...runnerFunctions(SUCCEEDING).values()].map(({ name, minArgs, maxArgs }) => ({
  name,
  minArgs,
  maxArgs,
}));

/** Parses one expression (no `${{ }}`); throws GitHub's own error for a malformed one. */
export function parseExpression(expression: string): Expr {
  const { tokens } = new Lexer(expression).lex();
  return new Parser(tokens, [...CONTEXT_NAMES], FUNCTION_INFOS).parse();
}

function contextData(contexts: Contexts): data.Dictionary {
  const dictionary = new data.Dictionary();
  for (const name of CONTEXT_NAMES) {
    const value = contexts[name] ?? {};
    dictionary.add(name, JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData);
  }
  return dictionary;
}

export function evaluate(
  expression: string,
  contexts: Contexts,
  status: JobStatus = SUCCEEDING,
): data.ExpressionData {
  return new Evaluator(
    parseExpression(expression),
    contextData(contexts),
    runnerFunctions(status),
  ).evaluate();
}

/** An `if:` as GitHub evaluates it (the parser's converted condition already has its status function). */
export function evaluateCondition(expression: string, contexts: Contexts, status: JobStatus): boolean {
  return truthy(evaluate(expression, contexts, status));
}

/** An expression's value as plain JSON (the runner's conversion of objects and arrays). */
export function toPlain(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

/** A token of the parsed workflow as plain JSON, its expressions evaluated. */
export function evaluateToken(token: TemplateToken, contexts: Contexts, status?: JobStatus): unknown {
  if (isString(token) || isNumber(token) || isBoolean(token)) return token.value;
  if (isBasicExpression(token)) return toPlain(evaluate(token.expression, contexts, status));
  if (isSequence(token)) {
    const items: unknown[] = [];
    for (let i = 0; i < token.count; i++) items.push(evaluateToken(token.get(i), contexts, status));
    return items;
  }
  if (isMapping(token)) {
    const object: Record<string, unknown> = {};
    for (const { key, value } of token)
      object[String(evaluateToken(key, contexts, status))] = evaluateToken(value, contexts, status);
    return object;
  }
  return null; // NullToken
}

/** A token as the string an input, an env variable or a script receives. */
export function tokenString(token: TemplateToken, contexts: Contexts, status?: JobStatus): string {
  if (isBasicExpression(token)) return evaluate(token.expression, contexts, status).coerceString();
  const value = evaluateToken(token, contexts, status);
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Every expression a token holds (a `format(…)` template counts as one). */
export function expressionsIn(token: TemplateToken | undefined): string[] {
  if (!token) return [];
  if (isBasicExpression(token)) return [token.expression];
  const found: string[] = [];
  if (isSequence(token)) for (let i = 0; i < token.count; i++) found.push(...expressionsIn(token.get(i)));
  if (isMapping(token))
    for (const { key, value } of token) found.push(...expressionsIn(key), ...expressionsIn(value));
  return found;
}

/** `a.b['c']` as ['a', 'b', 'c'] when every index is a literal; undefined otherwise. */
function accessPath(node: Expr): string[] | undefined {
  if (node instanceof ContextAccess) return [node.name.lexeme];
  if (node instanceof IndexAccess && node.index instanceof Literal) {
    const parent = accessPath(node.expr);
    return parent && [...parent, node.index.literal.coerceString()];
  }
  return undefined;
}

function children(node: Expr): Expr[] {
  const n = node as unknown as Record<string, unknown>;
  return ["expr", "left", "right", "group", "index", "args"]
    .flatMap((key) => (Array.isArray(n[key]) ? (n[key] as Expr[]) : n[key] ? [n[key] as Expr] : []))
    .filter((child) => typeof (child as { accept?: unknown }).accept === "function");
}

function walk(node: Expr, visit: (node: Expr) => boolean): void {
  if (!visit(node)) return;
  for (const child of children(node)) walk(child, visit);
}

export interface OutputReference {
  step: string;
  output: string;
}

/** Every `steps.<id>.outputs.<name>` an expression reads. */
export function stepOutputReferences(expression: string): OutputReference[] {
  const found: OutputReference[] = [];
  walk(parseExpression(expression), (node) => {
    const path = accessPath(node);
    if (path?.[0]?.toLowerCase() === "steps" && path.length >= 4 && path[2] === "outputs") {
      found.push({ step: path[1]!, output: path[3]! });
      return false;
    }
    return true;
  });
  return found;
}

/** The string literals of an expression: the values a comparison in it can be decided by. */
export function stringLiterals(expression: string): string[] {
  const found = new Set<string>();
  walk(parseExpression(expression), (node) => {
    if (node instanceof Literal && node.literal.kind === data.Kind.String)
      found.add(node.literal.coerceString());
    return !(node instanceof FunctionCall && node.functionName.lexeme.toLowerCase() === "hashfiles");
  });
  return [...found];
}

/**
 * Whether a condition can be true for some outcome of the steps before it, without running them
 * (the static check of macOS and Windows legs): each `steps.<id>.outputs.<name>` it reads takes,
 * in turn, every string the condition compares with plus '', 'true' and 'false', and the job
 * status both succeeding and failing. Conditions that only read `runner`/`matrix` are decided.
 */
export function conditionCanHold(expression: string, contexts: Contexts): boolean {
  const refs = stepOutputReferences(expression);
  const candidates = [...new Set(["", "true", "false", ...stringLiterals(expression)])];
  const keys = [...new Map(refs.map((r) => [`${r.step}\0${r.output}`, r])).values()];
  const combos = candidates.length ** keys.length;
  if (combos > 4096) return true; // too many to enumerate: assume it may run
  for (const status of [SUCCEEDING, { failed: true, cancelled: false }]) {
    for (let combo = 0; combo < combos; combo++) {
      const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> =
        {};
      let rest = combo;
      for (const { step, output } of keys) {
        steps[step] ??= { outputs: {}, outcome: "success", conclusion: "success" };
        const entry = steps[step];
        entry.outputs[output] = candidates[rest % candidates.length]!;
        rest = Math.floor(rest / candidates.length);
      }
      if (
        evaluateCondition(
          expression,
          { ...contexts, steps: { ...(contexts.steps as object), ...steps } },
          status,
        )
      )
        return true;
    }
  }
  return false;
}
