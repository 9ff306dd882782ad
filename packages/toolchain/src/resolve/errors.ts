import { UserError } from "@oxidize/core";

/** Why resolution failed; stable identifiers for callers and tests (the text may be reworded). */
export type ToolchainResolutionErrorCode =
  | "invalid-name"
  | "invalid-name-in-file"
  | "custom-toolchain"
  | "target-in-file-channel"
  | "file-empty"
  | "file-missing-properties"
  | "file-parse"
  | "channel-and-path"
  | "path-with-options"
  | "invalid-path-toolchain"
  | "relative-path-toolchain"
  | "path-without-bin"
  | "unknown-profile"
  | "invalid-host"
  | "not-pinned"
  | "below-msrv"
  | "invalid-msrv";

/**
 * A toolchain could not be resolved, or a resolved one breaks a rule (pinning, MSRV).
 * `rustupMessage` is the text rustup itself prints after `error: ` for the same situation (where rustup
 * has one), so users can search for it; `help` says how to fix it. `message` joins the two.
 */
export class ToolchainResolutionError extends UserError {
  override readonly name = "ToolchainResolutionError";
  readonly code: ToolchainResolutionErrorCode;
  readonly rustupMessage: string;
  readonly help: string | undefined;
  readonly file: string | undefined;

  constructor(
    code: ToolchainResolutionErrorCode,
    rustupMessage: string,
    options: { help?: string; file?: string } = {},
  ) {
    super(options.help ? `${rustupMessage}\nhelp: ${options.help}` : rustupMessage);
    this.code = code;
    this.rustupMessage = rustupMessage;
    this.help = options.help;
    this.file = options.file;
  }
}
