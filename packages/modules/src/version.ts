// This package's version, named as the SBOM's tool; bundled in at build time like the CLI's.
import manifest from "../package.json" with { type: "json" };

export const VERSION: string = manifest.version;
