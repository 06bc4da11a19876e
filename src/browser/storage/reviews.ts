// Reviews in storage.local, one entry per article. Content scripts and extension pages both read and write here.
import { browser } from "../platform";
import { reviewStatuses, type ReviewStatus } from "../../core/model/review";
import { reviewsKey } from "../../core/reviews/key";
import type { PageReviews, StoredReview } from "../../core/reviews/match";

export async function loadPageReviews(url: string): Promise<StoredReview[]> {
  const key = reviewsKey(url);
  const stored = (await browser.storage.local.get(key))[key];
  const page = stored as Partial<PageReviews> | undefined;
  // Storage outlives versions of the extension: anything that is not a review we can read is left out.
  return Array.isArray(page?.reviews) ? page.reviews.filter(isStoredReview) : [];
}

export async function savePageReviews(page: PageReviews): Promise<void> {
  const key = reviewsKey(page.url);
  if (page.reviews.length === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: page });
}

function isStoredReview(value: unknown): value is StoredReview {
  const review = value as Partial<StoredReview> | null;
  const quote = review?.quote;
  return (
    typeof review === "object" &&
    reviewStatuses.includes(review?.status as ReviewStatus) &&
    typeof review?.note === "string" &&
    typeof review.updated === "string" &&
    typeof quote?.exact === "string" &&
    typeof quote.prefix === "string" &&
    typeof quote.suffix === "string"
  );
}
