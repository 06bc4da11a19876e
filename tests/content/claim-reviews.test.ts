// The page's side of reviews: found again in storage.local when the article is analysed anew, written back at once,
// and a false flag left out of the highlights.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { ClaimReviews } from "../../src/content/claim-reviews";
import { quoteOf } from "../../src/core/model/quote";
import { analyzeText } from "../../src/dom/pipeline";
import { reviewsKey } from "../../src/core/reviews/key";
import type { Review } from "../../src/core/model/review";
import type { Article } from "../../src/core/model/claim";
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
const key = reviewsKey(article.url);
const verified: Review = { status: "verified", note: "Confirmed by a second diplomat", updated: "2024-05-02T10:00:00.000Z" };

/** storage.local as a map, with the calls the reviews make. */
let storage: Record<string, unknown>;
beforeEach(() => {
  storage = {};
  Object.assign(fake.storage.local, {
    get: vi.fn(async (name: string) => (name in storage ? { [name]: storage[name] } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(storage, structuredClone(items))),
    remove: vi.fn(async (name: string) => void delete storage[name]),
  });
});

describe("ClaimReviews", () => {
  it("stores a review under the article's key with the claim's quote, and finds it again on the next analysis", async () => {
    const first = await ClaimReviews.load(article, claims);
    await first.set(claims[1]!, verified);
    expect(storage[key]).toMatchObject({
      url: article.url,
      title: article.title,
      reviews: [{ ...verified, quote: quoteOf(text, claims[1]!.start, claims[1]!.end) }],
    });

    // The page reloaded: a new analysis, new claim ids.
    const reanalysed = claims.map((claim) => ({ ...claim, id: `new-${claim.id}` }));
    const again = await ClaimReviews.load(article, reanalysed);
    expect(again.of(reanalysed[1]!.id)).toEqual(verified);
    expect(again.of(reanalysed[0]!.id)).toBeUndefined();
    expect(again.gone).toEqual([]);
  });

  it("reports a review whose passage is gone, and keeps it when other reviews are written", async () => {
    await (await ClaimReviews.load(article, claims)).set(claims[2]!, verified);
    const shorter = { ...article, text: text.slice(0, claims[2]!.start) };
    const remaining = claims.slice(0, 2);
    const reviews = await ClaimReviews.load(shorter, remaining);
    expect(reviews.gone.map((review) => review.quote.exact)).toEqual([claims[2]!.text]);
    await reviews.set(remaining[0]!, { ...verified, status: "disputed" });
    expect((storage[key] as { reviews: unknown[] }).reviews).toHaveLength(2);
  });

  it("leaves a false flag out of the highlights, and puts it back when the mark is removed", async () => {
    const reviews = await ClaimReviews.load(article, claims);
    await reviews.set(claims[0]!, { ...verified, status: "false-flag" });
    expect(reviews.highlighted(claims).map((claim) => claim.id)).toEqual(claims.slice(1).map((claim) => claim.id));
    await reviews.set(claims[0]!, null);
    expect(reviews.highlighted(claims)).toHaveLength(claims.length);
    expect(storage[key]).toBeUndefined();
  });

  it("analyses the page with no reviews when storage cannot be read", async () => {
    fake.storage.local.get.mockRejectedValue(new Error("storage is disabled"));
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const reviews = await ClaimReviews.load(article, claims);
    expect(reviews.highlighted(claims)).toHaveLength(claims.length);
    expect(reviews.gone).toEqual([]);
  });
});
