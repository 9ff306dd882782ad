/**
 * globalSetup of the e2e project: the bundled layer runs every action with the runner's Node 24
 * (action-node.ts). Fetched once per machine; one line says which Node the actions run on.
 */
import { ACTION_NODE_VERSION, actionNode, ensureActionNode } from "./action-node.js";

export default function provideActionNode(): void {
  const problem = ensureActionNode();
  const { path, fallback } = actionNode();
  if (fallback) {
    console.log(
      `e2e: the actions run on this Node ${process.version}, not ${ACTION_NODE_VERSION}: ${problem}`,
    );
  } else if (problem === undefined && !process.env["OXIDIZE_ACTION_NODE"]) {
    console.log(`e2e: the actions run on Node ${ACTION_NODE_VERSION} (${path}), as runs.using: node24 says`);
  }
}
