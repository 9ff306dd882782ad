/**
 * Milliseconds on a monotonic clock, for durations. `performance.now()` would do the same, but the first
 * touch of the `performance` global loads a dozen of Node's perf_hooks modules (about 2 ms of a start-up the
 * setup's cache hit is measured by); `process.hrtime` is already there.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
