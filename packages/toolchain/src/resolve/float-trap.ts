// GitHub Actions reads `toolchain: 1.70` (unquoted) as the YAML number 1.70 and hands the action the
// string "1.7". rustup would then install Rust 1.7.0 from 2016 — or, for `1.80`, track 1.8.x — which
// no modern project means. This repair applies to the action input only: toolchain files and
// RUSTUP_TOOLCHAIN are strings and are never rewritten.

export interface FloatTrapRepair {
  /** The toolchain to use: the repaired version, or `value` unchanged. */
  value: string;
  repaired: boolean;
  /** Set when repaired: tells the user what happened and to quote the version. */
  warning?: string;
}

function majorMinor(version: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * The rule, exactly:
 * - Only values `1.1` … `1.9` are touched: the forms YAML leaves of an unquoted `1.10` … `1.90` (or
 *   `1.100` … `1.900`) after dropping the trailing zeros. Everything else (`1.70`, `1.7.0`, `stable`,
 *   `1`, values with a date or target) is returned unchanged. Rust 1.1–1.9 (2015–2016) predate
 *   `rust-version`, edition 2018 and every maintained crate, so nobody pins them on purpose.
 * - `1.d` becomes `1.d0`. It becomes `1.d00` only when `msrv` (the project's `rust-version`) is
 *   1.100 or later and lies above `1.d0` but not above `1.d00`, i.e. only when Rust has reached
 *   three-digit minors and the MSRV proves `1.d0` is too old.
 */
export function repairFloatTrap(value: string, options: { msrv?: string } = {}): FloatTrapRepair {
  const m = /^1\.([1-9])$/.exec(value);
  if (!m) return { value, repaired: false };
  const digit = Number(m[1]);
  let minor = digit * 10;
  const msrv = options.msrv === undefined ? undefined : majorMinor(options.msrv);
  if (msrv && msrv[0] === 1 && msrv[1] >= 100 && msrv[1] > digit * 10 && msrv[1] <= digit * 100) {
    minor = digit * 100;
  }
  const repaired = `1.${minor}`;
  return {
    value: repaired,
    repaired: true,
    warning:
      `the toolchain input '${value}' looks like the YAML number ${repaired} with its trailing zero dropped, ` +
      `so it is read as '${repaired}' (Rust ${value} dates from 2015–2016). ` +
      `Quote the version in the workflow, e.g. toolchain: "${repaired}", so YAML keeps it as written`,
  };
}
