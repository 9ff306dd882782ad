import {
  CHECK_ANNOTATION_MESSAGE_LIMIT_BYTES,
  CHECK_ANNOTATION_TITLE_LIMIT_CHARS,
  CHECK_ANNOTATIONS_PER_REQUEST,
  CHECK_OUTPUT_LIMIT_CHARS,
  truncateBytes,
  truncateLine,
  truncateWithNote,
} from "./limits.js";
import { matrixValues, reasonBullet } from "./markdown.js";
import type { ActionResult, Conclusion, ResultReason } from "./result.js";
import { renderResultMarkdown } from "./summary.js";

/** Conclusions the Checks API accepts that we produce. */
export type CheckConclusion = "success" | "neutral" | "failure" | "skipped";

/** One Checks API annotation (snake_case, exactly as the API takes it). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

/** Body of `POST /repos/{owner}/{repo}/check-runs`. */
export interface CheckRunCreateBody {
  name: string;
  head_sha: string;
  status: "completed";
  conclusion: CheckConclusion;
  started_at?: string;
  completed_at: string;
  details_url?: string;
  output: CheckRunOutput;
}

/** Body of `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}`: one more batch of annotations. */
export interface CheckRunUpdateBody {
  output: CheckRunOutput & { annotations: CheckAnnotation[] };
}

/** Everything to send for one check run: the create call, then annotation batches that append. */
export interface CheckRunPlan {
  create: CheckRunCreateBody;
  updates: CheckRunUpdateBody[];
}

export interface CheckRunOptions {
  /** Base check name, e.g. "Rust policy"; the matrix leg is appended in parentheses. */
  name: string;
  headSha: string;
  matrix?: Record<string, unknown> | null;
  /** Link for "Details", usually the workflow run. */
  detailsUrl?: string;
}

/** What any outlet turns into a check run: the single-result and the aggregate builders share it. */
export interface CheckContent {
  conclusion: Conclusion;
  title: string;
  summary: string;
  text: string;
  annotations: CheckAnnotation[];
  startedAt?: string;
  completedAt: string;
}

export function checkConclusion(conclusion: Conclusion): CheckConclusion {
  switch (conclusion) {
    case "success":
      return "success";
    case "neutral":
      return "neutral";
    case "failure":
      return "failure";
    case "skipped":
      return "skipped";
  }
}

/** "Rust policy (ubuntu-latest, 3.16)" from a matrix object's values; the bare name without one. */
export function checkRunName(name: string, matrix?: Record<string, unknown> | null): string {
  const values = matrixValues(matrix);
  return values.length ? `${name} (${values.join(", ")})` : name;
}

const LEVEL_ORDER: Readonly<Record<CheckAnnotation["annotation_level"], number>> = {
  failure: 0,
  warning: 1,
  notice: 2,
};

/** A reason with a file as a Checks annotation; undefined when it has no file to point at. */
export function toCheckAnnotation(reason: ResultReason, titlePrefix = ""): CheckAnnotation | undefined {
  if (!reason.file) return undefined;
  // A file without a line is a statement about the whole file: GitHub needs a line, so use the first.
  const start = reason.line ?? 1;
  const end = Math.max(start, reason.endLine ?? start);
  const annotation: CheckAnnotation = {
    path: reason.file,
    start_line: start,
    end_line: end,
    annotation_level: reason.level,
    message: truncateBytes(reason.message || reason.code, CHECK_ANNOTATION_MESSAGE_LIMIT_BYTES),
    title: truncateLine(`${titlePrefix}${reason.title ?? reason.code}`, CHECK_ANNOTATION_TITLE_LIMIT_CHARS),
  };
  // The API only takes columns on single-line annotations.
  if (reason.column !== undefined && start === end) annotation.start_column = reason.column;
  return annotation;
}

/** Most severe first, so the first request (the one most likely to land) carries the failures. */
export function sortAnnotations(annotations: CheckAnnotation[]): CheckAnnotation[] {
  return [...annotations].sort((a, b) => LEVEL_ORDER[a.annotation_level] - LEVEL_ORDER[b.annotation_level]);
}

function fit(text: string, what: string): string {
  return truncateWithNote(text, CHECK_OUTPUT_LIMIT_CHARS, "characters", what);
}

/** Turns outlet-neutral content into the API calls, enforcing every Checks API limit. */
export function planCheckRun(content: CheckContent, options: CheckRunOptions): CheckRunPlan {
  const annotations = sortAnnotations(content.annotations);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
  }
  const title = truncateLine(content.title, CHECK_OUTPUT_LIMIT_CHARS);
  const summary = fit(content.summary, "a check run's summary");
  const output: CheckRunOutput = { title, summary };
  if (content.text.trim() !== "") output.text = fit(content.text, "a check run's text");
  const [first, ...rest] = batches;
  if (first) output.annotations = first;
  const create: CheckRunCreateBody = {
    name: truncateLine(checkRunName(options.name, options.matrix), CHECK_OUTPUT_LIMIT_CHARS),
    head_sha: options.headSha,
    status: "completed",
    conclusion: checkConclusion(content.conclusion),
    completed_at: content.completedAt,
    output,
  };
  if (content.startedAt) create.started_at = content.startedAt;
  if (options.detailsUrl) create.details_url = options.detailsUrl;
  // Updates repeat title and summary: the API wants them with every output, and they do not change.
  const updates = rest.map((batch) => ({ output: { title, summary, annotations: batch } }));
  return { create, updates };
}

/** The check run for one action's result: located reasons as annotations, the others in the text. */
export function buildCheckRun(result: ActionResult, options: CheckRunOptions): CheckRunPlan {
  const annotations: CheckAnnotation[] = [];
  const unlocated: ResultReason[] = [];
  for (const reason of result.reasons) {
    const annotation = toCheckAnnotation(reason);
    if (annotation) annotations.push(annotation);
    else unlocated.push(reason);
  }
  const text = unlocated.length
    ? `### Findings without a file location\n\n${unlocated.map((r) => reasonBullet(r)).join("\n")}\n`
    : "";
  return planCheckRun(
    {
      conclusion: result.conclusion,
      title: result.title,
      summary: renderResultMarkdown(result),
      text,
      annotations,
      startedAt: result.startedAt,
      completedAt: result.finishedAt,
    },
    { ...options, matrix: options.matrix ?? result.matrix },
  );
}
