// @vitest-environment jsdom
// Property tests on anchoring: whatever the article and the page's markup, anchorClaims answers, and every claim it
// places reads on the page as the claim does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/detect";
import { anchorClaims } from "../../src/dom/anchor";
import { looseForm } from "../../src/dom/anchor/page-text";
import type { Article, Block, Claim } from "../../src/core/model/claim";
import { articleText } from "./texts";

const INLINE_TAGS = ["em", "strong", "a", "span", "b"];

/** The article as extraction gives it: paragraphs as blocks, joined by blank lines. */
function articleOf(text: string): Article {
  const paragraphs = text.split(/\n\n+/).map((paragraph) => paragraph.trim()).filter(Boolean);
  const blocks: Block[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    blocks.push({ start: offset, end: offset + paragraph.length, role: "body" });
    offset += paragraph.length + 2;
  }
  return {
    title: "", byline: null, lang: "fr", standfirst: null, text: paragraphs.join("\n\n"), blocks,
    url: "https://news.example/", siteName: null, published: null, droppedLead: false,
  };
}

/** The page: each paragraph a <p>, cut at the given places into inline elements, as pages mark up their text. */
function renderPage(article: Article, cuts: number[]): void {
  document.body.replaceChildren();
  for (const [index, block] of article.blocks.entries()) {
    const paragraph = article.text.slice(block.start, block.end);
    const p = document.createElement("p");
    const at = [...new Set(cuts.map((cut) => cut % (paragraph.length + 1)))].sort((a, b) => a - b);
    let from = 0;
    for (const [n, cut] of [...at, paragraph.length].entries()) {
      const part = paragraph.slice(from, cut);
      from = Math.max(from, cut);
      if (!part) continue;
      if (n % 2 === 0) p.append(part);
      else p.append(Object.assign(document.createElement(INLINE_TAGS[(n + index) % INLINE_TAGS.length]!), { textContent: part }));
    }
    document.body.append(p);
  }
}

/** A claim on any stretch of the article, its source a stretch of it: anchoring must cope with what detection never gives. */
function spanClaim(text: string, [a, b, c, d]: [number, number, number, number], id: string): Claim {
  const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
  const [sourceStart, sourceEnd] = [start + (c % (end - start + 1)), start + (d % (end - start + 1))].sort((x, y) => x - y) as [number, number];
  return {
    id, text: text.slice(start, end), start, end,
    source: { text: text.slice(sourceStart, sourceEnd), start: sourceStart, end: sourceEnd, category: "other", anonymity: "anonymous" },
    cue: null, kind: "explicit", group: "g", hedges: [], rule: "cue-before",
  };
}

const cutsArbitrary = fc.array(fc.nat({ max: 2000 }), { maxLength: 8 });
const spansArbitrary = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 4 });

describe("anchorClaims on any article and markup", () => {
  it("never throws, answers for every claim, and every range it gives reads as its claim", () => {
    let placedRanges = 0;
    fc.assert(
      fc.property(articleText, cutsArbitrary, spansArbitrary, (text, cuts, spans) => {
        const article = articleOf(text);
        renderPage(article, cuts);
        const claims = [
          ...analyze(article.text, { lang: "fr" }).claims,
          ...spans.map((span, n) => spanClaim(article.text, span, `span-${n}`)),
        ];
        const placements = anchorClaims(document, article, claims);
        expect(placements.map((placement) => placement.claimId)).toEqual(claims.map((claim) => claim.id));
        placedRanges += placements.filter((placement) => placement.range).length;
        for (const [n, { range, sourceRange }] of placements.entries()) {
          const claim = claims[n]!;
          if (range) expect(looseForm(range.toString())).toBe(looseForm(claim.text));
          if (sourceRange) expect(looseForm(sourceRange.toString())).toBe(looseForm(claim.source.text));
        }
      }),
      { numRuns: 500 },
    );
    // The property was checked on real placements, not only on claims that could not be placed.
    expect(placedRanges).toBeGreaterThan(100);
  });

  it("places the detector's claims when the page shows the article's text as it is", () => {
    fc.assert(
      fc.property(articleText, cutsArbitrary, (text, cuts) => {
        const article = articleOf(text);
        renderPage(article, cuts);
        const claims = analyze(article.text, { lang: "fr" }).claims;
        const placements = anchorClaims(document, article, claims);
        expect(placements.filter((placement) => !placement.range).map((p) => p.claimId)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
