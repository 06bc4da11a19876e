// Injected into the page when the popup opens (scripting.executeScript), as often as the popup opens: the first run
// sets up, later runs find it done. It answers the popup only (runtime messages and ports, never window.postMessage,
// which any page script can send), and never lets an error reach the page.
//
// The page's thread does only what needs the live page, in slices: serialising it, and placing the claims. Readability
// and the detector run in the popup, on a parsed copy (see "Large pages" in docs/DESIGN.md).
import { browser, t, type Runtime } from "../browser/platform";
import { Highlighter, type CardReviews, type Placement } from "../dom/anchor";
import { ANALYSIS_PORT, isFromExtension, parseContentRequest, parsePortRequest, type Ack, type AnalyzeResult, type ArticleText, type ContentRequest, type PortEvent, type PortRequest } from "../browser/messages";
import { type CheckedClaim, type PlacedClaim } from "../core/model/findings";
import type { SourcingProfile } from "../core/checks/types";
import type { Review } from "../core/model/review";
import type { Article, SourceCategory } from "../core/model/claim";
import { inShownCategories, loadSettings, watchHiddenCategories } from "../browser/storage/settings";
import { placeInSlices } from "./placing";
import { chosenColors, rememberVisit } from "./preferences";
import { ClaimReviews } from "./reviews";
import { hasMainFrame, serialisePage } from "./snapshot";
import { Cancelled } from "./slices";
import { watchPage } from "./watch";

interface PageState {
  /** What the result was computed for: a new URL (single-page apps) or new settings mean a new analysis. */
  key: string;
  article: Article;
  claims: CheckedClaim[];
  profile: SourcingProfile;
  reviews: ClaimReviews;
  placements: Placement[];
  result: Extract<AnalyzeResult, { status: "ok" }>;
  highlighter: Highlighter;
}

// Content scripts of one extension share a global scope per frame, apart from the page's, so the page cannot set this.
const scope = globalThis as { anonymarkContent?: true };
if (!scope.anonymarkContent) {
  scope.anonymarkContent = true;
  let state: PageState | null = null;
  /** Set while an analysis or a re-anchoring runs; cancel() stops it between two slices. */
  let running: { cancel(): void } | null = null;
  /**
   * Settles when the analysis a port is running ends. A port that asks meanwhile waits for it and shares its result
   * rather than cancelling it: the popup opened while an automatic analysis of the page runs, or the other way round.
   */
  let analysis: Promise<void> | null = null;
  /** The source categories the reader hid in the options: their claims are neither listed nor highlighted. */
  let hiddenCategories: SourceCategory[] = [];
  const highlightedClaims = (current: Pick<PageState, "claims" | "reviews">) =>
    current.reviews.highlighted(inShownCategories(current.claims, hiddenCategories));

  const clearState = () => {
    watcher.quiet();
    if (state) watcher.ownChanges(() => state?.highlighter.destroy());
    state = null;
  };
  const forget = () => {
    running?.cancel();
    running = null;
    clearState();
  };

  const watcher = watchPage(document, {
    // A single-page app showed another article: what we found belonged to the previous one. The background clears
    // the badge when the tab's URL changes.
    onNavigate: forget,
    onChange: () => {
      if (!state || running) return;
      if (brokenPlacements(state)) void reanchor(state);
      else watcher.ownChanges(() => state?.highlighter.restyle());
    },
  });

  /** The page re-rendered the article: the same claims placed again on the new nodes. */
  const reanchor = async (current: PageState) => {
    let cancelled = false;
    running = { cancel: () => (cancelled = true) };
    try {
      // Marks split the page's text nodes: they come out before the page is read again.
      watcher.ownChanges(() => current.highlighter.clear());
      const placements = await placeInSlices(document, current.article, current.claims, {
        onProgress: () => undefined,
        cancelled: () => cancelled || state !== current,
      });
      current.placements = placements;
      current.result = resultOf(current, placements, current.result.highlightsVisible);
      watcher.ownChanges(() => current.highlighter.draw(placements, highlightedClaims(current)));
    } catch (error) {
      if (!(error instanceof Cancelled)) console.warn("Anonymark: could not place the highlights again:", errorMessage(error));
    } finally {
      if (state === current) running = null;
    }
  };

  const respond = async (request: ContentRequest): Promise<Ack | ArticleText> => {
    if (!state) return { status: "error", message: "no highlights in this page" };
    const { highlighter, result } = state;
    switch (request.type) {
      case "reveal":
        watcher.ownChanges(() => highlighter.reveal(request.claimId));
        return { status: "ok" };
      case "setHighlights":
        watcher.ownChanges(() => highlighter.setVisible(request.visible));
        result.highlightsVisible = request.visible;
        return { status: "ok" };
      case "review":
        return review(state, request.claimId, request.review);
      case "articleText":
        return { status: "ok", text: state.article.text };
    }
  };

  /** Stores the review; a false flag loses its highlight, and a claim no longer marked so gets it back. */
  const review = async (current: PageState, claimId: string, value: Review | null): Promise<Ack> => {
    const claim = current.claims.find((c) => c.id === claimId);
    if (!claim) return { status: "error", message: "no such claim in this page" };
    const wasHighlighted = current.reviews.highlighted([claim]).length > 0;
    await current.reviews.set(claim, value);
    current.result = resultOf(current, current.placements, current.result.highlightsVisible);
    if (wasHighlighted !== current.reviews.highlighted([claim]).length > 0 && !running) redraw(current);
    return { status: "ok" };
  };

  const redraw = (current: PageState) => {
    // Marks split the page's text nodes, so drawing them again means placing the claims again.
    if (current.highlighter.usesHighlightApi) {
      watcher.ownChanges(() => current.highlighter.draw(current.placements, highlightedClaims(current)));
    } else {
      void reanchor(current);
    }
  };

  // Categories hidden or shown again in the options take effect on the page at once.
  watchHiddenCategories((hidden) => {
    hiddenCategories = hidden;
    if (!state || running) return;
    void reportCount(inShownCategories(state.claims, hidden).length);
    redraw(state);
  });

  // The in-page card's review buttons go the popup's way: one writer for the page's reviews.
  const cardReviews: CardReviews = {
    statusOf: (claimId) => state?.reviews.of(claimId)?.status ?? null,
    setStatus: (claimId, status) => {
      if (!state) return;
      const note = state.reviews.of(claimId)?.note ?? "";
      review(state, claimId, status && { status, note, updated: new Date().toISOString() }).catch((error: unknown) =>
        console.warn("Anonymark: could not store the review:", errorMessage(error)),
      );
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isFromExtension(sender, browser.runtime.id)) return;
    const request = parseContentRequest(message);
    if (!request) return;
    try {
      return respond(request).catch((error: unknown) => ({ status: "error", message: errorMessage(error) }));
    } catch (error) {
      return Promise.resolve({ status: "error", message: errorMessage(error) });
    }
  });

  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== ANALYSIS_PORT || !isFromExtension(port.sender ?? {}, browser.runtime.id)) return;
    let cancelled = false;
    const job = { cancel: () => (cancelled = true) };
    let finish = () => {};
    let own: Promise<void> | null = null;
    const post = (event: PortEvent) => {
      if (cancelled) throw new Cancelled();
      port.postMessage(event);
    };
    let text: string[] = [];
    let claims: CheckedClaim[] = [];

    const place = async ({ article: outline, includeVague, profile }: Extract<PortRequest, { type: "place" }>) => {
      clearState();
      const article: Article = { ...outline, text: text.join("") };
      const placements = await placeInSlices(document, article, claims, {
        onProgress: (placed, total) => post({ type: "progress", placed, total }),
        cancelled: () => cancelled,
      });
      const highlighter = new Highlighter(document, t, { reviews: cardReviews, colors: await chosenColors() });
      const reviews = await ClaimReviews.load(article, claims);
      hiddenCategories = (await loadSettings().catch(() => ({ hiddenCategories }))).hiddenCategories;
      if (cancelled) throw new Cancelled();
      watcher.ownChanges(() => highlighter.draw(placements, highlightedClaims({ claims, reviews })));
      const placed = { article, claims, profile, reviews };
      const result = resultOf(placed, placements, true);
      state = { key: keyOf(includeVague), ...placed, placements, result, highlighter };
      watcher.watch();
      void reportCount(inShownCategories(claims, hiddenCategories).length);
      void rememberVisit(article, result.counts);
      if (running === job) running = null;
      finish();
      post({ type: "result", result });
    };

    const handle = async (request: PortRequest) => {
      switch (request.type) {
        case "analyze": {
          while (analysis && analysis !== own) await analysis;
          if (cancelled) throw new Cancelled();
          if (state?.key === keyOf(request.includeVague)) return post({ type: "result", result: state.result });
          running?.cancel();
          running = job;
          const mine = new Promise<void>((resolve) => (finish = resolve)).finally(() => {
            if (analysis === mine) analysis = null;
          });
          analysis = own = mine;
          const articleInFrame = hasMainFrame(document);
          return serialisePage(document, (html, done) =>
            post({ type: "snapshot", html, done, url: location.href, articleInFrame }),
          );
        }
        case "text":
          text.push(request.chunk);
          return;
        case "claims":
          claims.push(...request.claims);
          return;
        case "place":
          return place(request);
      }
    };

    port.onMessage.addListener((message: unknown) => {
      const request = parsePortRequest(message);
      if (!request) return;
      handle(request).catch((error: unknown) => {
        finish();
        if (error instanceof Cancelled) return;
        try {
          post({ type: "result", result: { status: "error", message: errorMessage(error) } });
        } catch {
          // The popup has gone: nobody to tell.
        }
      });
    });
    port.onDisconnect.addListener(() => {
      job.cancel();
      finish();
      if (running === job) running = null;
      text = [];
      claims = [];
    });
  });
}

/** The page's address without its fragment: moving within the page is not a new article. */
function keyOf(includeVague: boolean): string {
  return `${location.href.replace(/#.*$/, "")} ${includeVague}`;
}

function resultOf(
  { article, claims, profile, reviews }: Pick<PageState, "article" | "claims" | "profile" | "reviews">,
  placements: Placement[],
  highlightsVisible: boolean,
): Extract<AnalyzeResult, { status: "ok" }> {
  const placed = new Set(placements.filter((p) => p.range).map((p) => p.claimId));
  const placedClaims: PlacedClaim[] = claims.map((claim) => {
    const review = reviews.of(claim.id);
    return { ...claim, placed: placed.has(claim.id), ...(review ? { review } : {}) };
  });
  return {
    status: "ok",
    article: { title: article.title, lang: article.lang, url: article.url, droppedLead: article.droppedLead },
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

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
