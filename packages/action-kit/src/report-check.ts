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
 * octokit behind the publisher's tiny client interface: every HTTP status resolves.
 * @actions/github (octokit + undici) is loaded only here, when a check run is actually wanted:
 * importing it eagerly cost every action's cold start a few hundred milliseconds.
 */
export async function octokitClient(
  token: string,
  baseUrl = process.env["GITHUB_API_URL"] || "https://api.github.com",
) {
  const { getOctokit } = await import("@actions/github");
  const octokit = getOctokit(token, { baseUrl });
  const client: ApiClient = {
    async request(method, path, body) {
      try {
        const response = await octokit.request(`${method} ${path}`, body === undefined ? {} : { data: body });
        return { status: response.status, data: response.data, headers: response.headers } as ApiResponse;
      } catch (error) {
        const failed = error as {
          status?: unknown;
          response?: { data?: unknown; headers?: ApiResponse["headers"] };
        };
        // RequestError: an HTTP answer the publisher must see (to retry or to give up politely).
        if (typeof failed.status === "number" && failed.status > 0) {
          return {
            status: failed.status,
            data: failed.response?.data ?? { message: errorMessage(error) },
            headers: failed.response?.headers ?? {},
          };
        }
        throw error;
      }
    },
  };
  return client;
}

export const CHECKS_PERMISSION_HINT =
  "Grant it with `permissions: checks: write` on the job; pull requests from forks always get a " +
  "read-only token, so for them the job summary and annotations are the report.";

/**
 * Creates the check run and says what happened in the log. A token that cannot write checks gets
 * ONE notice naming the permission; any other failure a warning. Never throws.
 */
export async function publishCheck(
  plan: CheckRunPlan | ((target: CheckTarget) => CheckRunPlan),
  token: string | undefined,
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
    const outcome = await publishCheckRun(await octokitClient(token), built, {
      owner: target.owner,
      repo: target.repo,
    });
    if (outcome.published) {
      core.info(
        `Created ${label}${outcome.htmlUrl ? `: ${outcome.htmlUrl}` : ""} (${outcome.annotations} annotations).`,
      );
      for (const problem of outcome.problems) core.warning(problem);
    } else if (outcome.permissionDenied) {
      core.notice(
        `Could not create the ${label} (${outcome.reason}): the token may not write checks. ${CHECKS_PERMISSION_HINT}`,
      );
    } else {
      core.warning(`Could not create the ${label}: ${outcome.reason}. The job summary has the full report.`);
    }
    return outcome;
  } catch (error) {
    const reason = errorMessage(error);
    core.warning(`Could not create the ${name}: ${reason}`);
    return { published: false, reason, permissionDenied: false, requests: 0 };
  }
}
