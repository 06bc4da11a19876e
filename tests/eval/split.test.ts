// The dev set's sets: which batch a record belongs to, which document it comes from, and which half of the new
// records it falls in. Synthetic records only: the dev set itself is not needed.
import { describe, expect, it } from "vitest";
import type { EvalRecord } from "../../scripts/eval-score.mjs";
import {
  batchOf, documentKey, halfOf, listedRecords, recordVerdicts, ruleStats, score, setOf, formatFigures,
} from "../../scripts/eval-score.mjs";
import type { Claim } from "../../src/core/model/claim";

const record = (id: string, origin: string, fields: Partial<EvalRecord> = {}): EvalRecord => ({
  id, lang: "en", origin, context: "", sentence: "Officials said it rained.", label: "anon", source: "Officials", cue: "said",
  category: "official", ...fields,
});

describe("batches", () => {
  it("reads plain ids as the first batch and tagged ids as new", () => {
    expect(["en-0001", "fr-0312"].map(batchOf)).toEqual(["old", "old"]);
    expect(["en-d2-0001", "de-pd-0086", "fr-x017"].map(batchOf)).toEqual(["new", "new", "new"]);
  });

  it("keeps first-batch records out of both halves", () => {
    expect(setOf(record("en-0007", "example.org/a.txt#s1"))).toBe("old");
  });
});

describe("document keys", () => {
  it("gives the sentences of one article the same key", () => {
    const same = (origins: string[]) => new Set(origins.map(documentKey)).size;
    expect(same(["corpus/docs/12.json#article.s1", "corpus/docs/12.json#heading.s2", "corpus/docs/12.json#article.s16"])).toBe(1);
    expect(same(["news/test.csv#article=89&sentence=2", "news/test.csv#article=89&sentence=8"])).toBe(1);
    expect(same(["text/story.txt#chars=10-90", "text/story.txt#chars=400-512"])).toBe(1);
    expect(same(["dump/2015.json#i=252.s4", "dump/2015.json#i=252.s9"])).toBe(1);
    expect(same(["https://example.org/story", "https://example.org/story"])).toBe(1);
    expect(same(["posts/7.md#s3 (https://example.org/7)", "posts/7.md#s12 (https://example.org/7, via a mirror)"])).toBe(1);
  });

  it("keeps apart the articles of a file that holds many", () => {
    expect(documentKey("news/test.csv#article=89&sentence=2")).not.toBe(documentKey("news/test.csv#article=159&sentence=2"));
    expect(documentKey("dump/2015.json#i=252.s4")).not.toBe(documentKey("dump/2015.json#i=253.s4"));
    expect(documentKey("sheet.xlsx#row:Id=4#s1")).not.toBe(documentKey("sheet.xlsx#row:Id=5#s1"));
  });
});

describe("halves", () => {
  const origins = Array.from({ length: 400 }, (_, i) => `corpus/docs/${i}.json`);

  it("puts every sentence of a document in the same half", () => {
    for (const origin of origins.slice(0, 50)) {
      const halves = new Set([1, 2, 3].map((s) => setOf(record(`en-d2-${s}`, `${origin}#article.s${s}`))));
      expect(halves.size).toBe(1);
    }
  });

  it("splits documents about evenly", () => {
    const heldout = origins.filter((o) => halfOf(documentKey(o)) === "heldout").length;
    expect(heldout / origins.length).toBeGreaterThan(0.4);
    expect(heldout / origins.length).toBeLessThan(0.6);
  });
});

describe("error listing", () => {
  const old = record("en-0001", "a.txt#s1");
  // Documents that land in each half, found rather than assumed.
  const [tuneOrigin, heldoutOrigin] = (["tune", "heldout"] as const).map(
    (half) => Array.from({ length: 50 }, (_, i) => `doc/${i}.txt`).find((o) => halfOf(documentKey(o)) === half)!,
  );
  const tune = record("en-d2-0001", `${tuneOrigin}#s1`);
  const heldout = record("en-d2-0002", `${heldoutOrigin}#s1`);
  const all = [old, tune, heldout];

  it("lists old and tune records by default, and never held-out ones unless asked", () => {
    expect(listedRecords(all, undefined)).toEqual([old, tune]);
    expect(listedRecords(all, "all")).toEqual([old, tune]);
    expect(listedRecords(all, "heldout")).toEqual([]);
    expect(listedRecords(all, "heldout", { showHeldout: true })).toEqual([heldout]);
    expect(listedRecords(all, "tune")).toEqual([tune]);
    expect(listedRecords(all, undefined, { showHeldout: true })).toEqual(all);
  });
});

describe("scoring", () => {
  const claim = (start: number, end: number, rule?: string) => ({ start, end, rule }) as Claim & { rule?: string };

  it("counts per rule the flags on target sentences, wrong on named or none ones, not those in the context", () => {
    const positive = record("en-0001", "a.txt", { context: "Before.", sentence: "A source said so." });
    const negative = record("en-0002", "b.txt", { sentence: "The minister said so.", label: "named" });
    const borderline = record("en-0003", "c.txt", { label: "borderline" });
    const claims = new Map([
      ["en-0001", [claim(0, 7, "cue-before"), claim(8, 25, "cue-before")]],
      ["en-0002", [claim(0, 21, "cue-before"), claim(0, 21)]],
      ["en-0003", [claim(0, 10, "cue-after")]],
    ]);
    const stats = ruleStats(recordVerdicts([positive, negative, borderline], claims));
    expect([...stats.keys()]).toEqual(["cue-before", "unknown"]);
    expect(stats.get("cue-before")).toEqual({ flags: 2, wrong: 1, precision: 0.5 });
    expect(stats.get("unknown")).toEqual({ flags: 1, wrong: 1, precision: 0 });
  });

  it("reports a language without data as unsupported, with no figures", () => {
    const report = score([record("ar-d2-0001", "a.txt", { lang: "ar" })], new Map(), { unsupported: new Set(["ar"]) });
    expect(report.ar).toEqual({ n: 1, unsupported: true });
    expect(formatFigures(report)).toMatch(/^ar\s+1\s+unsupported/m);
  });
});
