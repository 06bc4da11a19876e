// Automatic analysis: a page of a site the reader listed in the options is analysed once it has loaded, as if they had
// opened the popup; the badge shows the count and the page its highlights. The background drives the content script
// over the popup's own port protocol (analyzeTab) and parses the page's HTML where it has a DOM parser: Firefox's
// background page has one; Chrome's service worker has none, so there it asks an offscreen document.
import { browser } from "../browser/platform";
import { loadSettings } from "../browser/storage/settings";
import { listedSiteOf, loadSites } from "../browser/storage/sites";
import { parseFindings } from "../browser/offscreen-protocol";
import type { Findings } from "../core/model/findings";
import { analyzeTab, type Analyzer } from "../browser/tab";

/**
 * Whether to analyse the page at `url` on its own: it belongs to a listed site, and the reader still grants that
 * site's permission (they may have withdrawn it in the browser's own settings since).
 */
export async function shouldAnalyze(url: string | undefined, sites: readonly string[]): Promise<boolean> {
  if (url === undefined || listedSiteOf(url, sites) === null) return false;
  const { protocol, hostname } = new URL(url);
  return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
}

/** Tabs being analysed: a page that reports "complete" again meanwhile is not analysed twice at once. */
const analysing = new Set<number>();

async function analyzeIfListed(tabId: number, url: string | undefined): Promise<void> {
  if (analysing.has(tabId) || !(await shouldAnalyze(url, await loadSites()))) return;
  analysing.add(tabId);
  try {
    const { showVague } = await loadSettings();
    // No progress to show and nothing to cancel: closing or leaving the page ends the analysis.
    const control = { onProgress: () => undefined, signal: new AbortController().signal };
    const result = await analyzeTab({ id: tabId, url }, showVague, control, backgroundAnalyzer());
    if (result.status === "error") console.warn("Anonymark: automatic analysis failed:", result.message);
  } finally {
    analysing.delete(tabId);
  }
}

/** Called at the background's top level, so that page loads wake the worker up. */
export function setUpAutomaticAnalysis(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.status !== "complete") return;
    analyzeIfListed(tabId, tab.url).catch((error: unknown) =>
      console.warn("Anonymark: automatic analysis failed:", error instanceof Error ? error.message : error),
    );
  });
}

/** Set by the build: true in Firefox's bundle, false in Chrome's. */
declare const __FIREFOX__: boolean;

/**
 * Firefox's background page has a DOM parser: it analyses there. Chrome's service worker has none: it asks the
 * offscreen document, and its bundle leaves Readability and the detector out.
 */
function backgroundAnalyzer(): Analyzer {
  if (__FIREFOX__) {
    return async (html, url, includeVague) => (await import("../dom/analyze")).analyzeSnapshot(html, url, includeVague);
  }
  return analyzeOffscreen;
}

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

function offscreenApi(): OffscreenApi {
  const api = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!api) throw new Error("no offscreen document: the offscreen permission is not granted");
  return api;
}

/** Analyses run one after another in the one offscreen document, which is closed when none is left. */
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;
let offscreenOpen = false;

async function openOffscreen(): Promise<void> {
  if (offscreenOpen) return;
  const offscreen = offscreenApi();
  // One may be left from a worker that stopped in the middle of an analysis.
  await offscreen.closeDocument().catch(() => undefined);
  await offscreen.createDocument({
    url: "offscreen.html",
    reasons: ["DOM_PARSER"],
    justification: "Find the article in a copy of the page, and the claims resting on unnamed sources in it.",
  });
  offscreenOpen = true;
}

const analyzeOffscreen: Analyzer = (html, url, includeVague) => {
  waiting += 1;
  const run = queue.then(async (): Promise<Findings> => {
    await openOffscreen();
    const answer = parseFindings(await browser.runtime.sendMessage({ type: "analyzeSnapshot", html, url, includeVague }));
    if (!answer) throw new Error("malformed answer from the offscreen document");
    return answer;
  });
  queue = run
    .catch(() => undefined)
    .then(async () => {
      waiting -= 1;
      if (waiting > 0 || !offscreenOpen) return;
      offscreenOpen = false;
      await offscreenApi().closeDocument().catch(() => undefined);
    });
  return run;
};
