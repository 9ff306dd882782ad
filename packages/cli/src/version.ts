// The package's own version, bundled in at build time so the installed CLI needs no file beside it.
import manifest from "../package.json" with { type: "json" };

export const VERSION: string = manifest.version;
