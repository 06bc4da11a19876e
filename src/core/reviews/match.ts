// Finding reviews again on a page analysed anew. A review is kept with the quote it was made on and 32 characters of
// context on each side; on reload the claims are matched by exact quote first (the context tells apart sentences
// that repeat), then by similarity, so that a corrected typo or a re-rendered paragraph keeps its review. A review
// whose passage has gone is returned as such: the reader decides what to do with it, nothing drops it silently.
import type { TextQuote } from "../model/quote";
import type { Review } from "../model/review";

export interface StoredReview extends Review {
  /** The claim's sentence and its context when the review was made. */
  quote: TextQuote;
}

/** A claim of the page being matched: its id in this analysis and its quote in this analysis' text. */
export interface Passage {
  claimId: string;
  quote: TextQuote;
}

export interface ReviewMatch {
  /** The stored review of each claim that has one. */
  byClaim: Map<string, StoredReview>;
  /** Reviews whose passage is no longer in the article. */
  gone: StoredReview[];
}

/** How alike a changed sentence must be to carry its review over ("a corrected typo", not "another sentence"). */
const SAME_QUOTE = 0.8;
/** A sentence rewritten more than that still matches when its surroundings are the same. */
const CHANGED_QUOTE = 0.5;
const SAME_CONTEXT = 0.8;

export function matchReviews(reviews: readonly StoredReview[], passages: readonly Passage[]): ReviewMatch {
  const byClaim = new Map<string, StoredReview>();
  const open = new Set(reviews);
  const assign = (pairs: { review: StoredReview; passage: Passage; score: number }[]) => {
    for (const { review, passage } of pairs.sort((a, b) => b.score - a.score)) {
      if (!open.has(review) || byClaim.has(passage.claimId)) continue;
      byClaim.set(passage.claimId, review);
      open.delete(review);
    }
  };

  assign(
    pairs(open, passages, (review, passage) =>
      review.quote.exact === passage.quote.exact ? contextSimilarity(review.quote, passage.quote) : null,
    ),
  );
  assign(
    pairs(open, passages.filter((passage) => !byClaim.has(passage.claimId)), (review, passage) => {
      const quote = similarity(review.quote.exact, passage.quote.exact);
      const context = contextSimilarity(review.quote, passage.quote);
      const alike = quote >= SAME_QUOTE || (quote >= CHANGED_QUOTE && context >= SAME_CONTEXT);
      return alike ? quote * 0.75 + context * 0.25 : null;
    }),
  );
  return { byClaim, gone: reviews.filter((review) => open.has(review)) };
}

function pairs(
  reviews: Iterable<StoredReview>,
  passages: readonly Passage[],
  score: (review: StoredReview, passage: Passage) => number | null,
) {
  const found: { review: StoredReview; passage: Passage; score: number }[] = [];
  for (const review of reviews) {
    for (const passage of passages) {
      const value = score(review, passage);
      if (value !== null) found.push({ review, passage, score: value });
    }
  }
  return found;
}

function contextSimilarity(a: TextQuote, b: TextQuote): number {
  return (similarity(a.prefix, b.prefix) + similarity(a.suffix, b.suffix)) / 2;
}

/** Typographic variants that a page's re-render or an editor's pass changes without changing the sentence. */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’ʼ`]/gu, "'")
    .replace(/[“”«»„]/gu, '"')
    .replace(/[‐-―]/gu, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Dice coefficient over character trigrams: 1 for the same text, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  const left = trigrams(normalise(a));
  const right = trigrams(normalise(b));
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const [gram, count] of right) {
    total += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  }
  return (2 * shared) / total;
}

function trigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let at = 0; at + 3 <= padded.length; at++) {
    const gram = padded.slice(at, at + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}
