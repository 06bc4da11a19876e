// Claims placed on the live page a slice at a time, so that a long article does not freeze the page: the page's text
// is read once, in slices, then the claims are placed against that reading in slices.
import { createAnchorer, type Placement } from "../dom/anchor";
import type { Article, Claim } from "../core/model/claim";
import { nextSlice, SLICE_MS } from "./slices";

const FIRST_SLICE = 4;

export interface PlacingOptions {
  onProgress(placed: number, total: number): void;
  /** Checked between slices: once aborted, placing stops with its reason. */
  signal: AbortSignal;
}

export async function placeInSlices(
  doc: Document,
  article: Article,
  claims: readonly Claim[],
  { onProgress, signal }: PlacingOptions,
): Promise<Placement[]> {
  const anchorer = createAnchorer(doc, article);
  do await nextSlice(signal);
  while (!anchorer.read(performance.now() + SLICE_MS));

  const placements: Placement[] = [];
  let size = FIRST_SLICE;
  while (placements.length < claims.length) {
    await nextSlice(signal);
    const slice = claims.slice(placements.length, placements.length + size);
    const ms = timed(() => placements.push(...anchorer.place(slice)));
    onProgress(placements.length, claims.length);
    // Timings are noisy (the page runs too): a slice at most doubles.
    const perClaimMs = Math.max(ms, 0.01) / slice.length;
    size = Math.min(2 * size, Math.max(1, Math.floor(SLICE_MS / perClaimMs)));
  }
  return placements;
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}
