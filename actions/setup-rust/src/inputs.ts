import { isAbsolute, resolve } from "node:path";
import {
  getBooleanInput,
  getChoiceInput,
  getListInput,
  getOptionalInput,
  UserError,
} from "@oxidize/action-kit";

export const INSTALLERS = ["auto", "rustup", "dist"] as const;
export type InstallerChoice = (typeof INSTALLERS)[number];
export const SIGNATURE_MODES = ["auto", "always", "never"] as const;
export type SignatureChoice = (typeof SIGNATURE_MODES)[number];

export const DEFAULT_DIST_SERVER = "https://static.rust-lang.org";

export interface SetupInputs {
  /** Raw `toolchain` input (not yet repaired for the YAML float trap); undefined when empty. */
  toolchain: string | undefined;
  /** Absolute directory where the toolchain-file walk starts. */
  workingDirectory: string;
  components: string[];
  targets: string[];
  profile: string | undefined;
  requirePinned: boolean;
  /** Absolute directory of the Cargo.toml whose rust-version is the MSRV. */
  msrvFrom: string;
  installer: InstallerChoice;
  distServer: string;
  /** Why that dist server: the input, RUSTUP_DIST_SERVER, or the default. */
  distServerSource: "input" | "RUSTUP_DIST_SERVER" | "default";
  verifySignature: SignatureChoice;
  cache: boolean;
  optional: boolean;
  matchers: boolean;
  checkName: string | undefined;
  token: string | undefined;
  matrix: Record<string, unknown> | undefined;
}

/**
 * The input wins; the input at its default value counts as "not set", so a runner-wide
 * RUSTUP_DIST_SERVER (a corporate mirror) applies without touching every workflow — rustup's own
 * rule. Trailing slashes and a trailing `/dist` are dropped as rustup does.
 */
export function chooseDistServer(
  input: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Pick<SetupInputs, "distServer" | "distServerSource"> {
  const fromEnv = env["RUSTUP_DIST_SERVER"]?.trim();
  let server: string;
  let source: SetupInputs["distServerSource"];
  if (input !== undefined && normalizeServer(input) !== DEFAULT_DIST_SERVER) {
    [server, source] = [input, "input"];
  } else if (fromEnv) {
    [server, source] = [fromEnv, "RUSTUP_DIST_SERVER"];
  } else {
    [server, source] = [DEFAULT_DIST_SERVER, "default"];
  }
  let url: URL;
  try {
    url = new URL(normalizeServer(server));
  } catch {
    const where = source === "input" ? "Input 'dist-server'" : "RUSTUP_DIST_SERVER";
    throw new UserError(`${where} must be an http(s) URL such as ${DEFAULT_DIST_SERVER}; got '${server}'.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:" && url.protocol !== "file:") {
    throw new UserError(`dist server '${server}' must use https, http or file URLs.`);
  }
  return { distServer: normalizeServer(server), distServerSource: source };
}

function normalizeServer(server: string): string {
  return server
    .trim()
    .replace(/\/+$/, "")
    .replace(/\/dist$/, "");
}

const MATRIX_HINT = "matrix: $" + "{{ toJSON(matrix) }}";

/** `matrix` is `${{ toJSON(matrix) }}`: JSON of an object, `null` outside a matrix, or empty. */
export function parseMatrix(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined || text === "null") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(`Input 'matrix' must be JSON, e.g. ${MATRIX_HINT}.`);
  }
  if (value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(`Input 'matrix' must be a JSON object, e.g. ${MATRIX_HINT}.`);
  }
  return value as Record<string, unknown>;
}

/** Relative inputs are relative to the workspace, as `run:` steps and `working-directory` are. */
function absolute(path: string, base: string): string {
  return isAbsolute(path) ? path : resolve(base, path);
}

export function readInputs(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): SetupInputs {
  const workspace = env["GITHUB_WORKSPACE"] || cwd;
  const workingDirectory = absolute(getOptionalInput("working-directory") ?? ".", workspace);
  const msrvFrom = getOptionalInput("msrv-from");
  return {
    toolchain: getOptionalInput("toolchain"),
    workingDirectory,
    components: getListInput("components"),
    targets: getListInput("targets"),
    profile: getOptionalInput("profile"),
    requirePinned: getBooleanInput("require-pinned", false),
    msrvFrom: msrvFrom === undefined ? workingDirectory : absolute(msrvFrom, workspace),
    installer: getChoiceInput("installer", INSTALLERS, "auto"),
    ...chooseDistServer(getOptionalInput("dist-server"), env),
    verifySignature: getChoiceInput("verify-signature", SIGNATURE_MODES, "auto"),
    cache: getBooleanInput("cache", true),
    optional: getBooleanInput("optional", false),
    matchers: getBooleanInput("matchers", true),
    checkName: getOptionalInput("check-name"),
    token: getOptionalInput("token"),
    matrix: parseMatrix(getOptionalInput("matrix")),
  };
}
