// Injected into the page when the popup opens (scripting.executeScript), as often as the popup opens: the first run
// sets up, later runs find it done. It answers the popup only (runtime messages, never window.postMessage, which any
// page script can send), and never lets an error reach the page.
import { browser, t, type Runtime } from "../platform";
import { analyzeDocument } from "../pipeline";
import { supportedLanguages } from "../detect";
import { anchorClaims, Highlighter } from "../anchor";
import {
  isFromExtension,
  parseContentRequest,
  type Ack,
  type AnalyzeResult,
  type ContentRequest,
  type PlacedClaim,
} from "../messages";

interface PageState {
  /** What the result was computed for: a new URL (single-page apps) or new settings mean a new analysis. */
  key: string;
  result: AnalyzeResult;
  highlighter: Highlighter | null;
}

// Content scripts of one extension share a global scope per frame, apart from the page's, so the page cannot set this.
const scope = globalThis as { anonymarkContent?: true };
if (!scope.anonymarkContent) {
  scope.anonymarkContent = true;
  let state: PageState | null = null;

  const analyzePage = (includeVague: boolean): AnalyzeResult => {
    const key = `${location.href} ${includeVague}`;
    if (state?.key === key) return state.result;
    state?.highlighter?.clear();
    state = null; // so that a failed analysis is not answered from the previous page's result
    state = { key, ...runAnalysis(includeVague) };
    void reportCount(state.result.status === "ok" ? state.result.counts.claims : 0);
    return state.result;
  };

  const respond = (request: ContentRequest): AnalyzeResult | Ack => {
    switch (request.type) {
      case "analyze":
        return analyzePage(request.includeVague);
      case "reveal":
        if (!state?.highlighter) return { status: "error", message: "no highlights in this page" };
        state.highlighter.reveal(request.claimId);
        return { status: "ok" };
      case "setHighlights":
        if (!state?.highlighter) return { status: "error", message: "no highlights in this page" };
        state.highlighter.setVisible(request.visible);
        if (state.result.status === "ok") state.result.highlightsVisible = request.visible;
        return { status: "ok" };
    }
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isFromExtension(sender, browser.runtime.id)) return;
    const request = parseContentRequest(message);
    if (!request) return;
    try {
      return Promise.resolve(respond(request));
    } catch (error) {
      return Promise.resolve({ status: "error", message: errorMessage(error) });
    }
  });
}

function runAnalysis(includeVague: boolean): Omit<PageState, "key"> {
  // Readability and the detector read the page; a clone is what Readability gets, so the live page is untouched.
  const { article, analysis } = analyzeDocument(document, { url: location.href });
  if (!article) return { result: { status: "no-article" }, highlighter: null };
  const summary = { title: article.title, lang: analysis.lang, url: article.url, droppedLead: article.droppedLead };
  if (analysis.unsupported) {
    return {
      result: { status: "unsupported-language", article: summary, supportedLanguages: [...supportedLanguages] },
      highlighter: null,
    };
  }
  const claims = includeVague ? analysis.claims : analysis.claims.filter((c) => c.source.anonymity !== "vague");
  const placements = anchorClaims(document, article, claims);
  const placed = new Set(placements.filter((p) => p.range).map((p) => p.claimId));
  const highlighter = new Highlighter(document, t);
  highlighter.draw(placements, claims);
  const placedClaims: PlacedClaim[] = claims.map((claim) => ({ ...claim, placed: placed.has(claim.id) }));
  return {
    result: {
      status: "ok",
      article: summary,
      claims: placedClaims,
      counts: {
        claims: claims.length,
        sources: new Set(claims.map((claim) => claim.group)).size,
        unplaced: claims.length - placed.size,
      },
      highlightsVisible: true,
    },
    highlighter,
  };
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
