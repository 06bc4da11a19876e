// The reader's reviews of the claims on this page: found again in storage when the page is analysed, changed from the
// popup or the in-page card, stored at once, one claim at a time; what another tab (or the options page) changes on the
// same article comes in through storage.onChanged. Memory follows storage: a review is shown once it is stored.
import { quoteOf } from "../core/model/quote";
import type { Review } from "../core/model/review";
import { loadPageReviews, storeReview, watchPageReviews, type ReviewedArticle } from "../browser/storage/reviews";
import { matchReviews, type Passage, type ReviewMatch, type StoredReview } from "../core/reviews/match";
import type { Claim } from "../core/model/claim";

export class ClaimReviews {
  private matched: ReviewMatch = { byClaim: new Map(), gone: [] };

  private constructor(
    private readonly article: ReviewedArticle,
    private readonly text: string,
    private readonly passages: Passage[],
    /** The article's stored reviews by storage key, as storage has them. */
    private readonly stored: Map<string, StoredReview>,
  ) {}

  /**
   * The article's stored reviews, matched to the claims of `text`, and kept in step with storage until `signal`;
   * none when storage cannot be read.
   */
  static async load(article: ReviewedArticle, text: string, claims: readonly Claim[], signal: AbortSignal): Promise<ClaimReviews> {
    const passages = claims.map((claim) => ({ claimId: claim.id, quote: quoteOf(text, claim.start, claim.end) }));
    const reviews = new ClaimReviews(article, text, passages, new Map());
    // Listening first: a change made while the stored reviews are read is not missed.
    watchPageReviews(article.url, (changes) => reviews.changed(changes), signal);
    try {
      reviews.changed(await loadPageReviews(article.url));
    } catch (error) {
      console.warn("Anonymark: could not read the reviews of this page:", error instanceof Error ? error.message : error);
    }
    return reviews;
  }

  of(claimId: string): Review | undefined {
    const stored = this.matched.byClaim.get(claimId);
    return stored && { status: stored.status, note: stored.note, updated: stored.updated };
  }

  /** Reviews stored for this article whose passage is no longer in it: shown, never dropped. */
  get gone(): StoredReview[] {
    return [...this.matched.gone];
  }

  /** Sets (or, with null, removes) the claim's review; throws, changing nothing, when storage refuses it. */
  async set(claim: Claim, review: Review | null): Promise<void> {
    const quote = quoteOf(this.text, claim.start, claim.end);
    const written = await storeReview(this.article, quote, review, this.matched.byClaim.get(claim.id)?.quote);
    // storage.onChanged tells this writer too, later: the popup's answer already has the change.
    this.changed(written);
  }

  /** Storage's entries changed (null: removed), matched to the claims again at once. */
  private changed(changes: ReadonlyMap<string, StoredReview | null>): void {
    for (const [key, review] of changes) {
      if (review) this.stored.set(key, review);
      else this.stored.delete(key);
    }
    this.matched = matchReviews([...this.stored.values()], this.passages);
  }
}
