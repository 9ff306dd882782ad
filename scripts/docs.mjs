// Regenerates the inputs/outputs tables in each actions/<name>/README.md from its action.yml,
// between <!-- inputs:start --> / <!-- inputs:end --> (and outputs) markers. check-dist runs it
// and fails on drift, so the tables can never disagree with the metadata.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const root = join(import.meta.dirname, "..");
const cell = (s) =>
  String(s ?? "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .trim();

function inputsTable(inputs = {}) {
  const rows = Object.entries(inputs).map(
    ([id, spec]) =>
      `| \`${id}\` | ${cell(spec.description)} | ${spec.default === undefined || spec.default === "" ? "" : `\`${cell(spec.default)}\``} |`,
  );
  return ["| input | description | default |", "| --- | --- | --- |", ...rows].join("\n");
}

function outputsTable(outputs = {}) {
  const rows = Object.entries(outputs).map(([id, spec]) => `| \`${id}\` | ${cell(spec.description)} |`);
  return ["| output | description |", "| --- | --- |", ...rows].join("\n");
}

function replaceBetween(text, marker, body, file) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file}: missing ${start} … ${end} markers`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

let changed = 0;
for (const name of readdirSync(join(root, "actions"))) {
  const metaPath = join(root, "actions", name, "action.yml");
  const readmePath = join(root, "actions", name, "README.md");
  if (!existsSync(metaPath) || !existsSync(readmePath)) continue;
  const meta = parse(readFileSync(metaPath, "utf8"));
  const before = readFileSync(readmePath, "utf8");
  let after = replaceBetween(before, "inputs", inputsTable(meta.inputs), readmePath);
  after = replaceBetween(after, "outputs", outputsTable(meta.outputs), readmePath);
  if (after !== before) {
    writeFileSync(readmePath, after);
    changed++;
  }
}
if (changed) console.log(`docs: regenerated ${changed} README table(s)`);
