// The saved real pages: every flagged claim, and every sentence of every article body, placed on the page it came
// from; drawing and clearing highlights leaves each page exactly as it was.
import { readFileSync, readdirSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { afterAll, describe, expect, test } from "vitest";
import { anchorClaims, type Placement } from "../../src/dom/anchor";
import { Highlighter } from "../../src/dom/highlight/highlighter";
import { analyzeDocument } from "../../src/dom/pipeline";
import type { Claim } from "../../src/core/model/claim";
import { bodySentences, fakeHighlightApi, loose } from "./pages";

const fixtures = new URL("../fixtures/", import.meta.url);
const pages = [
  "seed-mee-haftar.html",
  ...readdirSync(new URL("pages/", fixtures)).map((name) => `pages/${name}/source.html`),
];

/** The page parsed and analysed (the slow part in jsdom, about 1 MB/s). */
function load(path: string) {
  const dom = new JSDOM(readFileSync(new URL(path, fixtures), "utf8"), { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  return { window: dom.window, doc, ...analyzeDocument(doc) };
}

function expectVerified(placements: Placement[], claims: Claim[]) {
  for (const [i, placement] of placements.entries()) {
    if (placement.range) expect(loose(placement.range.toString())).toBe(loose(claims[i]!.text));
    if (placement.sourceRange) expect(loose(placement.sourceRange.toString())).toBe(loose(claims[i]!.source.text));
  }
}

const tally = { claims: 0, claimsPlaced: 0, sentences: 0, sentencesPlaced: 0 };
afterAll(() => {
  console.log(
    `Placed on the saved pages: ${tally.claimsPlaced}/${tally.claims} flagged claims, ` +
      `${tally.sentencesPlaced}/${tally.sentences} body sentences`,
  );
});

describe.each(pages)("%s", (path) => {
  // Both tests read one parse of the page: the first leaves the page untouched, the second checks that it does too.
  let loaded: ReturnType<typeof load> | undefined;
  const page = () => (loaded ??= load(path));
  afterAll(() => loaded?.window.close());

  test("every flagged claim points at its own text, and is placed, every body sentence nearly so, each one checked", () => {
    const { doc, article, analysis } = page();
    if (!article) return;
    // The offsets the popup, the exports and the anchoring rely on: each claim, source and cue at its own text.
    for (const claim of analysis.claims) {
      for (const span of [claim, claim.source, ...(claim.cue ? [claim.cue] : [])]) {
        expect(article.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
    const placements = anchorClaims(doc, article, analysis.claims);
    expectVerified(placements, analysis.claims);
    tally.claims += placements.length;
    tally.claimsPlaced += placements.filter((placement) => placement.range).length;
    expect(placements.filter((placement) => !placement.range).map((p) => p.claimId)).toEqual([]);

    const sentences = bodySentences(article);
    const sentencePlacements = anchorClaims(doc, article, sentences);
    expectVerified(sentencePlacements, sentences);
    const placed = sentencePlacements.filter((placement) => placement.range).length;
    tally.sentences += sentences.length;
    tally.sentencesPlaced += placed;
    expect(placed).toBeGreaterThanOrEqual(Math.floor(sentences.length * 0.98));
  });

  test("highlights, drawn then cleared, leave the page byte for byte as it was", () => {
    const { window, doc, article, analysis } = page();
    if (!article) return;
    // Flagged claims are few on most of these pages: add every tenth sentence, for marks across all kinds of markup.
    const claims = [...analysis.claims, ...bodySentences(article).filter((_, i) => i % 10 === 0)];
    const before = doc.documentElement.outerHTML;

    const marks = new Highlighter(doc);
    marks.draw(anchorClaims(doc, article, claims), claims);
    expect(doc.querySelectorAll("mark[data-anonymark]").length).toBeGreaterThan(0);
    marks.clear();
    expect(doc.documentElement.outerHTML).toBe(before);

    const { registry } = fakeHighlightApi(window);
    const highlights = new Highlighter(doc);
    highlights.draw(anchorClaims(doc, article, claims), claims);
    expect(registry.has("anonymark-claim")).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
    highlights.clear();
    expect(registry.size).toBe(0);
  });
});
