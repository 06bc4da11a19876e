// Every review, across articles, in one JSON file the reader keeps or moves to another browser, and read back: merged
// with what is stored, claim by claim, the newer change kept, so that importing a file twice, or two files that
// overlap, neither loses a review nor stores one twice.
import type { TextQuote } from "../model/quote";
import { reviewStatuses, type ReviewStatus } from "../model/review";
import { normaliseUrl, reviewKey } from "./key";
import type { StoredReview } from "./match";

/** One claim's review with the article it belongs to. */
export interface ArchivedReview extends StoredReview {
  url: string;
  title: string;
}

export const ARCHIVE_FORMAT = "anonymark-reviews";

export interface ReviewArchive {
  format: typeof ARCHIVE_FORMAT;
  version: 1;
  exportedAt: string;
  reviews: ArchivedReview[];
}

export function archiveOf(reviews: readonly ArchivedReview[], exportedAt: string): ReviewArchive {
  return { format: ARCHIVE_FORMAT, version: 1, exportedAt, reviews: [...reviews] };
}

/** The reviews a file holds, or why it is not a review archive; nothing of a file with one bad review is taken. */
export function readArchive(text: string): { reviews: ArchivedReview[] } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { error: "not-json" };
  }
  const archive = value as Partial<ReviewArchive> | null;
  if (typeof archive !== "object" || archive === null || archive.format !== ARCHIVE_FORMAT || !Array.isArray(archive.reviews)) {
    return { error: "not-archive" };
  }
  if (archive.version !== 1) return { error: "version" };
  return archive.reviews.every(isArchivedReview) ? { reviews: archive.reviews } : { error: "malformed" };
}

/** What an import changes: the entries to write by storage key, and how many reviews were new, newer or already in. */
export interface ArchiveMerge {
  writes: Record<string, ArchivedReview>;
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges `incoming` into `stored` (the stored entries by key): a review of a claim with none is added, one changed
 * after the stored review replaces it, any other is left as it is. A claim reviewed twice in the file is written once,
 * with the newer review.
 */
export function mergeArchive(stored: ReadonlyMap<string, StoredReview>, incoming: readonly ArchivedReview[]): ArchiveMerge {
  const merge: ArchiveMerge = { writes: {}, added: 0, updated: 0, unchanged: 0 };
  for (const review of incoming) {
    const url = normaliseUrl(review.url);
    const key = reviewKey(url, review.quote);
    const pending = merge.writes[key];
    const current = pending ?? stored.get(key);
    if (current && current.updated >= review.updated) {
      merge.unchanged += 1;
      continue;
    }
    merge.writes[key] = { ...review, url };
    if (pending) merge.unchanged += 1;
    else if (stored.has(key)) merge.updated += 1;
    else merge.added += 1;
  }
  return merge;
}

const isString = (value: unknown): value is string => typeof value === "string";

function isQuote(value: unknown): value is TextQuote {
  const quote = value as Partial<TextQuote> | null;
  return typeof quote === "object" && quote !== null && isString(quote.exact) && isString(quote.prefix) && isString(quote.suffix);
}

function isArchivedReview(value: unknown): value is ArchivedReview {
  const review = value as Partial<ArchivedReview> | null;
  return (
    typeof review === "object" && review !== null &&
    reviewStatuses.includes(review.status as ReviewStatus) &&
    isString(review.note) && isString(review.updated) && !Number.isNaN(Date.parse(review.updated)) &&
    isString(review.url) && isString(review.title) && isQuote(review.quote)
  );
}
