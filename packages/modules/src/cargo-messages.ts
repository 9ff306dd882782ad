/**
 * Cargo's `--message-format=json-diagnostic-rendered-ansi` stream: one JSON record per stdout
 * line. We keep rustc's diagnostics (for annotations and logs) and the files each target
 * produced (to find the cdylib). Lines that are not JSON (a build script printing to stdout)
 * are ignored, as cargo's own consumers do.
 */
import { isAbsolute, join } from "node:path";
import { repositoryPath } from "@oxidize/report";
import type { Diagnostic, DiagnosticSpan } from "./types.js";

export interface CargoArtifact {
  packageId: string;
  manifestPath: string;
  targetName: string;
  kinds: string[];
  filenames: string[];
  fresh: boolean;
}

export type CargoRecord =
  | { kind: "diagnostic"; diagnostic: Diagnostic; manifestPath: string }
  | { kind: "artifact"; artifact: CargoArtifact }
  | { kind: "finished"; success: boolean };

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

interface RawSpan {
  file_name: string;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
}

interface RawMessage {
  reason?: string;
  package_id?: string;
  manifest_path?: string;
  success?: boolean;
  target?: { name?: string; kind?: string[]; crate_types?: string[] };
  filenames?: string[];
  fresh?: boolean;
  message?: {
    message?: string;
    level?: string;
    code?: { code?: string } | null;
    rendered?: string | null;
    spans?: RawSpan[];
  };
}

const LEVELS = new Set(["error", "warning", "note", "help", "failure-note", "ice"]);

/** A span path as the repository sees it: rustc reports it relative to the workspace root. */
export function spanPath(fileName: string, workspaceRoot: string, repositoryRoot: string): string {
  return repositoryPath(isAbsolute(fileName) ? fileName : join(workspaceRoot, fileName), repositoryRoot);
}

/**
 * One line of cargo's stdout → a record we use, or undefined (other reasons, non-JSON lines).
 * `workspaceRoot` resolves rustc's relative span paths; `repositoryRoot` is what they are made
 * relative to for annotations.
 */
export function parseCargoLine(
  line: string,
  workspaceRoot: string,
  repositoryRoot: string,
): CargoRecord | undefined {
  if (!line.startsWith("{")) return undefined;
  let raw: RawMessage;
  try {
    raw = JSON.parse(line) as RawMessage;
  } catch {
    return undefined;
  }
  switch (raw.reason) {
    case "compiler-message": {
      const m = raw.message;
      if (!m || typeof m.message !== "string") return undefined;
      const level = (LEVELS.has(m.level ?? "") ? m.level : "note") as Diagnostic["level"];
      const renderedAnsi = m.rendered ?? m.message;
      const diagnostic: Diagnostic = {
        level,
        message: m.message,
        rendered: stripAnsi(renderedAnsi),
        renderedAnsi,
        packageId: raw.package_id ?? "",
      };
      if (m.code?.code) diagnostic.code = m.code.code;
      const primary = m.spans?.find((s) => s.is_primary) ?? m.spans?.[0];
      if (primary) diagnostic.span = spanOf(primary, workspaceRoot, repositoryRoot);
      return { kind: "diagnostic", diagnostic, manifestPath: raw.manifest_path ?? "" };
    }
    case "compiler-artifact":
      return {
        kind: "artifact",
        artifact: {
          packageId: raw.package_id ?? "",
          manifestPath: raw.manifest_path ?? "",
          targetName: raw.target?.name ?? "",
          kinds: raw.target?.crate_types ?? raw.target?.kind ?? [],
          filenames: raw.filenames ?? [],
          fresh: raw.fresh === true,
        },
      };
    case "build-finished":
      return { kind: "finished", success: raw.success === true };
    default:
      return undefined;
  }
}

function spanOf(span: RawSpan, workspaceRoot: string, repositoryRoot: string): DiagnosticSpan {
  return {
    file: spanPath(span.file_name, workspaceRoot, repositoryRoot),
    line: span.line_start,
    column: span.column_start,
    endLine: span.line_end,
    endColumn: span.column_end,
  };
}

/** rustc's closing summaries ("aborting due to 2 previous errors") say nothing an annotation needs. */
export function isSummaryDiagnostic(d: Diagnostic): boolean {
  return d.span === undefined && /^(aborting due to|could not compile|\d+ warnings? emitted)/.test(d.message);
}

/** The shared library among an artifact's files: `lib<name>.so`, `lib<name>.dylib`, `<name>.dll`. */
export function cdylibFile(artifact: CargoArtifact): string | undefined {
  if (!artifact.kinds.includes("cdylib")) return undefined;
  return artifact.filenames.find((f) => /\.(so|dylib|dll)$/.test(f));
}
