// Every stored review in one file, and a file read back into storage: see core/reviews/archive.ts for the merge.
import { browser } from "../platform";
import { archiveOf, mergeArchive, readArchive, type ArchiveMerge, type ReviewArchive } from "../../core/reviews/archive";
import type { StoredReview } from "../../core/reviews/match";
import { loadPageReviews, loadReviewedArticles } from "./reviews";

/** Every review of every article, as stored now. */
export async function exportReviews(exportedAt = new Date().toISOString()): Promise<ReviewArchive> {
  const reviews = [];
  for (const article of await loadReviewedArticles()) {
    for (const review of (await loadPageReviews(article.url)).values()) reviews.push({ ...review, url: article.url, title: article.title });
  }
  return archiveOf(reviews, exportedAt);
}

/**
 * Reads a review archive into storage, merged with what is there; throws, writing nothing, when the file is not one
 * (its message: not-json, not-archive, version, malformed).
 */
export async function importReviews(text: string): Promise<Omit<ArchiveMerge, "writes">> {
  const read = readArchive(text);
  if ("error" in read) throw new Error(read.error);
  const stored = new Map<string, StoredReview>();
  for (const url of new Set(read.reviews.map((review) => review.url))) {
    for (const [key, review] of await loadPageReviews(url)) stored.set(key, review);
  }
  const { writes, ...counts } = mergeArchive(stored, read.reviews);
  if (Object.keys(writes).length > 0) await browser.storage.local.set(writes);
  return counts;
}
