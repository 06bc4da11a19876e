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

/**
 * Each analysis under way is written down in storage.session (this browser session only, out of the pages' reach),
 * one entry per tab, until it ends: the browser may stop the worker in the middle, and the worker it starts next
 * finds the entry and runs the analysis again.
 */
const UNDER_WAY_PREFIX = "autoAnalysis:";
/** Runs of one page's analysis: a page whose analysis outlasted the worker this often is left to the popup. */
const MAX_RUNS = 2;

interface UnderWay {
  url: string;
  runs: number;
}

async function analyzeIfListed(tabId: number, url: string | undefined, runs = 1): Promise<void> {
  if (url === undefined || analysing.has(tabId) || !(await shouldAnalyze(url, await loadSites()))) return;
  analysing.add(tabId);
  const entry = UNDER_WAY_PREFIX + tabId;
  try {
    await browser.storage.session.set({ [entry]: { url, runs } satisfies UnderWay });
    const { showVague } = await loadSettings();
    // No progress to show and nothing to cancel: closing or leaving the page ends the analysis.
    const control = { onProgress: () => undefined, signal: new AbortController().signal };
    const result = await analyzeTab({ id: tabId, url }, showVague, control, backgroundAnalyzer());
    if (result.status === "error") console.warn("Anonymark: automatic analysis failed:", result.message);
  } finally {
    analysing.delete(tabId);
    await browser.storage.session.remove(entry);
  }
}

/**
 * The analyses a stopped worker left unfinished: each page still showing the same address is analysed again, and
 * Chrome's offscreen document, left open by that worker, is closed unless an analysis needs it.
 */
async function resumeAnalyses(): Promise<void> {
  const entries = Object.entries(await browser.storage.session.get(null)).filter(
    (entry): entry is [string, UnderWay] => entry[0].startsWith(UNDER_WAY_PREFIX) && isUnderWay(entry[1]),
  );
  if (entries.length === 0) return;
  if (!__FIREFOX__) closeLeftOffscreen();
  for (const [entry, { url, runs }] of entries) {
    const tabId = Number(entry.slice(UNDER_WAY_PREFIX.length));
    // The page loaded again and this worker analyses it already: the entry is that analysis' own now.
    if (analysing.has(tabId)) continue;
    await browser.storage.session.remove(entry);
    const tab = await browser.tabs.get(tabId).catch(() => null);
    // Closed, or showing another page, whose own load is analysed.
    if (tab?.url !== url) continue;
    if (runs >= MAX_RUNS) {
      console.warn(`Anonymark: automatic analysis stopped ${runs} times on ${url}; the popup can still analyse it.`);
      continue;
    }
    void analyzeIfListed(tabId, url, runs + 1).catch(warnFailed);
  }
}

function isUnderWay(value: unknown): value is UnderWay {
  const entry = value as Partial<UnderWay> | null;
  return typeof entry?.url === "string" && Number.isSafeInteger(entry.runs);
}

function warnFailed(error: unknown): void {
  console.warn("Anonymark: automatic analysis failed:", error instanceof Error ? error.message : error);
}

/** Called at the background's top level, so that page loads wake the worker up. */
export function setUpAutomaticAnalysis(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.status !== "complete") return;
    analyzeIfListed(tabId, tab.url).catch(warnFailed);
  });
  resumeAnalyses().catch(warnFailed);
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

/** Closes the offscreen document a stopped worker left open, in turn with this worker's analyses, none of which has it open then. */
function closeLeftOffscreen(): void {
  queue = queue.then(() => (offscreenOpen ? undefined : offscreenApi().closeDocument())).catch(() => undefined);
}

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
