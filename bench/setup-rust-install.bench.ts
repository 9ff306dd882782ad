/**
 * setup-rust against rustup, every figure a whole process (the bundled action run as the runner runs it, under
 * the runner's Node) measured by GNU time beside rustup in the same run, alternating so both see the same load:
 * - cold install, same archives: a mirror with gzip tarballs only, so both installers unpack the same bytes —
 *   the honest measure of the installer itself (wall, CPU, peak memory);
 * - cold install, each tool's choice: a mirror with gz and xz like the real dist server; rustup takes xz,
 *   setup-rust gz (what each would download from the real server);
 * - cache hit: the action again on the tool cache its cold run filled, against `node -e 0`.
 * The mirrors are served from their own process. BENCH_INSTALL_RUNS (default 3) sets the rounds.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CachedMirror, realMirror } from "../test/fixtures/dist-mirror/index.js";
import { actionNode } from "../test/harness/action-node.js";
import { prepareActionRun } from "../test/harness/index.js";
import type { BenchReport, ProcessCost } from "./lib.js";
import { measureProcess, medianCost, timeProcesses } from "./lib.js";

const HIT_RUNS = 21;

const root = join(import.meta.dirname, "..");

async function startServer(dir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "test", "fixtures", "dist-mirror", "serve-cli.ts"), dir],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) resolve(line.trim());
    });
    child.on("exit", (code) => reject(new Error(`mirror server exited with ${code}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

function rustupEnv(home: string, server: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(RUSTUP_|CARGO)/.test(k)) env[k] = v;
  return { ...env, RUSTUP_HOME: home, CARGO_HOME: join(home, "cargo"), RUSTUP_DIST_SERVER: server };
}

/** The bundled action on an empty tool cache; returns its cost and how to run it again (a cache hit). */
function actionRun(mirror: CachedMirror, server: string, runnerDir: string) {
  const { entry, env, workspace } = prepareActionRun("setup-rust", {
    runnerDir,
    cleanEnv: true,
    inputs: {
      toolchain: mirror.channel,
      installer: "dist",
      "dist-server": server,
      // The fixture mirror is signed with a test key the action does not trust (the manifest's signature check
      // is a few milliseconds of the real server's runs).
      "verify-signature": "never",
    },
    env: { CARGO_HOME: join(runnerDir, "cargo-home") },
  });
  const node = actionNode().path;
  return {
    cost: measureProcess(node, [entry], { env, cwd: workspace }),
    again: { node, entry, env, workspace },
  };
}

/** Alternating cold installs of both tools from one mirror; the scratch directories go after each round. */
async function coldRounds(mirror: CachedMirror, rounds: number, scratch: string) {
  const server = await startServer(mirror.dir);
  const ours: ProcessCost[] = [];
  const rustup: ProcessCost[] = [];
  const rustupArgs = ["toolchain", "install", mirror.channel, "--profile", "minimal", "--no-self-update"];
  let last: ReturnType<typeof actionRun>["again"] | undefined;
  let lastDir: string | undefined;
  try {
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? ["ours", "rustup"] : ["rustup", "ours"];
      for (const who of order) {
        const dir = mkdtempSync(join(scratch, `${who}-`));
        if (who === "ours") {
          const run = actionRun(mirror, server.url, dir);
          ours.push(run.cost);
          last = run.again;
          if (lastDir) rmSync(lastDir, { recursive: true, force: true });
          lastDir = dir;
        } else {
          rustup.push(measureProcess("rustup", rustupArgs, { env: rustupEnv(dir, server.url) }));
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
    return { ours: medianCost(ours), rustup: medianCost(rustup), runs: { ours, rustup }, last: last! };
  } finally {
    server.stop();
  }
}

const seconds = (costs: ProcessCost[], key: keyof ProcessCost) =>
  costs.map((c) => (c[key] / 1000).toFixed(1)).join("/");

export async function run(): Promise<BenchReport> {
  const rounds = Number(process.env["BENCH_INSTALL_RUNS"] ?? 3);
  const gzOnly = await realMirror({ compress: ["gz"] });
  const both = await realMirror({ compress: ["gz", "xz"] });
  const scratch = mkdtempSync(join(tmpdir(), "bench-install-"));
  try {
    const same = await coldRounds(gzOnly, rounds, scratch);
    const choice = await coldRounds(both, rounds, scratch);
    // The last cold run's tool cache: a later job on the same runner hits it. Timed in turn with Node's own
    // start, so the ratio does not depend on how busy the machine was at either moment.
    const { node, entry, env, workspace } = same.last;
    const [hit, nodeFloor] = timeProcesses(
      [
        { command: node, args: [entry], env, cwd: workspace },
        { command: node, args: ["-e", "0"] },
      ],
      HIT_RUNS,
    );
    const rustupBaseline = "rustup toolchain install";
    return {
      title: `setup-rust: Rust ${gzOnly.channel} minimal from a loopback mirror, whole processes (${rounds} alternating rounds, medians)`,
      short: "setup-rust",
      rows: [
        {
          name: "cold install, same archives (gz only): wall",
          value: same.ours.wallMs / 1000,
          unit: "s",
          baselineName: rustupBaseline,
          baseline: same.rustup.wallMs / 1000,
          target: 1.0,
          note: `runs ours ${seconds(same.runs.ours, "wallMs")} s, rustup ${seconds(same.runs.rustup, "wallMs")} s`,
        },
        {
          name: "cold install, same archives (gz only): CPU",
          value: same.ours.cpuMs / 1000,
          unit: "s",
          baselineName: rustupBaseline,
          baseline: same.rustup.cpuMs / 1000,
          target: 1.0,
          note: "user + system of the process and its children",
        },
        {
          name: "cold install, same archives (gz only): peak RSS",
          value: same.ours.maxRssMB,
          unit: "MB",
          baselineName: rustupBaseline,
          baseline: same.rustup.maxRssMB,
          target: 1.0,
          note: "largest resident set of the process or any child",
        },
        {
          name: "cold install, each tool's choice (gz+xz mirror): wall",
          value: choice.ours.wallMs / 1000,
          unit: "s",
          baselineName: `${rustupBaseline}, xz`,
          baseline: choice.rustup.wallMs / 1000,
          target: 1.0,
          note: `setup-rust takes gz, rustup xz, as from the real server; CPU ${(choice.ours.cpuMs / 1000).toFixed(1)} s vs ${(choice.rustup.cpuMs / 1000).toFixed(1)} s`,
        },
        {
          name: "cache hit (tool cache), whole process",
          value: hit,
          baselineName: "node -e 0",
          baseline: nodeFloor,
          target: 1.5,
          note: `${actionNode().fallback ? "Node running the bench" : "the runner's Node 24"}, ${HIT_RUNS} runs each, in turn`,
        },
      ],
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
