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
  /** The crate types (`cdylib`, `rlib`, `proc-macro`, `bin`), or the target kinds when cargo gives none. */
  kinds: string[];
  /** The target's kinds: `lib`, `proc-macro`, `custom-build` (a build script) … */
  targetKinds?: string[];
  filenames: string[];
  fresh: boolean;
}

export type CargoRecord =
  | { kind: "diagnostic"; diagnostic: Diagnostic; manifestPath: string }
  | { kind: "artifact"; artifact: CargoArtifact }
  | { kind: "build-script"; packageId: string; cfgs: string[] }
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
  cfgs?: string[];
  message?: {
    message?: string;
    level?: string;
    code?: { code?: string } | null;
    rendered?: string | null;
    spans?: RawSpan[];
    children?: Array<{ message?: string; level?: string }>;
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
        rendered: m.message.startsWith("linking with") ? linkerRendering(m) : stripAnsi(renderedAnsi),
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
          targetKinds: raw.target?.kind ?? [],
          filenames: raw.filenames ?? [],
          fresh: raw.fresh === true,
        },
      };
    case "build-script-executed":
      return { kind: "build-script", packageId: raw.package_id ?? "", cfgs: raw.cfgs ?? [] };
    case "build-finished":
      return { kind: "finished", success: raw.success === true };
    default:
      return undefined;
  }
}

/**
 * A failed link without the linker's command line (kilobytes of arguments, kept in the log):
 * the error and the linker's own output, which names the missing library or symbol.
 */
function linkerRendering(m: NonNullable<RawMessage["message"]>): string {
  const notes = (m.children ?? [])
    .map((c) => (c.message ?? "").trim())
    .filter((text) => text !== "" && !text.startsWith('"') && !/^some arguments are omitted/.test(text));
  return [`error: ${m.message}`, ...notes].join("\n");
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

/**
 * A package id in cargo's messages → name and version: `registry+…#pyo3-ffi@0.17.3`,
 * `path+file:///ws/crates/ok#0.1.0` (the name is the directory's when omitted) or, before cargo
 * 1.77, `pyo3-ffi 0.17.3 (registry+…)`.
 */
export function packageIdRef(id: string): { name: string; version?: string } {
  const spec = /#(?:([^@#]+)@)?([^@#]+)$/.exec(id);
  if (spec) {
    const name = spec[1] ?? id.slice(0, id.indexOf("#")).replace(/\/+$/, "").split("/").at(-1) ?? "";
    return { name, version: spec[2]! };
  }
  const legacy = /^(\S+) (\S+) \(/.exec(id);
  return legacy ? { name: legacy[1]!, version: legacy[2]! } : { name: id };
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
