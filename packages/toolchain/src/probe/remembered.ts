import { fileIdentity, type Memo } from "@oxidize/core";
import type { HostContext } from "./find-tool.js";
import { rustToolIdentity, sysrootTool } from "./identity.js";
import { type ProbeOptions, parseRustcVerbose, probeRustc, type RustcProbe } from "./rustc.js";

/** What is kept of a probe: rustc's own words, and the sysroot with its rustc's identity. */
interface KeptProbe {
  verbose: string;
  sysroot: string;
  sysrootRustc: string;
}

/**
 * `rustc -vV` and `rustc --print sysroot`, answered from the memo when the files that decide them
 * (rustToolIdentity) and the toolchain's own rustc are unchanged since they were last asked; asked
 * and kept otherwise. Behind a rustup proxy that saves two proxy starts, ~50 ms of CPU each.
 */
export async function probeRustcRemembered(
  rustc: string,
  options: Omit<ProbeOptions, "sysroot" | "cargo"> & {
    cwd: string;
    memo: Memo;
    platform: HostContext["platform"];
  },
): Promise<RustcProbe> {
  const { memo, platform } = options;
  const key = (await rustToolIdentity(rustc, "rustc", { env: options.env, platform, cwd: options.cwd }))?.key;
  if (key !== undefined) {
    const kept = await memo.read<Partial<KeptProbe>>("rustc", key);
    const parsed = typeof kept?.verbose === "string" ? parseRustcVerbose(kept.verbose) : undefined;
    if (
      parsed &&
      typeof kept?.sysroot === "string" &&
      kept.sysrootRustc === (await fileIdentity(sysrootTool(kept.sysroot, "rustc", platform)))
    ) {
      return { ok: true, rustc: parsed, sysroot: kept.sysroot };
    }
  }
  const probe = await probeRustc(rustc, { ...options, sysroot: true });
  if (key !== undefined && probe.ok && probe.sysroot !== undefined) {
    const binary = await fileIdentity(sysrootTool(probe.sysroot, "rustc", platform));
    // A sysroot without its own rustc (an unusual layout) has nothing to check an update by.
    if (binary !== "absent") {
      const kept: KeptProbe = { verbose: probe.rustc.text, sysroot: probe.sysroot, sysrootRustc: binary };
      await memo.write("rustc", key, kept);
    }
  }
  return probe;
}
