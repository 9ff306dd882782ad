import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AdvisoryDbError,
  advisoryMessage,
  firstFixed,
  isAffected,
  matchAdvisories,
  parseAdvisory,
  readAdvisories,
} from "../src/advisories.js";

const db = join(import.meta.dirname, "..", "..", "..", "test", "fixtures", "advisory-db");

/** The crates the PyO3 fixture's `_search` module compiles (as its Cargo.lock pins them). */
const searchCrates = [
  { name: "aho-corasick", version: "0.7.19" },
  { name: "memchr", version: "2.5.0" },
  { name: "libc", version: "0.2.139" },
  { name: "pyo3", version: "0.17.3" },
];

describe("advisory files", () => {
  it("reads the front matter and the title", async () => {
    const [advisory] = await readAdvisories(db, ["aho-corasick"]);
    expect(advisory).toMatchObject({
      id: "RUSTSEC-2099-0001",
      package: "aho-corasick",
      title: "Made-up: searching an empty haystack loops forever",
      aliases: ["CVE-2099-0001"],
      patched: [">= 0.7.20, < 1.0.0", ">= 1.0.2"],
      unaffected: ["< 0.6.0"],
      file: "crates/aho-corasick/RUSTSEC-2099-0001.md",
    });
  });

  it("names the file and the problem when one is broken", () => {
    expect(() => parseAdvisory("# no front matter", "crates/x/RUSTSEC-2099-9999.md")).toThrow(
      /crates\/x\/RUSTSEC-2099-9999.md: no ```toml front matter/,
    );
    const bad =
      '```toml\n[advisory]\nid = "RUSTSEC-2099-9998"\npackage = "x"\n[versions]\npatched = [">= nope"]\n```\n';
    expect(() => parseAdvisory(bad, "f.md")).toThrow(
      /f.md: \[versions\] ">= nope" is not a cargo version requirement/,
    );
  });

  it("refuses a directory that is not a RustSec database", async () => {
    const empty = await mkdtemp(join(tmpdir(), "advisory-db-"));
    try {
      await expect(readAdvisories(empty, ["libc"])).rejects.toThrow(AdvisoryDbError);
      await expect(readAdvisories(empty, ["libc"])).rejects.toThrow(/has no crates\/ directory/);
    } finally {
      await rm(empty, { recursive: true });
    }
  });

  it("looks only in the directories of real crate names", async () => {
    const root = await mkdtemp(join(tmpdir(), "advisory-db-"));
    try {
      await mkdir(join(root, "crates"));
      await writeFile(join(root, "RUSTSEC-2099-0000.md"), "not read");
      expect(await readAdvisories(root, ["../..", "nothing-here"])).toEqual([]);
    } finally {
      await rm(root, { recursive: true });
    }
  });
});

describe("matching", () => {
  it("finds the made-up advisories that affect the fixture's crates, and only those", async () => {
    const advisories = await readAdvisories(
      db,
      searchCrates.map((c) => c.name),
    );
    const hits = matchAdvisories(searchCrates, advisories);
    expect(
      hits.map((h) => [h.advisory.id, `${h.crate.name}@${h.crate.version}`, h.fixedIn, h.vulnerability]),
    ).toEqual([
      ["RUSTSEC-2099-0001", "aho-corasick@0.7.19", "0.7.20", true],
      ["RUSTSEC-2099-0002", "memchr@2.5.0", undefined, false],
    ]);
    expect(advisoryMessage(hits[0]!)).toBe(
      "RUSTSEC-2099-0001: aho-corasick 0.7.19 — Made-up: searching an empty haystack loops forever; " +
        "upgrade aho-corasick to 0.7.20 or later.",
    );
    expect(advisoryMessage(hits[1]!)).toBe(
      "RUSTSEC-2099-0002 (unmaintained): memchr 2.5.0 — Made-up: memchr is unmaintained; " +
        "no fixed version exists; replace memchr or accept the risk.",
    );
  });

  it("follows RustSec's rule: affected unless patched or unaffected", async () => {
    const [advisory] = await readAdvisories(db, ["aho-corasick"]);
    const affected = (v: string) => isAffected(v, advisory!);
    expect(["0.5.9", "0.7.20", "0.9.0", "1.0.2", "2.0.0"].filter(affected)).toEqual([]);
    expect(["0.6.0", "0.7.19", "1.0.0", "1.0.1"].every(affected)).toBe(true);
    // The fix on the crate's own line: 1.0.1 is fixed in 1.0.2, not sent back to 0.7.20.
    expect(firstFixed("1.0.1", advisory!)).toBe("1.0.2");
    expect(firstFixed("0.6.3", advisory!)).toBe("0.7.20");
  });

  it("never matches a withdrawn advisory", async () => {
    const [withdrawn] = await readAdvisories(db, ["libc"]);
    expect(withdrawn!.withdrawn).toBe("2099-03-02");
    expect(isAffected("0.2.139", withdrawn!)).toBe(false);
  });
});
