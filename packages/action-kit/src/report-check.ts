import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { errorMessage } from "@oxidize/core";
import {
  type ApiClient,
  type ApiResponse,
  type CheckRunPlan,
  headShaFor,
  type PublishOutcome,
  publishCheckRun,
} from "@oxidize/report";
import { type ApiLimits, apiLimits, budgetedSleep, timedFetch, timeoutIn } from "./api-limits.js";
import { actionLog } from "./log.js";

// The builders publish.ts hands a check run to, loaded with this module when a step publishes one.
export { buildAggregateCheckRun, buildCheckRun } from "@oxidize/report";

/** Where a check run goes and what it links to, from the runner's environment. */
export interface CheckTarget {
  owner: string;
  repo: string;
  headSha: string;
  detailsUrl?: string;
}

/** The check run target for this workflow run, or undefined when the runner variables are missing. */
export function checkTarget(env: NodeJS.ProcessEnv = process.env): CheckTarget | undefined {
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  const sha = env["GITHUB_SHA"] ?? "";
  if (!owner || !repo || !sha) return undefined;
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  const target: CheckTarget = { owner, repo, headSha: headShaFor(eventName, eventPayload(env), sha) };
  const server = env["GITHUB_SERVER_URL"];
  const runId = env["GITHUB_RUN_ID"];
  if (server && runId) target.detailsUrl = `${server}/${owner}/${repo}/actions/runs/${runId}`;
  return target;
}

/** The webhook payload the runner wrote to GITHUB_EVENT_PATH ({} when absent or unreadable). */
function eventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const path = env["GITHUB_EVENT_PATH"];
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * octokit behind the publisher's tiny client interface: every HTTP status resolves; no answer in
 * time rejects with an ApiTimeoutError (`retry: false`), any other transport failure with its error.
 * Every request is bounded (api-limits.ts): connect and idle timeouts per request, and `budget`,
 * the signal of the step's whole publishing, over all of them.
 * @actions/github (octokit + undici) is loaded only here, when a check run is actually wanted:
 * importing it eagerly cost every action's cold start a few hundred milliseconds.
 */
export async function octokitClient(
  token: string,
  baseUrl = process.env["GITHUB_API_URL"] || "https://api.github.com",
  limits: ApiLimits = apiLimits(),
  budget: AbortSignal = AbortSignal.timeout(limits.budgetMs),
): Promise<ApiClient & { close(): void }> {
  const [{ getOctokit }, { defaults }] = await Promise.all([
    import("@actions/github"),
    import("@actions/github/lib/utils"),
  ]);
  // @actions/github's own fetch: the one that knows the runner's proxy settings.
  const proxied = (defaults.request as { fetch?: typeof fetch } | undefined)?.fetch;
  const timed = timedFetch(limits, budget, proxied);
  const octokit = getOctokit(token, { baseUrl, request: { fetch: timed.fetch } });
  return {
    close: timed.close,
    async request(method, path, body) {
      try {
        const response = await octokit.request(`${method} ${path}`, body === undefined ? {} : { data: body });
        return { status: response.status, data: response.data, headers: response.headers } as ApiResponse;
      } catch (error) {
        const timeout = timeoutIn(error);
        if (timeout) throw timeout;
        const failed = error as {
          status?: unknown;
          response?: { data?: unknown; headers?: ApiResponse["headers"] };
        };
        // RequestError with a response: an HTTP answer the publisher must see (to retry or to give
        // up politely). Without one (octokit calls a refused connection "500"), it is no answer.
        if (typeof failed.status === "number" && failed.status > 0 && failed.response) {
          return {
            status: failed.status,
            data: failed.response.data ?? { message: errorMessage(error) },
            headers: failed.response.headers ?? {},
          };
        }
        throw error;
      }
    },
  };
}

export const CHECKS_PERMISSION_HINT =
  "Grant it with `permissions: checks: write` on the job; pull requests from forks always get a " +
  "read-only token, so for them the job summary and annotations are the report.";

/**
 * Creates the check run and says what happened in the log. Never throws and never fails the step:
 * whatever kept the check run from being published (a token that cannot write checks, an API that
 * errs, stalls or is slow past the budget) gets ONE notice saying what was not published and why.
 * All of it is bounded by `limits` (api-limits.ts: 10 s connect, 30 s idle, 60 s in all).
 */
export async function publishCheck(
  plan: CheckRunPlan | ((target: CheckTarget) => CheckRunPlan),
  token: string | undefined,
  limits: ApiLimits = apiLimits(),
): Promise<PublishOutcome> {
  const name = typeof plan === "function" ? "check run" : `check run '${plan.create.name}'`;
  try {
    const target = checkTarget();
    if (!target) {
      const reason = "GITHUB_REPOSITORY or GITHUB_SHA is not set, so there is no commit to attach it to";
      core.notice(`Could not create the ${name}: ${reason}.`);
      return { published: false, reason, permissionDenied: false, requests: 0 };
    }
    const built = typeof plan === "function" ? plan(target) : plan;
    const label = `check run '${built.create.name}'`;
    if (!token) {
      const reason = "the token input is empty";
      core.notice(`Could not create the ${label}: ${reason}. ${CHECKS_PERMISSION_HINT}`);
      return { published: false, reason, permissionDenied: true, requests: 0 };
    }
    const budget = AbortSignal.timeout(limits.budgetMs);
    const client = await octokitClient(token, undefined, limits, budget);
    let outcome: PublishOutcome;
    try {
      outcome = await publishCheckRun(client, built, {
        owner: target.owner,
        repo: target.repo,
        sleep: budgetedSleep(budget),
        maxWaitMs: limits.budgetMs,
      });
    } finally {
      client.close();
    }
    if (outcome.published) {
      actionLog.info(
        `Created ${label}${outcome.htmlUrl ? `: ${outcome.htmlUrl}` : ""} (${outcome.annotations} annotations).`,
      );
      // The publisher stops at the first failed batch: at most one problem, so at most one notice.
      for (const problem of outcome.problems) core.notice(`The ${label} is incomplete: ${problem}.`);
    } else if (outcome.permissionDenied) {
      core.notice(
        `Could not create the ${label} (${outcome.reason}): the token may not write checks. ${CHECKS_PERMISSION_HINT}`,
      );
    } else {
      core.notice(`Could not create the ${label}: ${outcome.reason}. The job summary has the full report.`);
    }
    return outcome;
  } catch (error) {
    const reason = errorMessage(error);
    core.notice(`Could not create the ${name}: ${reason}. The job summary has the full report.`);
    return { published: false, reason, permissionDenied: false, requests: 0 };
  }
}
