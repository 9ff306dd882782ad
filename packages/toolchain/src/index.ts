// Toolchain resolution (which toolchain, exactly as rustup would pick it) and installation
// (from a dist server, verified, atomically) are separate concerns with separate entry points.
export * from "./install/index.js";
export * from "./probe/index.js";
export * from "./resolve/index.js";
export * from "./setup/index.js";
