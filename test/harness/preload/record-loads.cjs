// Preloaded (NODE_OPTIONS=--require) into a bundled action to see what it loads: at exit, writes the
// Node built-ins it required and the files it imported to $OXIDIZE_RECORD_LOADS as JSON; with
// $OXIDIZE_RECORD_SPAWNS set, also every program it started (which loads child_process here).
const Module = require("node:module");
const { writeFileSync } = require("node:fs");

const before = new Set(process.moduleLoadList);
const files = [];
const spawns = [];
if (process.env.OXIDIZE_RECORD_SPAWNS) {
  const { ChildProcess } = require("node:child_process");
  const spawn = ChildProcess.prototype.spawn;
  ChildProcess.prototype.spawn = function (options) {
    spawns.push(options.args);
    return spawn.call(this, options);
  };
}
// Node 22.15+/24: synchronous hooks see every import, dynamic chunk imports included.
Module.registerHooks?.({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    if (resolved.url.startsWith("file:")) files.push(resolved.url);
    return resolved;
  },
});
process.on("exit", () => {
  const loaded = process.moduleLoadList
    .filter((entry) => !before.has(entry) && entry.startsWith("NativeModule "))
    .map((entry) => entry.slice("NativeModule ".length));
  const builtins = loaded.filter((name) => !name.startsWith("internal/"));
  const internals = loaded.filter((name) => name.startsWith("internal/"));
  writeFileSync(
    process.env.OXIDIZE_RECORD_LOADS,
    JSON.stringify({ builtins, internals, files, spawns, hooks: Boolean(Module.registerHooks) }),
  );
});
