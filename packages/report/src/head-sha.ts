/** Events whose GITHUB_SHA is a merge commit the pull request page never shows. */
const PULL_REQUEST_EVENTS = new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment",
]);

/**
 * The commit a check run must be attached to so it shows on the pull request: for pull request
 * events that is the PR's head commit (GITHUB_SHA is the test merge commit, or the base branch
 * for `pull_request_target`); for everything else, GITHUB_SHA.
 */
export function headShaFor(eventName: string, payload: unknown, githubSha: string): string {
  if (!PULL_REQUEST_EVENTS.has(eventName)) return githubSha;
  const sha = (payload as { pull_request?: { head?: { sha?: unknown } } } | null)?.pull_request?.head?.sha;
  return typeof sha === "string" && sha !== "" ? sha : githubSha;
}
