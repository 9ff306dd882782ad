/** The fields of `rustc -vV` the policy uses. */
export interface RustcVersion {
  release: string;
  host: string;
  commitHash?: string;
  /** First line, e.g. "rustc 1.95.0 (59807616e 2026-04-14)". */
  banner: string;
}

/**
 * Parses `rustc -vV` ("key: value" lines after the banner). Returns undefined when release or
 * host is missing, i.e. the program was not rustc.
 */
export function parseRustcVerbose(text: string): RustcVersion | undefined {
  const lines = text.split(/\r?\n/);
  const fields = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const release = fields.get("release");
  const host = fields.get("host");
  const banner = lines[0]?.trim() ?? "";
  if (!release || !host || !banner.startsWith("rustc ")) return undefined;
  const version: RustcVersion = { release, host, banner };
  const commitHash = fields.get("commit-hash");
  if (commitHash && commitHash !== "unknown") version.commitHash = commitHash;
  return version;
}
