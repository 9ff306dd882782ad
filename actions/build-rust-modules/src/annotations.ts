/**
 * Which annotations to print. GitHub shows at most 10 of each kind per step and drops the rest
 * silently, so the most useful come first (module outcomes, then rustc errors, then warnings) and
 * a notice counts whatever did not fit.
 */
import { isSummaryDiagnostic, type ModuleOutcome } from "@oxidize/modules";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface PlannedAnnotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export const PER_KIND_LIMIT = 10;

export function planAnnotations(
  outcomes: readonly ModuleOutcome[],
  limit = PER_KIND_LIMIT,
): PlannedAnnotation[] {
  const candidates: PlannedAnnotation[] = [];
  for (const o of outcomes) {
    if (o.status === "built") continue;
    const level: AnnotationLevel =
      o.status === "failed" ? "error" : o.status === "disabled" ? "notice" : "warning";
    candidates.push({ level, title: `${o.module}: ${o.status}`, message: o.reason });
  }
  const diagnostics: PlannedAnnotation[] = [];
  for (const o of outcomes) {
    for (const d of o.diagnostics) {
      if ((d.level !== "error" && d.level !== "warning") || isSummaryDiagnostic(d)) continue;
      // A rustc error in an optional module does not fail the job; it is shown as a warning.
      const level: AnnotationLevel = d.level === "error" && o.status === "failed" ? "error" : "warning";
      const annotation: PlannedAnnotation = {
        level,
        title: `${o.module}: rustc ${d.level}${d.code ? ` ${d.code}` : ""}${o.status === "failed" ? "" : ` (module ${o.status})`}`,
        message: d.rendered.trim() || d.message,
      };
      if (d.span) {
        annotation.file = d.span.file;
        annotation.startLine = d.span.line;
        annotation.endLine = d.span.endLine;
        annotation.startColumn = d.span.column;
      }
      diagnostics.push(annotation);
    }
  }
  // rustc errors before warnings within the same kind budget.
  diagnostics.sort(
    (a, b) => Number(b.title?.includes("rustc error")) - Number(a.title?.includes("rustc error")),
  );
  const all = [...candidates, ...diagnostics];
  const kept: PlannedAnnotation[] = [];
  const dropped: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  // One notice slot is reserved for the count when anything is dropped.
  const budget = (level: AnnotationLevel) => (level === "notice" ? limit - 1 : limit);
  for (const a of all) {
    if (used[a.level] < budget(a.level)) {
      used[a.level]++;
      kept.push(a);
    } else {
      dropped[a.level]++;
    }
  }
  const lost = Object.entries(dropped).filter(([, n]) => n > 0);
  if (lost.length > 0) {
    kept.push({
      level: "notice",
      title: "More diagnostics in the log",
      message: `GitHub shows ${limit} annotations of each kind per step; not shown here: ${lost
        .map(([level, n]) => `${n} ${level}${n === 1 ? "" : "s"}`)
        .join(", ")}. The full list is in the log and the JSON report.`,
    });
  }
  return kept;
}
