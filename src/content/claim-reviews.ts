// The reader's reviews of the claims on this page: found again in storage when the page is analysed, changed from the
// popup or the in-page card, stored at once. The page's content script is the one writer for its page, so that the
// popup and the card never overwrite each other.
import { quoteOf } from "../core/model/quote";
import type { Review } from "../core/model/review";
import { loadPageReviews, savePageReviews } from "../browser/storage/reviews";
import { matchReviews, putReview, type StoredReview } from "../core/reviews/match";
import type { Article, Claim } from "../core/model/claim";

export class ClaimReviews {
  /** Writes one after the other: two quick changes must not store an older list last. */
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private readonly article: Article,
    private stored: StoredReview[],
    private readonly byClaim: Map<string, StoredReview>,
    private readonly goneReviews: StoredReview[],
  ) {}

  /** The stored reviews of the article, matched to its claims; none when storage cannot be read. */
  static async load(article: Article, claims: readonly Claim[]): Promise<ClaimReviews> {
    let stored: StoredReview[] = [];
    try {
      stored = await loadPageReviews(article.url);
    } catch (error) {
      console.warn("Anonymark: could not read the reviews of this page:", error instanceof Error ? error.message : error);
    }
    const passages = claims.map((claim) => ({ claimId: claim.id, quote: quoteOf(article.text, claim.start, claim.end) }));
    const { byClaim, gone } = matchReviews(stored, passages);
    return new ClaimReviews(article, stored, byClaim, gone);
  }

  of(claimId: string): Review | undefined {
    const stored = this.byClaim.get(claimId);
    return stored && { status: stored.status, note: stored.note, updated: stored.updated };
  }

  /** Reviews stored for this article whose passage is no longer in it: shown, never dropped. */
  get gone(): StoredReview[] {
    return [...this.goneReviews];
  }

  /** The claims to highlight: one the reader marked as a false flag is not. */
  highlighted<T extends Claim>(claims: readonly T[]): T[] {
    return claims.filter((claim) => this.byClaim.get(claim.id)?.status !== "false-flag");
  }

  /** Sets (or, with null, removes) the claim's review and stores the article's reviews. */
  async set(claim: Claim, review: Review | null): Promise<void> {
    const quote = quoteOf(this.article.text, claim.start, claim.end);
    this.stored = putReview(this.stored, quote, review, this.byClaim.get(claim.id)?.quote);
    if (review) this.byClaim.set(claim.id, { ...review, quote });
    else this.byClaim.delete(claim.id);
    const page = { url: this.article.url, title: this.article.title, reviews: this.stored };
    const write = this.saving.then(() => savePageReviews(page));
    this.saving = write.catch(() => undefined);
    await write;
  }
}
