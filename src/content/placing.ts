// Claims placed on the live page a slice at a time, so that a long article does not freeze the page.
import { anchorClaims, type Placement } from "../anchor";
import type { Article, Claim } from "../types";
import { Cancelled, SLICE_MS, yieldToPage } from "./slices";

// Each anchorClaims call reads the whole page's text again: a slice is made long enough that this reading stays
// under a quarter of it, up to MAX_SLICE_MS; past that, at most half of it.
const READING_SHARE = 0.25;
const MAX_SLICE_MS = 80;
const FIRST_SLICE = 4;

export interface PlacingOptions {
  onProgress(placed: number, total: number): void;
  /** Checked between slices. */
  cancelled(): boolean;
}

export async function placeInSlices(
  doc: Document,
  article: Article,
  claims: readonly Claim[],
  { onProgress, cancelled }: PlacingOptions,
): Promise<Placement[]> {
  const placements: Placement[] = [];
  let size = FIRST_SLICE;
  let readingMs = Infinity;
  while (placements.length < claims.length) {
    await yieldToPage();
    if (cancelled()) throw new Cancelled();
    const slice = claims.slice(placements.length, placements.length + size);
    const ms = timed(() => placements.push(...anchorClaims(doc, article, slice)));
    onProgress(placements.length, claims.length);
    // No slice takes less than the reading: the quickest one bounds it.
    readingMs = Math.min(readingMs, ms);
    const sliceMs = Math.max(SLICE_MS, Math.min(MAX_SLICE_MS, readingMs / READING_SHARE), 2 * readingMs);
    // Timings are noisy (the page runs too): the cost of a claim is never taken as less than a quarter of the slice's,
    // and a slice at most doubles.
    const perClaimMs = Math.max(ms - readingMs, ms / 4, 0.01) / slice.length;
    size = Math.min(2 * size, Math.max(1, Math.floor((sliceMs - readingMs) / perClaimMs)));
  }
  return placements;
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}
