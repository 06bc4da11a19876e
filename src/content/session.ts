// What the content script knows of the page between two popups: the claims placed on it, their highlights, the
// reader's reviews, and the one job (an analysis, or placing the claims again) running on the page's thread.
import { browser, t } from "../browser/platform";
import { inShownCategories, loadSettings, watchHiddenCategories } from "../browser/storage/settings";
import type { SourcingProfile } from "../core/checks/types";
import type { Article, SourceCategory } from "../core/model/claim";
import type { AnalyzeResult } from "../browser/messages";
import { summaryOf, type CheckedClaim, type PlacedClaim } from "../core/model/findings";
import type { Review } from "../core/model/review";
import type { Placement } from "../dom/anchor";
import { Highlighter } from "../dom/highlight/highlighter";
import { SourceCard, wireCard } from "./card";
import { placeInSlices } from "./placing";
import { chosenColors, rememberVisit } from "./preferences";
import { ClaimReviews } from "./claim-reviews";
import { normaliseUrl } from "../core/reviews/key";
import { childController } from "./slices";
import { watchPage, type PageWatcher } from "./watch";

export type OkResult = Extract<AnalyzeResult, { status: "ok" }>;

export interface PageState {
  /** What the result was computed for: a new URL (single-page apps) or new settings mean a new analysis. */
  key: string;
  article: Article;
  claims: CheckedClaim[];
  profile: SourcingProfile;
  reviews: ClaimReviews;
  placements: Placement[];
  result: OkResult;
  highlighter: Highlighter;
  /** Aborts when the state is let go: its card wiring and any job placing its claims stop. */
  lifetime: AbortController;
}

/** What an analysis reads: the page's article, or the text the reader selected on it. */
export type AnalysisScope = "page" | "selection";

/** What the popup hands over for one analysis: the article, its checked claims and the profile. */
export interface Analysed {
  article: Article;
  claims: CheckedClaim[];
  profile: SourcingProfile;
  includeVague: boolean;
  scope: AnalysisScope;
}

export class PageSession {
  private state: PageState | null = null;
  /** The analysis or re-anchoring running now; aborting it stops it between two slices. */
  private job: AbortController | null = null;
  /**
   * Settles when the analysis a port is running ends. A port that asks meanwhile waits for it and shares its result
   * rather than cancelling it: the popup opened while an automatic analysis of the page runs, or the other way round.
   */
  private analysis: Promise<void> | null = null;
  /** The source categories the reader hid in the options: their claims are neither listed nor highlighted. */
  private hiddenCategories: SourceCategory[] = [];
  private readonly watcher: PageWatcher;
  private readonly card: SourceCard;

  constructor(private readonly doc: Document) {
    this.watcher = watchPage(doc, {
      // A single-page app showed another article: what we found belonged to the previous one. The background clears
      // the badge when the tab's URL changes.
      onNavigate: () => this.forget(),
      onChange: () => this.pageChanged(),
    });
    // The card's review buttons go the popup's way: one writer for the page's reviews.
    this.card = new SourceCard(doc, t, {
      statusOf: (claimId) => this.state?.reviews.of(claimId)?.status ?? null,
      setStatus: async (claimId, status) => {
        const state = this.state;
        if (!state) return;
        const note = state.reviews.of(claimId)?.note ?? "";
        await this.review(claimId, status && { status, note, updated: new Date().toISOString() });
      },
    });
    // Categories hidden or shown again in the options take effect on the page at once.
    watchHiddenCategories((hidden) => {
      this.hiddenCategories = hidden;
      const state = this.state;
      if (!state || this.job) return;
      void reportCount(inShownCategories(state.claims, hidden).length);
      this.redraw(state);
    });
  }

  get current(): PageState | null {
    return this.state;
  }

  /** The result already computed for these settings on this address, if any, with the reviews as they are now. */
  resultFor(includeVague: boolean, scope: AnalysisScope): OkResult | null {
    const state = this.state;
    if (state?.key !== keyOf(includeVague, scope)) return null;
    // Another tab on the article may have changed its reviews since.
    state.result = resultOf(state, state.placements, state.result.highlightsVisible);
    return state.result;
  }

  /** Once no other port's analysis runs: a port that asks meanwhile shares its result rather than cancelling it. */
  async othersSettled(requester: AbortSignal): Promise<void> {
    while (this.analysis) await this.analysis;
    requester.throwIfAborted();
  }

  /**
   * Starts a port's analysis, calling off whatever else runs (a re-anchoring). `done` settles it for the ports that
   * wait on it; the job aborts with `requester`.
   */
  startAnalysis(requester: AbortSignal): { job: AbortController; done(): void } {
    this.job?.abort();
    const job = childController(requester);
    this.job = job;
    let done = () => {};
    const mine = new Promise<void>((resolve) => (done = resolve)).finally(() => {
      if (this.analysis === mine) this.analysis = null;
    });
    this.analysis = mine;
    job.signal.addEventListener("abort", () => {
      done();
      if (this.job === job) this.job = null;
    }, { once: true });
    return { job, done };
  }

  /** Places what the popup found on the page, draws it, and keeps it as the page's state. */
  async place(found: Analysed, job: AbortController, onProgress: (placed: number, total: number) => void): Promise<OkResult> {
    this.clear();
    const { article, claims, profile } = found;
    const placements = await placeInSlices(this.doc, article, claims, { onProgress, signal: job.signal });
    const highlighter = new Highlighter(this.doc, { colors: await chosenColors(), onHidden: () => this.card.hide() });
    const lifetime = new AbortController();
    // The article's address is the page's own, or its canonical one when that is on the page's own site (the extractor
    // decides): reviews and history go by it.
    const filed = { url: normaliseUrl(article.url), title: article.title };
    const reviews = await ClaimReviews.load(filed, article.text, claims, lifetime.signal);
    this.hiddenCategories = (await loadSettings().catch(() => ({ hiddenCategories: this.hiddenCategories }))).hiddenCategories;
    // Called off meanwhile: the reviews stop listening to storage.
    if (job.signal.aborted) lifetime.abort();
    job.signal.throwIfAborted();
    const state: PageState = {
      key: keyOf(found.includeVague, found.scope), article, claims, profile, reviews, placements, highlighter, lifetime,
      result: resultOf({ article, claims, profile, reviews }, placements, true),
    };
    this.state = state;
    this.draw(state);
    wireCard(this.doc, this.card, { claimAt: (x, y) => this.claimAt(state, x, y) }, lifetime.signal);
    this.watcher.watch();
    void reportCount(inShownCategories(claims, this.hiddenCategories).length);
    void rememberVisit({ ...article, url: filed.url }, state.result.counts);
    if (this.job === job) this.job = null;
    return state.result;
  }

  reveal(claimId: string): void {
    const state = this.state;
    if (state) this.watcher.ownChanges(() => state.highlighter.reveal(claimId));
  }

  setHighlights(visible: boolean): void {
    const state = this.state;
    if (!state) return;
    this.watcher.ownChanges(() => state.highlighter.setVisible(visible));
    state.result.highlightsVisible = visible;
  }

  /**
   * Stores the review. The highlights stay as they are: the page can read the highlight registry, and must not learn
   * from it what the reader thinks of a claim (a false flag is shown as such in the popup and the card only).
   */
  async review(claimId: string, value: Review | null): Promise<boolean> {
    const state = this.state;
    const claim = state?.claims.find((c) => c.id === claimId);
    if (!state || !claim) return false;
    await state.reviews.set(claim, value);
    return true;
  }

  /** Draws our highlights again from our own ranges, where the page deleted or replaced them; for the popup opening. */
  restoreHighlights(): void {
    const state = this.state;
    if (state && !this.job) this.watcher.ownChanges(() => state.highlighter.restore());
  }

  /** Forgets the page's state and calls off what runs: the page shows another article. */
  private forget(): void {
    this.job?.abort();
    this.job = null;
    this.clear();
  }

  private clear(): void {
    this.watcher.quiet();
    const state = this.state;
    if (state) {
      state.lifetime.abort();
      this.watcher.ownChanges(() => state.highlighter.clear());
    }
    this.state = null;
  }

  private pageChanged(): void {
    const state = this.state;
    if (!state || this.job) return;
    if (brokenPlacements(state)) void this.reanchor(state);
    else this.watcher.ownChanges(() => state.highlighter.restyle());
  }

  /** The page re-rendered the article: the same claims placed again on the new nodes. */
  private async reanchor(state: PageState): Promise<void> {
    const job = childController(state.lifetime.signal);
    this.job = job;
    try {
      // Marks split the page's text nodes: they come out before the page is read again.
      this.watcher.ownChanges(() => state.highlighter.clear());
      const placements = await placeInSlices(this.doc, state.article, state.claims, {
        onProgress: () => undefined,
        signal: job.signal,
      });
      state.placements = placements;
      state.result = resultOf(state, placements, state.result.highlightsVisible);
      this.draw(state);
    } catch (error) {
      if (!job.signal.aborted) console.warn("Anonymark: could not place the highlights again:", errorMessage(error));
    } finally {
      if (this.job === job) this.job = null;
    }
  }

  private redraw(state: PageState): void {
    // Marks split the page's text nodes, so drawing them again means placing the claims again.
    if (state.highlighter.usesHighlightApi) this.draw(state);
    else void this.reanchor(state);
  }

  private draw(state: PageState): void {
    const shown = inShownCategories(state.claims, this.hiddenCategories);
    this.watcher.ownChanges(() => state.highlighter.draw(state.placements, shown));
  }

  private claimAt(state: PageState, x: number, y: number) {
    const hit = state.highlighter.claimAt(x, y);
    const claim = hit && state.claims.find((c) => c.id === hit.claimId);
    return claim ? { claim, rect: hit.rect } : null;
  }
}

/** The page's address without its fragment (moving within the page is not a new article), and what was read. */
function keyOf(includeVague: boolean, scope: AnalysisScope): string {
  return `${location.href.replace(/#.*$/, "")} ${includeVague} ${scope}`;
}

function resultOf(
  { article, claims, profile, reviews }: Pick<PageState, "article" | "claims" | "profile" | "reviews">,
  placements: Placement[],
  highlightsVisible: boolean,
): OkResult {
  const placed = new Set(placements.filter((p) => p.range).map((p) => p.claimId));
  const placedClaims: PlacedClaim[] = claims.map((claim) => {
    const review = reviews.of(claim.id);
    return { ...claim, placed: placed.has(claim.id), ...(review ? { review } : {}) };
  });
  return {
    status: "ok",
    article: summaryOf(article),
    claims: placedClaims,
    counts: {
      claims: claims.length,
      sources: new Set(claims.map((claim) => claim.group)).size,
      unplaced: claims.length - placed.size,
    },
    highlightsVisible,
    profile,
    goneReviews: reviews.gone,
  };
}

/**
 * Whether the page has replaced or rewritten text under a highlight since it was placed: its nodes left the page, or
 * their text was replaced, which collapses the range. Checked after every burst of changes, so it reads no text: on
 * a live blog with thousands of claims that alone would be a long task.
 */
function brokenPlacements({ placements }: PageState): boolean {
  return placements.some(
    ({ range }) =>
      range !== null && (range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected),
  );
}

/** Tells the background how many claims this tab has, for the toolbar badge. */
async function reportCount(count: number): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: "claimCount", count });
  } catch (error) {
    // The badge is a convenience: the popup already shows the count, so a failure here is logged, not shown.
    console.warn("Anonymark: could not update the toolbar badge:", errorMessage(error));
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
