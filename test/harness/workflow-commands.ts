/**
 * Parsing of what an action prints on stdout, the way the runner reads it:
 * `::error file=a,line=1::message` and friends, with the toolkit's escaping undone.
 */
export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: Record<string, string>;
}

export interface ParsedCommands {
  annotations: Annotation[];
  /** `::add-matcher::path` registrations, in order. */
  matchers: string[];
  removedMatchers: string[];
  /** Lines of `::debug::`. */
  debug: string[];
  /** Masked values (`::add-mask::`). */
  masks: string[];
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}

export function parseWorkflowCommands(stdout: string): ParsedCommands {
  const parsed: ParsedCommands = { annotations: [], matchers: [], removedMatchers: [], debug: [], masks: [] };
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    // The runner trims leading blanks before it looks for a command.
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (!match) continue;
    const [, command, rawProps, rawData] = match as unknown as [string, string, string | undefined, string];
    if (stopToken !== undefined) {
      if (command === stopToken) stopToken = undefined;
      continue;
    }
    const data = unescapeData(rawData);
    const properties: Record<string, string> = {};
    for (const pair of (rawProps ?? "").split(",")) {
      const eq = pair.indexOf("=");
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    switch (command) {
      case "error":
      case "warning":
      case "notice":
        parsed.annotations.push({ level: command, message: data, properties });
        break;
      case "add-matcher":
        parsed.matchers.push(data);
        break;
      case "remove-matcher":
        parsed.removedMatchers.push(properties["owner"] ?? data);
        break;
      case "debug":
        parsed.debug.push(data);
        break;
      case "add-mask":
        parsed.masks.push(data);
        break;
      case "stop-commands":
        stopToken = data;
        break;
    }
  }
  return parsed;
}

/**
 * Reads a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name=value` lines and
 * `name<<DELIM ... DELIM` heredocs, as the runner does.
 */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i]!.replace(/\r$/, "") !== delimiter) body.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated heredoc for '${name}' in command file`);
      result[name] = body.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) throw new Error(`malformed command-file line: ${JSON.stringify(line)}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}
