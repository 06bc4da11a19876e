// Reviews found again when the seed article is analysed anew: unchanged, with its markup and typography changed, with
// a typo corrected, and with a paragraph gone.
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, test } from "vitest";
import { quoteOf } from "../../src/core/model/quote";
import { matchReviews, similarity, type Passage, type StoredReview } from "../../src/core/reviews/match";
import { analyzeDocument } from "../../src/dom/pipeline";
import type { Claim } from "../../src/core/model/claim";

const seedHtml = readFileSync(new URL("../fixtures/seed-mee-haftar.html", import.meta.url), "utf8");

function analyse(html: string): { text: string; claims: Claim[] } {
  const dom = new JSDOM(html, { url: "https://www.middleeasteye.net/fr/news/haftar", virtualConsole: new VirtualConsole() });
  try {
    const { article, analysis } = analyzeDocument(dom.window.document);
    if (!article) throw new Error("no article in the seed page");
    return { text: article.text, claims: analysis.claims };
  } finally {
    dom.window.close();
  }
}

function passages({ text, claims }: { text: string; claims: Claim[] }): Passage[] {
  return claims.map((claim) => ({ claimId: claim.id, quote: quoteOf(text, claim.start, claim.end) }));
}

const seed = analyse(seedHtml);

function claimWith(words: string, page = seed): Claim {
  const claim = page.claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
}

function reviewOn(claim: Claim, status: StoredReview["status"], note = ""): StoredReview {
  return { status, note, updated: "2024-05-02T10:00:00.000Z", quote: quoteOf(seed.text, claim.start, claim.end) };
}

/** The claim text each review was matched to, by note. */
function matchedText(reviews: StoredReview[], page: { text: string; claims: Claim[] }): Record<string, string> {
  const { byClaim } = matchReviews(reviews, passages(page));
  const textOf = new Map(page.claims.map((claim) => [claim.id, claim.text]));
  return Object.fromEntries([...byClaim].map(([claimId, review]) => [review.note, textOf.get(claimId)!]));
}

const firm = claimWith("Alger se serait montrée très ferme");
const security = claimWith("partenaire militaire le plus crédible");
const bouteflika = claimWith("toujours selon cette source diplomatique");
const reviews = [
  reviewOn(firm, "verified", "firm"),
  reviewOn(security, "disputed", "security"),
  reviewOn(bouteflika, "false-flag", "bouteflika"),
];

describe("matching reviews on a page analysed anew", () => {
  test("the same page gives every review back to its sentence", () => {
    expect(matchedText(reviews, analyse(seedHtml))).toEqual({
      firm: firm.text,
      security: security.text,
      bouteflika: bouteflika.text,
    });
    expect(matchReviews(reviews, passages(seed)).gone).toEqual([]);
  });

  test("markup and typography changed around the sentences: the reviews stay", () => {
    const restyled = seedHtml
      .replace("Alger se serait montrée très ferme", "Alger se serait montrée <em>très ferme</em>")
      .replaceAll("’", "'")
      .replace("toujours selon cette source diplomatique", "<span>toujours selon</span> cette source diplomatique");
    const page = analyse(restyled);
    expect(page.text).not.toBe(seed.text);
    const matched = matchedText(reviews, page);
    expect(matched.firm).toContain("Alger se serait montrée très ferme");
    expect(matched.security).toContain("partenaire militaire le plus crédible");
    expect(matched.bouteflika).toContain("toujours selon cette source diplomatique");
  });

  test("a typo corrected in the sentence keeps its review", () => {
    // The article's own typo: "ll s'est présenté" for "Il s'est présenté".
    const corrected = analyse(seedHtml.replace("« ll s’est présenté", "« Il s’est présenté"));
    const matched = matchedText(reviews, corrected);
    expect(matched.security).toContain("« Il s’est présenté");
  });

  test("a review whose paragraph was removed is reported gone, and not moved to a similar sentence", () => {
    const paragraph = /<p>[^<]*Alger se serait montrée très ferme[\s\S]*?<\/p>/.exec(seedHtml)?.[0];
    expect(paragraph).toBeDefined();
    const page = analyse(seedHtml.replace(paragraph!, ""));
    // Another sentence still opens with "Selon une source diplomatique,": the review must not jump to it.
    expect(page.claims.some((claim) => claim.text.startsWith("Selon une source diplomatique,"))).toBe(true);
    const { byClaim, gone } = matchReviews(reviews, passages(page));
    expect(gone.map((review) => review.note)).toEqual(["firm"]);
    expect([...byClaim.values()].map((review) => review.note).sort()).toEqual(["bouteflika", "security"]);
  });

  test("a sentence that appears twice is told apart by its context", () => {
    const sentence = "Selon une source diplomatique, Alger se serait montrée très ferme.";
    const text = [`Le matin, les délégués sont arrivés. ${sentence}`, `Le soir, rien n'avait changé. ${sentence}`].join("\n\n");
    const first = text.indexOf(sentence);
    const second = text.lastIndexOf(sentence);
    const page: Passage[] = [
      { claimId: "a", quote: quoteOf(text, first, first + sentence.length) },
      { claimId: "b", quote: quoteOf(text, second, second + sentence.length) },
    ];
    const evening: StoredReview = { ...reviewOn(firm, "verified", "evening"), quote: page[1]!.quote };
    expect(matchReviews([evening], page).byClaim.get("b")?.note).toBe("evening");
    expect(matchReviews([evening], page).byClaim.has("a")).toBe(false);
  });
});

test("similarity: 1 for the same text up to typography, low for another sentence", () => {
  expect(similarity("l’Algérie  reste", "l'algérie reste")).toBe(1);
  expect(similarity(firm.text, security.text)).toBeLessThan(0.4);
});
