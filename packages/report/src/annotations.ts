import { WORKFLOW_ANNOTATIONS_PER_JOB, WORKFLOW_ANNOTATIONS_PER_KIND } from "./limits.js";
import type { ActionResult, ResultReason } from "./result.js";

export type AnnotationKind = "error" | "warning" | "notice";

/**
 * One `::error|warning|notice <properties>::message` to print. Field names match
 * `@actions/core`'s AnnotationProperties so the toolkit can do the escaping.
 */
export interface WorkflowAnnotation {
  kind: AnnotationKind;
  message: string;
  properties: {
    title?: string;
    file?: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
  };
}

export interface AnnotationSelection {
  /** What to print, most important first; ends with `notice` when some were dropped. */
  annotations: WorkflowAnnotation[];
  /** How many were left out, by kind. */
  dropped: Record<AnnotationKind, number>;
  /** The notice counting the dropped ones (also the last entry of `annotations`). */
  notice?: WorkflowAnnotation;
}

export interface AnnotationBudget {
  /** Shown per kind per step (GitHub: 10). */
  perKind?: number;
  /** Shown per job across kinds (GitHub: 50); lower it when earlier steps already annotated. */
  total?: number;
  /** Slots other output of the same step will use (e.g. a notice about the check run). */
  reserved?: Partial<Record<AnnotationKind, number>>;
}

const KIND_OF: Readonly<Record<ResultReason["level"], AnnotationKind>> = {
  failure: "error",
  warning: "warning",
  notice: "notice",
};
const KINDS: readonly AnnotationKind[] = ["error", "warning", "notice"];

/**
 * Within a kind: the step's own findings first (a module's outcome, never hidden by the diagnostics
 * that explain it), then located reasons (an annotation on a line is worth more than one floating
 * in the log), then the rest.
 */
function rank(reason: ResultReason): number {
  if (reason.primary) return 0;
  if (reason.file && reason.line !== undefined) return 1;
  if (reason.file) return 2;
  return 3;
}

export function toWorkflowAnnotation(reason: ResultReason): WorkflowAnnotation {
  const properties: WorkflowAnnotation["properties"] = {};
  if (reason.title) properties.title = reason.title;
  if (reason.file) {
    properties.file = reason.file;
    if (reason.line !== undefined) {
      properties.startLine = reason.line;
      properties.endLine = reason.endLine ?? reason.line;
      if (reason.column !== undefined && properties.endLine === reason.line)
        properties.startColumn = reason.column;
    }
  }
  return { kind: KIND_OF[reason.level], message: `${reason.message} [${reason.code}]`, properties };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The annotations worth printing for a result. GitHub shows only 10 of each kind per step (and
 * 50 per job) and silently drops the rest, so pick failures first, located ones first within a
 * kind, and spend one notice slot on saying how many were left out.
 */
export function selectAnnotations(result: ActionResult, budget: AnnotationBudget = {}): AnnotationSelection {
  return selectReasonAnnotations(result.reasons, result.action, budget);
}

/** The same choice for any reasons (the matrix aggregate's rejected files, say); `subject` titles the count. */
export function selectReasonAnnotations(
  reasons: readonly ResultReason[],
  subject: string,
  budget: AnnotationBudget = {},
): AnnotationSelection {
  const perKind = budget.perKind ?? WORKFLOW_ANNOTATIONS_PER_KIND;
  const reserved = (kind: AnnotationKind) => budget.reserved?.[kind] ?? 0;
  const kindLimit = (kind: AnnotationKind) => Math.max(0, perKind - reserved(kind));
  const total = Math.max(
    0,
    Math.min(budget.total ?? WORKFLOW_ANNOTATIONS_PER_JOB, perKind * KINDS.length) -
      KINDS.reduce((n, k) => n + reserved(k), 0),
  );
  const byKind = new Map<AnnotationKind, ResultReason[]>(KINDS.map((k) => [k, []]));
  for (const reason of reasons) byKind.get(KIND_OF[reason.level])?.push(reason);
  for (const list of byKind.values()) list.sort((a, b) => rank(a) - rank(b)); // stable

  const available = KINDS.reduce((n, k) => n + (byKind.get(k)?.length ?? 0), 0);
  const fitsAll = KINDS.every((k) => (byKind.get(k)?.length ?? 0) <= kindLimit(k)) && available <= total;

  const chosen: WorkflowAnnotation[] = [];
  const dropped: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  let room = fitsAll ? total : total - 1; // the count notice needs a slot of its own
  for (const kind of KINDS) {
    const list = byKind.get(kind) ?? [];
    const kindRoom = kind === "notice" && !fitsAll ? kindLimit(kind) - 1 : kindLimit(kind);
    const take = Math.max(0, Math.min(list.length, kindRoom, room));
    chosen.push(...list.slice(0, take).map(toWorkflowAnnotation));
    dropped[kind] = list.length - take;
    room -= take;
  }
  const droppedTotal = dropped.error + dropped.warning + dropped.notice;
  if (droppedTotal === 0) return { annotations: chosen, dropped };
  const parts = KINDS.filter((k) => dropped[k] > 0).map((k) => plural(dropped[k], k));
  const notice: WorkflowAnnotation = {
    kind: "notice",
    message:
      `${plural(droppedTotal, "more annotation")} not shown (${parts.join(", ")}): GitHub displays at most ` +
      `${perKind} of each kind per step. The job summary and the check run list all of them.`,
    properties: { title: `${subject}: annotations truncated` },
  };
  return { annotations: [...chosen, notice], dropped, notice };
}
