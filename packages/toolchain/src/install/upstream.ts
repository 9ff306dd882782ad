/** The official dist server: rustup's default RUSTUP_DIST_SERVER. Apart from plan.ts so naming it loads no parser. */
export const UPSTREAM_DIST_SERVER = "https://static.rust-lang.org";
