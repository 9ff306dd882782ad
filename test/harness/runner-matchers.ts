/**
 * A faithful port of how the Actions runner applies problem matchers to a step's output
 * (actions/runner src/Runner.Worker/IssueMatcher.cs and Handlers/OutputManager.cs), so the
 * matcher JSON can be tested against real compiler output without a runner:
 * - the newest registered matcher is tried first; the first one that yields a match wins and
 *   resets the others' multi-line state;
 * - multi-line patterns keep a running match per pattern, iterating patterns in reverse;
 *   a `loop` last pattern keeps the running match alive;
 * - the runner's colour stripping regex is `\x0033\[[0-9;]*m?`, which in .NET reads as NUL
 *   followed by "33[", so ANSI colour codes reach the matchers unstripped; we reproduce that;
 * - severity empty → error, "warning" → warning, anything else is dropped; an empty message
 *   is dropped; `file` is rooted at the workspace and kept only when it exists inside it.
 *
 * `replay` reads a whole step log the way OutputManager does: a line that is a workflow command
 * is executed (`add-matcher`, `remove-matcher`, annotations, `stop-commands` and its resume
 * token) and never matched; every other line — including command-like lines while commands are
 * stopped — goes through the matchers registered at that moment. The registrations outlive the
 * step, so replaying several steps' logs on one instance is a job.
 */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { type Annotation, parseWorkflowCommands } from "./workflow-commands.js";

interface PatternConfig {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  code?: number;
  message?: number;
  fromPath?: number;
  loop?: boolean;
}

interface MatcherConfig {
  owner: string;
  severity?: string;
  pattern: PatternConfig[];
}

type Field = "file" | "line" | "column" | "severity" | "code" | "message" | "fromPath";
const FIELDS: Field[] = ["file", "line", "column", "severity", "code", "message", "fromPath"];
type Match = Partial<Record<Field, string>>;

export interface MatchedIssue {
  owner: string;
  type: "error" | "warning";
  message: string;
  file?: string;
  line?: number;
  column?: number;
  code?: string;
}

/** What a step's log made, as replay tells them apart: a command's annotation or a matcher's. */
export type RunnerIssue = ({ source: "command" } & Annotation) | ({ source: "matcher" } & MatchedIssue);

class Matcher {
  readonly owner: string;
  private readonly severity: string;
  private readonly patterns: { config: PatternConfig; regex: RegExp }[];
  private state: (Match | undefined)[] = [];

  constructor(config: MatcherConfig) {
    this.owner = config.owner;
    this.severity = config.severity ?? "";
    this.patterns = config.pattern.map((p) => ({ config: p, regex: new RegExp(p.regexp) }));
    validate(config);
    this.reset();
  }

  reset(): void {
    this.state = new Array(this.patterns.length - 1).fill(undefined);
  }

  private build(
    running: Match | undefined,
    pattern: PatternConfig,
    groups: RegExpExecArray,
    withDefault: boolean,
  ) {
    const match: Match = {};
    for (const field of FIELDS) {
      const index = pattern[field];
      const own = index !== undefined && index < groups.length ? (groups[index] ?? "") : undefined;
      const value = running?.[field] ?? own;
      if (value !== undefined) match[field] = value;
    }
    if (withDefault && !match.severity && this.severity) match.severity = this.severity;
    return match;
  }

  match(line: string): Match | undefined {
    if (this.patterns.length === 1) {
      const { config, regex } = this.patterns[0]!;
      const groups = regex.exec(line);
      return groups ? this.build(undefined, config, groups, true) : undefined;
    }
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      const running = i > 0 ? this.state[i - 1] : undefined;
      if (i !== 0 && running === undefined) continue;
      const { config, regex } = this.patterns[i]!;
      const isLast = i === this.patterns.length - 1;
      const groups = regex.exec(line);
      if (groups) {
        if (isLast) {
          this.reset();
          if (config.loop) this.state[i - 1] = running;
          return this.build(running, config, groups, true);
        }
        this.state[i] = this.build(running, config, groups, false);
      } else if (isLast) {
        this.state[i - 1] = undefined;
      } else {
        this.state[i] = undefined;
      }
    }
    return undefined;
  }
}

/** The runner's own config checks (IssueMatcherConfig.Validate), so a bad file fails here too. */
function validate(config: MatcherConfig): void {
  if (!config.owner) throw new Error("Owner must not be empty");
  if (!["", "error", "warning", "notice"].includes((config.severity ?? "").toLowerCase())) {
    throw new Error(`Matcher '${config.owner}' contains unexpected default severity '${config.severity}'`);
  }
  if (config.pattern.length === 0) throw new Error(`Matcher '${config.owner}' does not contain any patterns`);
  const seen = new Set<Field>();
  config.pattern.forEach((pattern, i) => {
    const isFirst = i === 0;
    const isLast = i === config.pattern.length - 1;
    if (pattern.loop && (isFirst || !isLast)) throw new Error("Only the last pattern may set 'loop'");
    if (pattern.loop && pattern.message === undefined) throw new Error("The loop pattern must set 'message'");
    const groupCount = new RegExp(`${pattern.regexp}|`).exec("")!.length;
    for (const field of FIELDS) {
      const index = pattern[field];
      if (index === undefined) continue;
      if (seen.has(field)) throw new Error(`The property '${field}' is set twice`);
      if (index < 0 || index >= groupCount)
        throw new Error(`The property '${field}' is set to an out-of-range group`);
      seen.add(field);
    }
  });
  if (!seen.has("message")) throw new Error("At least one pattern must set 'message'");
}

export class RunnerMatchers {
  private matchers: Matcher[] = [];

  constructor(private readonly workspace: string) {}

  /** `::add-matcher::path`: prepends each matcher of the file, replacing any with the same owner. */
  add(path: string): void {
    const config = JSON.parse(readFileSync(path, "utf8")) as { problemMatcher: MatcherConfig[] };
    const owners = new Set(config.problemMatcher.map((m) => m.owner.toLowerCase()));
    if (owners.size !== config.problemMatcher.length) throw new Error(`Duplicate owner name in ${path}`);
    for (const matcher of config.problemMatcher) {
      this.matchers = [
        new Matcher(matcher),
        ...this.matchers.filter((m) => m.owner.toLowerCase() !== matcher.owner.toLowerCase()),
      ];
    }
  }

  /** `::remove-matcher owner=…::` (or `::remove-matcher::path`, every owner of that file). */
  remove(owner: string | undefined, path?: string): void {
    const owners = new Set<string>();
    if (owner) owners.add(owner.toLowerCase());
    else if (path) {
      const config = JSON.parse(readFileSync(path, "utf8")) as { problemMatcher: MatcherConfig[] };
      for (const m of config.problemMatcher) owners.add(m.owner.toLowerCase());
    }
    this.matchers = this.matchers.filter((m) => !owners.has(m.owner.toLowerCase()));
  }

  /** The owners registered now, newest first. */
  get owners(): string[] {
    return this.matchers.map((m) => m.owner);
  }

  /**
   * A step's log as the runner reads it (see the header comment): the annotations its commands
   * made and the issues the matchers made, in log order.
   */
  replay(output: string): RunnerIssue[] {
    const issues: RunnerIssue[] = [];
    let stopToken: string | undefined;
    for (const line of output.split(/\r?\n/)) {
      const command = /^::([A-Za-z0-9_-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
      if (command && stopToken !== undefined) {
        if (command[1] === stopToken) {
          stopToken = undefined;
          continue;
        }
      } else if (command) {
        const name = command[1]!;
        if (name === "stop-commands") stopToken = command[3];
        else if (name === "add-matcher") this.add(command[3]!);
        else if (name === "remove-matcher") {
          const owner = /(?:^|,)owner=([^,]*)/.exec(command[2] ?? "")?.[1];
          this.remove(owner, command[3] || undefined);
        } else {
          const annotation: Annotation | undefined = parseWorkflowCommands(line).annotations[0];
          if (annotation) issues.push({ source: "command", ...annotation });
        }
        continue;
      }
      for (const issue of this.process(line)) issues.push({ source: "matcher", ...issue });
    }
    return issues;
  }

  /** Feeds a whole log through the matchers, line by line, returning the issues the runner would log. */
  process(output: string): MatchedIssue[] {
    const issues: MatchedIssue[] = [];
    for (const line of output.split(/\r?\n/)) {
      // Reproduces the runner's ineffective colour stripping (see the header comment).
      const stripped = line.includes("\x1b[") ? line.replace(/\x0033\[[0-9;]*m?/g, "") : line;
      for (const matcher of this.matchers) {
        const match = matcher.match(stripped);
        if (match === undefined) continue;
        for (const other of this.matchers) if (other !== matcher) other.reset();
        const issue = this.toIssue(matcher.owner, match);
        if (issue) {
          issues.push(issue);
          break;
        }
      }
    }
    return issues;
  }

  private toIssue(owner: string, match: Match): MatchedIssue | undefined {
    if (!match.message?.trim()) return undefined;
    const severity = (match.severity ?? "").toLowerCase();
    const type =
      severity === "" || severity === "error" ? "error" : severity === "warning" ? "warning" : undefined;
    if (type === undefined) return undefined;
    const issue: MatchedIssue = { owner, type, message: match.message };
    if (match.line && /^\d+$/.test(match.line)) issue.line = Number(match.line);
    if (match.column && /^\d+$/.test(match.column)) issue.column = Number(match.column);
    if (match.code?.trim()) issue.code = match.code.trim();
    if (match.file?.trim()) {
      const file = isAbsolute(match.file) ? match.file : join(this.workspace, match.file);
      const rel = relative(this.workspace, file);
      if (existsSync(file) && !rel.startsWith("..") && !isAbsolute(rel))
        issue.file = rel.split(sep).join("/");
    }
    return issue;
  }
}
