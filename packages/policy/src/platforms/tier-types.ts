/** One Rust target from rustc's platform-support page. */
export interface RustTargetInfo {
  target: string;
  tier: number;
  /** Whether rustc/cargo run on this target (null: the page does not say). */
  hostTools: boolean | null;
  /** "full" std, "no-std" (core/alloc only), or "unknown" (tier 3 with unclear std support). */
  std: "full" | "no-std" | "unknown";
  /** Whether rustup ships a prebuilt rust-std for it (the rustc 1.95.0 channel manifest has it). */
  shipped: boolean;
}

/** One row of PEP 11's platform tables: a (triplet, compiler) pair and its CPython tier. */
export interface Pep11Entry {
  triplet: string;
  compiler: string;
  tier: number;
  /** libc/OS notes from PEP 11 ("glibc, gcc", "64-bit Raspberry Pi OS, gcc"), contacts dropped. */
  notes: string;
}
