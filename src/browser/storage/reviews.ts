// Reviews in storage.local, one entry per reviewed claim (see core/reviews/key.ts): a write touches only the claim it
// changes, so two tabs on one article, or a tab and the options page, never undo each other's work. Content scripts
// and extension pages both read and write here.
import { browser } from "../platform";
import type { TextQuote } from "../../core/model/quote";
import { reviewStatuses, type Review, type ReviewStatus } from "../../core/model/review";
import { articleReviewsPrefix, legacyReviewsKey, normaliseUrl, REVIEWS_PREFIX, reviewKey } from "../../core/reviews/key";
import type { StoredReview } from "../../core/reviews/match";

/** The article a review belongs to: the address it is kept under, and its title for the options page. */
export interface ReviewedArticle {
  url: string;
  title: string;
}

/** One claim's review as stored. */
export type ReviewEntry = StoredReview & ReviewedArticle;

/** An article with reviews, for the options page. */
export interface ReviewedArticleSummary extends ReviewedArticle {
  reviews: number;
  /** The latest change to one of its reviews (ISO 8601). */
  updated: string;
}

/** The article's reviews by storage key. */
export async function loadPageReviews(url: string): Promise<Map<string, StoredReview>> {
  const everything = await browser.storage.local.get(null);
  const prefix = articleReviewsPrefix(url);
  const found = new Map<string, StoredReview>(legacyReviews(everything[legacyReviewsKey(url)], url));
  for (const [key, value] of Object.entries(everything)) {
    if (key.startsWith(prefix) && isStoredReview(value)) found.set(key, storedReview(value));
  }
  return found;
}

/**
 * Stores `review` on `quote` (or removes it, when null), in place of the one it `replaces`, and returns the entries
 * it wrote (null: removed). Throws when storage refuses: the caller keeps what it showed before.
 */
export async function storeReview(
  article: ReviewedArticle,
  quote: TextQuote,
  review: Review | null,
  replaces: TextQuote = quote,
): Promise<Map<string, StoredReview | null>> {
  const url = normaliseUrl(article.url);
  const key = reviewKey(url, quote);
  const removed = new Set<string>();
  if (!review) removed.add(key);
  if (reviewKey(url, replaces) !== key) removed.add(reviewKey(url, replaces));
  // An article still in the one entry of earlier versions moves to an entry per claim with its first change.
  const legacyKey = legacyReviewsKey(url);
  const legacy = legacyReviews((await browser.storage.local.get(legacyKey))[legacyKey], url);
  const written: Record<string, ReviewEntry> = {};
  for (const [kept, entry] of legacy) if (!removed.has(kept)) written[kept] = entry;
  if (review) written[key] = { status: review.status, note: review.note, updated: review.updated, quote, title: article.title, url };
  if (Object.keys(written).length > 0) await browser.storage.local.set(written);
  if (legacy.length > 0) removed.add(legacyKey);
  if (removed.size > 0) await browser.storage.local.remove([...removed]);
  return new Map<string, StoredReview | null>([
    ...[...removed].map((gone) => [gone, null] as const),
    ...Object.entries(written).map(([kept, entry]) => [kept, storedReview(entry)] as const),
  ]);
}

/**
 * Calls `listener` with the changes another writer (or this one) makes to the article's reviews, by storage key (null:
 * removed), until `signal`.
 */
export function watchPageReviews(
  url: string,
  listener: (changes: Map<string, StoredReview | null>) => void,
  signal: AbortSignal,
): void {
  const prefix = articleReviewsPrefix(url);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== "local") return;
    const ours = new Map<string, StoredReview | null>();
    for (const [key, { newValue }] of Object.entries(changes)) {
      if (key.startsWith(prefix)) ours.set(key, isStoredReview(newValue) ? storedReview(newValue) : null);
    }
    if (ours.size > 0) listener(ours);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}

/** Every article with reviews, with how many, for the options page; newest change first. */
export async function loadReviewedArticles(): Promise<ReviewedArticleSummary[]> {
  const articles = new Map<string, ReviewedArticleSummary>();
  for (const [key, value] of Object.entries(await browser.storage.local.get(null))) {
    if (!key.startsWith(REVIEWS_PREFIX)) continue;
    const url = key.slice(REVIEWS_PREFIX.length).split(" ")[0]!;
    const entries = isStoredReview(value) ? [value as Partial<ReviewEntry> & StoredReview] : legacyReviews(value, url).map(([, v]) => v);
    for (const entry of entries) {
      const article = articles.get(url) ?? { url, title: "", reviews: 0, updated: "" };
      article.reviews += 1;
      if (entry.updated > article.updated) article.updated = entry.updated;
      if (!article.title && typeof entry.title === "string") article.title = entry.title;
      articles.set(url, article);
    }
  }
  return [...articles.values()].sort((a, b) => b.updated.localeCompare(a.updated));
}

/** Deletes every review of the article. */
export async function deleteArticleReviews(url: string): Promise<void> {
  const everything = await browser.storage.local.get(null);
  const prefix = articleReviewsPrefix(url);
  const keys = Object.keys(everything).filter((key) => key === legacyReviewsKey(url) || key.startsWith(prefix));
  if (keys.length > 0) await browser.storage.local.remove(keys);
}

/** The reviews of an earlier version's entry for the article, each with the key it takes now. */
function legacyReviews(value: unknown, url: string): [string, ReviewEntry][] {
  const page = value as { title?: unknown; reviews?: unknown } | undefined;
  if (!Array.isArray(page?.reviews)) return [];
  const title = typeof page.title === "string" ? page.title : "";
  return page.reviews
    .filter(isStoredReview)
    .map((review) => [reviewKey(url, review.quote), { ...storedReview(review), url: normaliseUrl(url), title }]);
}

function storedReview({ status, note, updated, quote }: StoredReview): StoredReview {
  return { status, note, updated, quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix } };
}

// Storage outlives versions of the extension: anything that is not a review we can read is left out.
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
