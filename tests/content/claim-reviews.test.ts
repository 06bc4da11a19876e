// The page's side of reviews: found again in storage.local when the article is analysed anew, written one claim at a
// time, kept in step with other tabs, and never shown when storage refused them.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { ClaimReviews } from "../../src/content/claim-reviews";
import { quoteOf } from "../../src/core/model/quote";
import { analyzeText } from "../../src/dom/pipeline";
import type { Review } from "../../src/core/model/review";
import type { Article, Claim } from "../../src/core/model/claim";
import { installFakeStorage } from "../reviews/fake-storage";
import type { FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser;

// Paragraphs of the seed article (Middle East Eye, French edition, 18 December 2016).
const text = [
  "Selon une source diplomatique, le projet de coopération militaire proposé par le maréchal rebelle a été conditionné par les Algériens à une entente avec le Gouvernement d'union nationale.",
  "Une source diplomatique algérienne a révélé à Middle East Eye que le maréchal rebelle avait demandé des armes.",
  "« Il s'est présenté comme le partenaire militaire le plus crédible et le plus sûr », relève une source sécuritaire.",
].join("\n\n");
const { claims } = analyzeText(text, "fr");
const article: Article = {
  title: "Khalifa Haftar à Alger", byline: null, lang: "fr", standfirst: null, text, blocks: [],
  url: "https://www.middleeasteye.net/fr/news/haftar", siteName: "Middle East Eye", published: null, droppedLead: false,
};
const verified: Review = { status: "verified", note: "Confirmed by a second diplomat", updated: "2024-05-02T10:00:00.000Z" };
const quotes = claims.map((claim) => quoteOf(text, claim.start, claim.end));

let storage: ReturnType<typeof installFakeStorage>;
let tab: AbortController;
beforeEach(() => {
  storage = installFakeStorage(fake);
  tab = new AbortController();
});
afterEach(() => tab.abort());

const load = (page: Article = article, found: Claim[] = claims) => ClaimReviews.load(page, page.text, found, tab.signal);
/** The reviews storage holds, by quote. */
const stored = () =>
  Object.values(storage.data).map((entry) => entry as { quote: { exact: string }; status: string; note: string; url: string });

describe("ClaimReviews", () => {
  it("stores a review with the claim's quote under the article, and finds it again on the next analysis", async () => {
    const first = await load();
    await first.set(claims[1]!, verified);
    expect(stored()).toEqual([{ ...verified, quote: quotes[1], url: article.url, title: article.title }]);

    // The page reloaded: a new analysis, new claim ids.
    const reanalysed = claims.map((claim) => ({ ...claim, id: `new-${claim.id}` }));
    const again = await load(article, reanalysed);
    expect(again.of(reanalysed[1]!.id)).toEqual(verified);
    expect(again.of(reanalysed[0]!.id)).toBeUndefined();
    expect(again.gone).toEqual([]);
  });

  it("reports a review whose passage is gone, and keeps it when other reviews are written", async () => {
    await (await load()).set(claims[2]!, verified);
    const shorter = { ...article, text: text.slice(0, claims[2]!.start) };
    const reviews = await load(shorter, claims.slice(0, 2));
    expect(reviews.gone.map((review) => review.quote.exact)).toEqual([claims[2]!.text]);
    await reviews.set(claims[0]!, { ...verified, status: "disputed" });
    expect(stored()).toHaveLength(2);
  });

  it("removes a review taken back, and the article's entry with its last review", async () => {
    const reviews = await load();
    await reviews.set(claims[0]!, verified);
    await reviews.set(claims[0]!, null);
    expect(reviews.of(claims[0]!.id)).toBeUndefined();
    expect(storage.data).toEqual({});
  });

  it("a review found on a corrected sentence is stored again under the new quote, in place of the old one", async () => {
    const typo = { ...article, text: text.replace("très ferme", "tres ferme").replace("conditionné", "conditione") };
    await (await load(typo, analyzeText(typo.text, "fr").claims)).set(analyzeText(typo.text, "fr").claims[0]!, verified);
    const corrected = await load();
    expect(corrected.of(claims[0]!.id)).toEqual(verified);
    await corrected.set(claims[0]!, { ...verified, status: "disputed" });
    expect(stored().map((review) => [review.quote.exact, review.status])).toEqual([[claims[0]!.text, "disputed"]]);
  });

  it("two tabs on the article, writing at the same time, lose nothing and see each other's reviews", async () => {
    const [left, right] = [await load(), await load()];
    await Promise.all([
      left.set(claims[0]!, verified),
      right.set(claims[1]!, { ...verified, status: "disputed" }),
      left.set(claims[2]!, { ...verified, note: "Asked the embassy" }),
    ]);
    expect(stored().map((review) => review.quote.exact).sort()).toEqual(claims.map((claim) => claim.text).sort());
    await storage.told();
    for (const tab of [left, right]) {
      expect(claims.map((claim) => tab.of(claim.id)?.status)).toEqual(["verified", "disputed", "verified"]);
    }
    await right.set(claims[0]!, null);
    await storage.told();
    expect(left.of(claims[0]!.id)).toBeUndefined();
  });

  it("a review storage refused is not shown, and is not written with the next one", async () => {
    const reviews = await load();
    storage.failNextWrite();
    await expect(reviews.set(claims[0]!, verified)).rejects.toThrow(/quota/);
    expect(reviews.of(claims[0]!.id)).toBeUndefined();
    await reviews.set(claims[1]!, { ...verified, status: "disputed" });
    expect(stored().map((review) => review.quote.exact)).toEqual([claims[1]!.text]);
    expect((await load()).of(claims[0]!.id)).toBeUndefined();
  });

  it("moves the reviews an earlier version kept in one entry to an entry per claim with the next change", async () => {
    const legacy = `reviews:${article.url}`;
    storage.data[legacy] = { url: article.url, title: article.title, reviews: [{ ...verified, quote: quotes[0] }] };
    const reviews = await load();
    expect(reviews.of(claims[0]!.id)).toEqual(verified);
    await reviews.set(claims[1]!, { ...verified, status: "disputed" });
    expect(storage.data[legacy]).toBeUndefined();
    expect(stored().map((review) => [review.quote.exact, review.status])).toEqual([
      [claims[0]!.text, "verified"],
      [claims[1]!.text, "disputed"],
    ]);
  });

  it("analyses the page with no reviews when storage cannot be read", async () => {
    storage.local.get.mockRejectedValue(new Error("storage is disabled"));
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const reviews = await load();
    expect(claims.map((claim) => reviews.of(claim.id))).toEqual(claims.map(() => undefined));
    expect(reviews.gone).toEqual([]);
  });
});
