import { UserError } from "@oxidize/core";

// Every failure of the installer is an `InstallError` with a message that names the toolchain, URL, package or
// archive entry involved, so the action can print it as is. `retryable` tells the retry loop what a retry can fix.
export class InstallError extends UserError {
  readonly retryable: boolean = false;
}

/** `rustup toolchain install` failed; its own words are in the message. */
export class RustupError extends InstallError {}

/** A transient transport problem (connection reset, short body, 5xx, stall): retried with backoff. */
export class DownloadError extends InstallError {
  override readonly retryable = true;
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The server answered but has nothing for this request (404): no retry helps. */
export class NotAvailableError extends InstallError {}

/** A component or target the channel does not ship for this host. */
export class ComponentUnavailableError extends InstallError {}

/**
 * The release exists, but has no build of what was asked for this very host (no pkg.rust for it, or a component
 * marked unavailable for it): the one case `optional: true` forgives. A release or channel the server does not
 * have at all is a typo or a version not yet out.
 */
export class HostUnsupportedError extends ComponentUnavailableError {}

export class ManifestError extends InstallError {}

export class ChecksumError extends InstallError {
  constructor(
    readonly what: string,
    readonly url: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`sha256 mismatch for ${what} downloaded from ${url}: expected ${expected}, got ${actual}`);
  }
}

export class SignatureError extends InstallError {}

/** An archive entry that would escape the destination or is not a plain file/dir; never retried. */
export class UnsafeArchiveError extends InstallError {}

export class CorruptArchiveError extends InstallError {}

export class InstallTimeoutError extends InstallError {}

/** The server sent more than any real file of its kind (a manifest, a signature, an archive) could be; no retry. */
export class TooLargeError extends InstallError {}
