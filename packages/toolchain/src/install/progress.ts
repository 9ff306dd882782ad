import { monotonicMs } from "@oxidize/core";
// Progress of the package downloads of one install, so a slow network does not look like a hang: bytes so far,
// rate and (once every package's size is known) the time left, said at most once per interval however many
// packages stream in parallel; and one line per package when it is done.
import { formatBytes } from "./http.js";
import type { Logger } from "./types.js";

export const DEFAULT_PROGRESS_INTERVAL_MS = 5000;

export class DownloadProgress {
  private readonly bytes: number[];
  private readonly sizes: (number | undefined)[];
  private started: number | undefined;
  private lastReport: number | undefined;

  constructor(
    packages: number,
    private readonly logger: Logger,
    private readonly intervalMs = DEFAULT_PROGRESS_INTERVAL_MS,
    private readonly now: () => number = monotonicMs,
  ) {
    this.bytes = new Array(packages).fill(0);
    this.sizes = new Array(packages).fill(undefined);
  }

  /** Package `i` (re)starts from `offset` bytes; `size` is its whole length when the server said. */
  begin(i: number, offset: number, size: number | undefined): void {
    this.started ??= this.now();
    this.lastReport ??= this.started;
    this.bytes[i] = offset;
    this.sizes[i] = size;
  }

  add(i: number, n: number): void {
    this.bytes[i] = (this.bytes[i] ?? 0) + n;
    const t = this.now();
    if (this.lastReport === undefined || t - this.lastReport < this.intervalMs) return;
    this.lastReport = t;
    this.logger.info(this.line(t));
  }

  /** One line per package when it is in place. */
  done(name: string, bytes: number, ms: number): void {
    this.logger.info(`${name}: ${formatBytes(bytes)} in ${(ms / 1000).toFixed(1)} s`);
  }

  private line(t: number): string {
    const got = this.bytes.reduce((a, b) => a + b, 0);
    const seconds = Math.max((t - (this.started ?? t)) / 1000, 0.001);
    const rate = got / seconds;
    const known = this.sizes.every((s) => s !== undefined);
    const total = known ? this.sizes.reduce<number>((a, b) => a + (b ?? 0), 0) : undefined;
    const parts = [`downloading: ${formatBytes(got)}`];
    if (total !== undefined && total > 0) {
      parts[0] += ` of ${formatBytes(total)} (${Math.floor((100 * got) / total)} %)`;
    }
    parts.push(`${formatBytes(rate)}/s`);
    if (total !== undefined && rate > 0) parts.push(`about ${Math.ceil((total - got) / rate)} s left`);
    return parts.join(", ");
  }
}
