// The seed article through the whole pipeline (jsdom → Readability → detector), checked against the flags it must
// produce (the saved real pages go through it in tests/anchor/real-pages.test.ts).
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, test } from "vitest";
import { analyzeDocument } from "../../src/dom/pipeline";
import type { Analysis, Article, Claim } from "../../src/core/model/claim";

const fixtures = new URL("../fixtures/", import.meta.url);

interface ExpectedClaim {
  sentence: string;
  source?: string;
  cue?: string;
  category?: string;
  kind?: string;
  anonymity?: string;
  hedge?: string;
  group?: string;
  where?: string;
}

interface Expected {
  lang: string;
  mustFlag: ExpectedClaim[];
  mayFlag: ExpectedClaim[];
  mustNotFlag: { sentence: string }[];
  sourcesAtLeast: Record<string, number>;
}

// The saved pages are UTF-8 (some still declare the charset they were served in).
function analyzeHtml(html: string) {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    return analyzeDocument(dom.window.document);
  } finally {
    dom.window.close();
  }
}

/** Whitespace differs between the page source and the extracted text; words do not. */
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

const claimFor = (claims: Claim[], sentence: string) =>
  claims.find((claim) => squash(claim.text).startsWith(squash(sentence)));

/** Every claim's offsets must point at its own text in the analysed text, and its source's at the source phrase. */
function expectOffsetsInto(text: string, claims: Claim[]) {
  for (const claim of claims) {
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(text.slice(claim.source.start, claim.source.end)).toBe(claim.source.text);
    if (claim.cue) expect(text.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
  }
}

describe("the seed article (Middle East Eye, French edition)", () => {
  const expected: Expected = JSON.parse(readFileSync(new URL("seed-mee-haftar.expected.json", fixtures), "utf8"));
  const result = analyzeHtml(readFileSync(new URL("seed-mee-haftar.html", fixtures), "utf8"));
  const article = result.article as Article;
  const { claims, lang } = result.analysis as Analysis;

  test("is extracted as a French article", () => {
    expect(article).not.toBeNull();
    expect(lang).toBe(expected.lang);
    expectOffsetsInto(article.text, claims);
  });

  test.each(expected.mustFlag.map((entry) => [entry.sentence.slice(0, 60), entry] as const))(
    "flags %s…",
    (_, entry) => {
      const claim = claimFor(claims, entry.sentence);
      expect(claim, `no claim starts with "${entry.sentence}"`).toBeDefined();
      if (!claim) return;
      expect(claim.source.text).toBe(entry.source);
      expect(claim.cue?.text ?? null).toBe(entry.cue ?? null);
      expect(claim.source.category).toBe(entry.category);
      expect(claim.kind).toBe(entry.kind);
      if (entry.anonymity) expect(claim.source.anonymity).toBe(entry.anonymity);
      if (entry.hedge) expect(claim.hedges).toContain(entry.hedge);
      if (entry.where) {
        const block = article.blocks.find((b) => b.start <= claim.start && claim.start < b.end);
        expect(block?.role).toBe(entry.where);
      }
    },
  );

  test("claims on the same source share a group, claims on different sources do not", () => {
    const labelled = expected.mustFlag
      .filter((entry) => entry.group)
      .map((entry) => ({ label: entry.group, group: claimFor(claims, entry.sentence)?.group }));
    expect(labelled.every(({ group }) => group !== undefined)).toBe(true);
    for (const a of labelled) {
      for (const b of labelled) expect(a.group === b.group, `${a.label} vs ${b.label}`).toBe(a.label === b.label);
    }
  });

  test("flags nothing outside the article nor any unattributed or named passage", () => {
    for (const { sentence } of expected.mustNotFlag) {
      const passage = squash(sentence);
      const flagged = claims.filter((claim) => squash(claim.text).includes(passage) || passage.includes(squash(claim.text)));
      expect(flagged.map((claim) => claim.text), sentence).toEqual([]);
    }
  });

  test("counts at least the expected unnamed sources of each category", () => {
    for (const [category, atLeast] of Object.entries(expected.sourcesAtLeast)) {
      const groups = new Set(claims.filter((claim) => claim.source.category === category).map((claim) => claim.group));
      expect(groups.size, category).toBeGreaterThanOrEqual(atLeast);
    }
  });

  test("flags the expected claims and nothing else (the optional ones aside)", () => {
    const must = expected.mustFlag.map((entry) => claimFor(claims, entry.sentence));
    expect(new Set(must).size).toBe(expected.mustFlag.length);
    const extra = claims.filter((claim) => !must.includes(claim));
    const allowed = extra.filter((claim) => expected.mayFlag.some((entry) => claimFor([claim], entry.sentence)));
    expect(extra.map((claim) => claim.text)).toEqual(allowed.map((claim) => claim.text));
  });
});
