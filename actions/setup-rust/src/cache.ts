import { actionsCache } from "@oxidize/action-kit/actions-cache";
import type { ToolchainCacheBackend } from "@oxidize/toolchain";

/** The Actions cache service behind the setup pipeline's cache interface, each call bounded in time. */
export const actionsCacheBackend: ToolchainCacheBackend = actionsCache();
