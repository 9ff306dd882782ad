// Policy files through the real file system (a temp dir) in each format, valid and malformed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PolicyError } from "../src/errors.js";
import { evaluate } from "../src/evaluate.js";
import { loadPolicy, parsePolicy } from "../src/load.js";
import { PRESET_NAMES, PRESETS } from "../src/presets.js";
import { policySchema } from "../src/schema.js";
import { makeFacts } from "./helpers.js";

let dir: string;
const read = (file: string) => readFile(file, "utf8");
const load = (name: string) => loadPolicy(name, { readFile: read, cwd: dir });
const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "policy-files-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message of the PolicyError `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<PolicyError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PolicyError);
  return error as PolicyError;
}

const YAML_POLICY = `# a distro's own timeline
name: distro
description: Rust optional from 3.10 (unquoted!), required from 3.20
msrv: 1.70
phases:
  - id: before
    until: 3.9
    rustUsed: false
  - id: optional
    from: 3.10
    until: 3.19
  - id: required
    from: "3.20"
    rustRequired: true
    msrv: "1.85"
`;

describe("valid policy files", () => {
  it("YAML: applies defaults and keeps unquoted versions as written (3.10 is not 3.1, 1.70 is not 1.7)", async () => {
    write("distro.yaml", YAML_POLICY);
    const policy = await load("distro.yaml");
    expect(policy.name).toBe("distro");
    expect(policy.msrv).toBe("1.70");
    expect(policy.phases.map((phase) => [phase.id, phase.from, phase.until])).toEqual([
      ["before", undefined, "3.9"],
      ["optional", "3.10", "3.19"],
      ["required", "3.20", undefined],
    ]);
    expect(policy.phases[0]).toMatchObject({
      whenMissing: "ignore",
      buildModules: false,
      optOutAccepted: true,
    });
    expect(policy.phases[1]).toMatchObject({
      rustUsed: true,
      whenMissing: "warn",
      whenTooOld: "warn",
      whenNoTarget: "warn",
      buildModules: true,
      optOutAccepted: true,
      rustRequired: false,
    });
    expect(policy.phases[2]).toMatchObject({ whenMissing: "fail", optOutAccepted: false, msrv: "1.85" });
    expect(evaluate(policy, makeFacts({ python: "3.10" })).outcome).toBe("warn");
    expect(evaluate(policy, makeFacts({ python: "3.20", rust: "1.80.0" })).outcome).toBe("fail");
  });

  it("JSON and TOML describe the same policy", async () => {
    write(
      "p.json",
      JSON.stringify({
        name: "distro",
        phases: [
          { id: "before", until: "3.14", rustUsed: false },
          { id: "after", from: "3.15", whenMissing: "fail", optOutAccepted: true },
        ],
      }),
    );
    write(
      "p.toml",
      `name = "distro"\n[[phases]]\nid = "before"\nuntil = "3.14"\nrustUsed = false\n\n` +
        `[[phases]]\nid = "after"\nfrom = "3.15"\nwhenMissing = "fail"\noptOutAccepted = true\n`,
    );
    const fromJson = await load("p.json");
    const fromToml = await load(path.join(dir, "p.toml"));
    expect(fromToml.phases).toEqual(fromJson.phases);
    expect(fromJson.source).toBe("p.json");
  });

  it("round-trips every preset through its JSON form", async () => {
    for (const name of PRESET_NAMES) {
      const preset = PRESETS[name];
      expect(await parsePolicy(JSON.stringify(preset), `${name}.json`)).toEqual(preset);
    }
  });

  it("accepts the example in README.md", async () => {
    const readme = readFileSync(path.join(import.meta.dirname, "..", "README.md"), "utf8");
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const policy = await parsePolicy(example!, "rust-policy.yaml");
    expect(policy.phases.map((phase) => phase.id)).toEqual([
      "rust-not-used",
      "rust-optional",
      "rust-required",
    ]);
    expect(
      evaluate(policy, makeFacts({ python: "3.17", rust: "1.95.0", triplet: "alpha-unknown-linux-gnu" }))
        .outcome,
    ).toBe("pass");
    expect(evaluate(policy, makeFacts({ python: "3.19", rust: "1.95.0" })).reasons[0]?.code).toBe(
      "rust-too-old",
    );
  });

  it("loads presets by name", async () => {
    expect((await load("summit-2026")).name).toBe("summit-2026");
  });

  it("exports a draft-07 schema that forbids unknown keys", () => {
    expect(policySchema.$schema).toContain("draft-07");
    expect(policySchema.additionalProperties).toBe(false);
    expect(policySchema.properties.phases.items.additionalProperties).toBe(false);
  });
});

describe("malformed policy files name the file, the key path and what was expected", () => {
  const cases: { name: string; file: string; text: string; expected: string[] }[] = [
    {
      name: "YAML: bad enum",
      file: "policy.yaml",
      text: "phases:\n  - id: a\n    until: '3.14'\n  - id: b\n    from: '3.15'\n    whenMissing: maybe\n",
      expected: ['policy.yaml: phases[1].whenMissing must be one of ignore, warn, fail (got "maybe")'],
    },
    {
      name: "YAML: syntax error",
      file: "broken.yml",
      text: "phases:\n  - id: a\n   bad: [\n",
      expected: ["broken.yml: invalid YAML: Sequence item without - indicator at line 3, column 1"],
    },
    {
      name: "YAML: unknown key, with the allowed ones",
      file: "policy.yaml",
      text: "phases:\n  - id: a\n    whenMisssing: warn\n",
      expected: ["policy.yaml: phases[0].whenMisssing is not a known key (expected one of: id, from, until,"],
    },
    {
      name: "YAML: top-level list",
      file: "list.yaml",
      text: "- id: a\n",
      expected: ['list.yaml: the top level must be a mapping with a "phases" list'],
    },
    {
      name: "JSON: syntax error",
      file: "policy.json",
      text: '{"phases": [}',
      expected: ["policy.json is not JSON: it is not valid JSON"],
    },
    {
      name: "JSON: nested 200,000 deep",
      file: "deep.json",
      text: `${"[".repeat(200_000)}${"]".repeat(200_000)}`,
      expected: ["deep.json nests values more than 64 levels deep"],
    },
    {
      name: "YAML: a billion laughs",
      file: "laughs.yaml",
      text: [
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        ...Array.from({ length: 8 }, (_, i) => {
          const name = String.fromCharCode(98 + i);
          const prev = String.fromCharCode(97 + i);
          return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`;
        }),
        "phases: *i",
      ].join("\n"),
      expected: ["laughs.yaml: refused YAML: Excessive alias count"],
    },
    {
      name: "JSON: number version, wrong type, missing id, unknown top-level key",
      file: "policy.json",
      text: JSON.stringify({ version: 2, phases: [{ from: 3.1, rustUsed: "yes" }] }),
      expected: [
        "policy.json: version is not a known key (expected one of: name, description, source, msrv, phases, dependencies)",
        'policy.json: phases[0].from must be a string (got 3.1); quote versions so they stay text, e.g. "3.1"',
        'policy.json: phases[0].rustUsed must be a boolean (got "yes")',
        "policy.json: phases[0].id is required",
      ],
    },
    {
      name: "JSON: missing phases",
      file: "empty.json",
      text: "{}",
      expected: ["empty.json: phases is required"],
    },
    {
      name: "TOML: syntax error",
      file: "policy.toml",
      text: "[[phases]\nid = 'a'\n",
      expected: ["policy.toml: invalid TOML at line 1, column 10: "],
    },
    {
      name: "TOML: bad version and MSRV patterns",
      file: "policy.toml",
      text: 'msrv = "stable"\n[[phases]]\nid = "a"\nfrom = "3"\n',
      expected: [
        'policy.toml: msrv must be a Rust version like "1.95" or "1.95.0" (got "stable")',
        'policy.toml: phases[0].from must be a CPython version like "3.15" (got "3")',
      ],
    },
    {
      name: "overlapping ranges",
      file: "overlap.yaml",
      text: "phases:\n  - {id: a, until: '3.16'}\n  - {id: b, from: '3.15'}\n",
      expected: [
        "overlap.yaml: phases[1].from must be after phases[0].until (3.16): phase ranges must be in order and must not overlap (got 3.15)",
      ],
    },
    {
      name: "a gap between phases",
      file: "gap.yaml",
      text: "phases:\n  - {id: a, until: '3.14'}\n  - {id: b, from: '3.16'}\n",
      expected: [
        "gap.yaml: phases[1].from must be 3.15, the version after phases[0].until: phases must leave no gap (got 3.16)",
      ],
    },
    {
      name: "open ranges in the middle, reversed range, duplicate id",
      file: "order.yaml",
      text: "phases:\n  - {id: a, from: '3.16', until: '3.15'}\n  - {id: b}\n  - {id: a, from: '3.17'}\n",
      expected: [
        "order.yaml: phases[0].from must not be later than phases[0].until (got 3.16 > 3.15)",
        "order.yaml: phases[1].from is required: only the first phase may leave its start open",
        "order.yaml: phases[1].until is required: only the last phase may be open-ended",
        'order.yaml: phases[2].id must be unique ("a" is already used by phases[0])',
      ],
    },
    {
      name: "contradictions",
      file: "odd.yaml",
      text: "phases:\n  - {id: a, rustUsed: false, buildModules: true}\n",
      expected: ["odd.yaml: phases[0].buildModules must be false when phases[0].rustUsed is false"],
    },
    {
      name: "required but lenient",
      file: "odd.yaml",
      text: "phases:\n  - {id: a, rustRequired: true, whenMissing: warn, optOutAccepted: true}\n",
      expected: [
        'odd.yaml: phases[0].whenMissing must be "fail" when phases[0].rustRequired is true (got "warn")',
        "odd.yaml: phases[0].optOutAccepted must be false when phases[0].rustRequired is true",
      ],
    },
  ];

  it.each(cases)("$name", async ({ file, text, expected }) => {
    write(file, text);
    const error = await failure(load(file));
    expect(error.file).toBe(file);
    for (const line of expected) {
      expect(error.problems.some((problem) => problem.startsWith(line))).toBe(true);
    }
    expect(error.message).toBe(error.problems.join("\n"));
  });
});

describe("names that are neither presets nor readable files", () => {
  it("unknown bare name lists the presets", async () => {
    const error = await failure(load("pre-pep"));
    expect(error.message).toBe(
      'unknown policy "pre-pep": expected a preset (pre-pep-2025, optional-modules, summit-2026, accelerators) or the path of ' +
        "a policy file ending in .yaml, .yml, .json or .toml",
    );
  });

  it("missing file says where it looked", async () => {
    const error = await failure(load("nope/policy.yaml"));
    expect(error.message).toContain(
      `policy file nope/policy.yaml not found (looked at ${path.join(dir, "nope/policy.yaml")})`,
    );
  });

  it("unknown extension", async () => {
    await expect(parsePolicy("phases: []", "policy.ini")).rejects.toThrow(
      "policy.ini: unknown policy file type; the name must end in .yaml, .yml, .json or .toml",
    );
  });
});

describe("dependencies section", () => {
  it("reads the allow-list, versions as written in YAML (0.5, not the number)", async () => {
    write(
      "deps.yml",
      "phases:\n  - id: all\ndependencies:\n  allow:\n    - name: libc\n    - name: zlib-rs\n      version: 0.5\n      reason: reviewed for 3.16\n",
    );
    const policy = await load("deps.yml");
    expect(policy.dependencies).toEqual({ allow: [{ name: "libc" }, { name: "zlib-rs", version: "0.5" }] });
  });

  it("is optional, and a policy without it allows any crate", async () => {
    write("nodeps.yml", "phases:\n  - id: all\n");
    expect((await load("nodeps.yml")).dependencies).toBeUndefined();
  });

  it("refuses an entry that is not a crate name", async () => {
    write("baddeps.yml", "phases:\n  - id: all\ndependencies:\n  allow:\n    - name: ../evil\n");
    const error = await failure(load("baddeps.yml"));
    expect(error.problems).toEqual([
      'baddeps.yml: dependencies.allow[0].name must be a crate name (letters, digits, - and _) (got "../evil")',
    ]);
  });
});
