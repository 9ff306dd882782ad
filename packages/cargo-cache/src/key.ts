/** Bump to drop every saved cargo cache (layout or pruning change). */
const CACHE_VERSION = "1";

/** Everything that decides whether a saved target directory's artifacts can be reused. */
export interface CargoKeyInputs {
  /** RUNNER_OS / RUNNER_ARCH ("Linux", "X64"), or the platform's names off a runner. */
  os: string;
  arch: string;
  /** `commit-hash` from `rustc -vV`: a channel name ("stable") moves, the commit does not. */
  rustcCommit: string;
  /** The target triple being built for (the host's when not cross-compiling). */
  target: string;
  profile: string;
  /** The cargo environment that changes outputs (see outputEnv), as name → value. */
  env: Readonly<Record<string, string>>;
  /** Contents of Cargo.lock and of every workspace manifest and cargo config, by path. */
  inputs: ReadonlyArray<{ path: string; content: string | Buffer }>;
}

export interface CargoCacheKeys {
  key: string;
  /** Same toolchain, target, profile and environment, any lock file: a partial hit. */
  restoreKeys: string[];
}

function digest(parts: ReadonlyArray<string | Buffer>, length: number): string {
  // SHA-256: these keys name entries in a store other branches' jobs write to. Loaded on use, as the step
  // without `cache: cargo` never needs it and node:crypto's start-up is several milliseconds.
  const hash = process.getBuiltinModule("node:crypto").createHash("sha256");
  for (const part of parts)
    hash.update(typeof part === "string" ? `${part.length}:${part}` : part).update("\0");
  return hash.digest("hex").slice(0, length);
}

/**
 * `oxidize-cargo-v1-<os>-<arch>-<rustc commit>-<target>-<profile>-<env hash>-<lock+manifests hash>`.
 * The restore key drops only the last part: artifacts built by another compiler, for another
 * target or profile, or with other flags are never reused (cargo would rebuild them all and the
 * cache would only grow), while after a Cargo.lock change most dependencies still match.
 */
export function cargoCacheKeys(inputs: CargoKeyInputs): CargoCacheKeys {
  const envHash = digest(
    Object.keys(inputs.env)
      .sort()
      .map((name) => `${name}=${inputs.env[name]}`),
    8,
  );
  const files = [...inputs.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const inputsHash = digest(
    files.flatMap((f) => [f.path, f.content]),
    16,
  );
  const safe = (part: string) => part.toLowerCase().replace(/[^a-z0-9_.-]+/g, "_");
  const prefix = [
    `oxidize-cargo-v${CACHE_VERSION}`,
    safe(inputs.os),
    safe(inputs.arch),
    inputs.rustcCommit.slice(0, 12),
    safe(inputs.target),
    safe(inputs.profile),
    envHash,
  ].join("-");
  return { key: `${prefix}-${inputsHash}`, restoreKeys: [`${prefix}-`] };
}

/** Variables cargo and rustc read that change what is built (not where, nor how verbosely). */
const OUTPUT_ENV = [
  /^RUSTFLAGS$/,
  /^RUSTDOCFLAGS$/,
  /^CARGO_ENCODED_RUSTFLAGS$/,
  /^CARGO_BUILD_RUSTFLAGS$/,
  /^CARGO_BUILD_TARGET$/,
  /^CARGO_PROFILE_/,
  /^CARGO_TARGET_[A-Z0-9_]+_(RUSTFLAGS|LINKER|RUNNER)$/,
  /^CARGO_INCREMENTAL$/,
  /^CARGO_FEATURE_/,
  // C compilers and flags that build scripts (cc, bindgen) bake into dependencies.
  /^(CC|CXX|AR|CFLAGS|CXXFLAGS|CPPFLAGS|LDFLAGS)(_.+)?$/,
  /^(TARGET|HOST)_(CC|CXX|AR|CFLAGS|CXXFLAGS)$/,
  // PyO3's build script: which Python the extension is for.
  /^PYO3_(PYTHON|CROSS|CROSS_LIB_DIR|CROSS_PYTHON_VERSION|CROSS_PYTHON_IMPLEMENTATION|CONFIG_FILE|NO_PYTHON|BUILD_EXTENSION_MODULE)$/,
  /^MACOSX_DEPLOYMENT_TARGET$/,
];

/** The part of an environment that changes cargo's outputs, for the key. */
export function outputEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && OUTPUT_ENV.some((pattern) => pattern.test(name))) kept[name] = value;
  }
  return kept;
}
