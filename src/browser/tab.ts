// The popup's side of the protocol: find the tab, inject the content script, ask it things.
import { browser } from "./platform";
import {
  ANALYSIS_PORT,
  parseAck,
  parseArticleText,
  parsePortEvent,
  type Ack,
  type AnalyzeResult,
  type ArticleText,
  type ContentRequest,
  type PortEvent,
  type PortRequest,
} from "./messages";
import type { Review } from "../core/model/review";
import type { Findings, SelectedText } from "../core/model/findings";
import { refusalOf, restrictionOf, type Restriction } from "./restricted";

export interface TargetTab {
  id: number;
  /** Known when the extension has access to the tab (activeTab after a click, or a host permission). */
  url: string | undefined;
}

/** The tab named by `?tab=<id>` (tests open the popup as a page and point it at a tab), else the active tab. */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const requested = new URLSearchParams(search).get("tab");
  const tab = requested
    ? await browser.tabs.get(Number(requested)).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export type PageAnalysis =
  | { status: "restricted"; restriction: Restriction }
  | { status: "cancelled" }
  /** The reader asked to analyse their selection, but nothing is selected on the page. */
  | { status: "no-selection" }
  | AnalyzeResult;

/** Where a running analysis is: reading the page, analysing it here, or placing its claims on the page. */
export type Progress =
  | { stage: "reading"; bytes: number }
  | { stage: "analyzing" }
  | { stage: "placing"; placed: number; total: number };

export interface AnalysisControl {
  onProgress(progress: Progress): void;
  signal: AbortSignal;
}

// The article's text and its claims go to the page in parts small enough to be taken in without a long task.
const TEXT_PART = 256 * 1024;
const CLAIMS_PART = 200;

/** Analyses the page's HTML: here in the popup, or (automatic analysis) wherever the background has a DOM parser. */
export type Analyzer = (html: string, url: string, includeVague: boolean) => Promise<Findings>;

/** Analyses the text the reader selected on the page (the popup, when the page has no article of its own). */
export type SelectionAnalyzer = (selection: SelectedText, includeVague: boolean) => Promise<Findings>;

/** The page's article, read from its HTML in slices, analysed, then placed on the page in slices. */
export function analyzeTab(
  tab: TargetTab,
  includeVague: boolean,
  control: AnalysisControl,
  analyze: Analyzer,
): Promise<PageAnalysis> {
  const html: string[] = [];
  let bytes = 0;
  return exchange(tab, includeVague, control, { type: "analyze", includeVague }, async (event) => {
    if (event.type !== "snapshot") return null;
    html.push(event.html);
    bytes += event.html.length;
    control.onProgress({ stage: "reading", bytes });
    if (!event.done) return null;
    control.onProgress({ stage: "analyzing" });
    const found = await analyze(html.join(""), event.url, includeVague);
    return found.status === "no-article"
      ? { ...found, articleInFrame: event.articleInFrame, selected: event.selected }
      : found;
  });
}

/** The text the reader selected on the page, analysed as its article and placed on the page like one. */
export function analyzeSelectionInTab(
  tab: TargetTab,
  includeVague: boolean,
  control: AnalysisControl,
  analyze: SelectionAnalyzer,
): Promise<PageAnalysis> {
  return exchange(tab, includeVague, control, { type: "analyzeSelection", includeVague }, async (event) => {
    if (event.type !== "selection") return null;
    if (!event.text.trim()) return { status: "no-selection" };
    control.onProgress({ stage: "analyzing" });
    const { type: _selection, ...selection } = event;
    return analyze(selection, includeVague);
  });
}

type ReadEvent = Extract<PortEvent, { type: "snapshot" | "selection" }>;

/**
 * One analysis over the analysis port: the content script is injected, `start` asks it for the page's text, `read`
 * takes what it sends (null: more is coming) and gives the findings, which go back to the page to be placed, or the
 * answer to show.
 */
async function exchange(
  tab: TargetTab,
  includeVague: boolean,
  control: AnalysisControl,
  start: PortRequest,
  read: (event: ReadEvent) => Promise<Findings | PageAnalysis | null>,
): Promise<PageAnalysis> {
  const restriction = tab.url === undefined ? null : restrictionOf(tab.url);
  if (restriction) return { status: "restricted", restriction };
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
  } catch {
    // The browser refused: a local file without file access, a page it protects that our list does not know, or no
    // access granted to this tab.
    return { status: "restricted", restriction: refusalOf(tab.url) };
  }
  const port = browser.tabs.connect(tab.id, { name: ANALYSIS_PORT, frameId: 0 });
  return new Promise<PageAnalysis>((resolve) => {
    const finish = (analysis: PageAnalysis) => {
      port.disconnect();
      resolve(analysis);
    };
    const request = (message: PortRequest) => port.postMessage(message);
    control.signal.addEventListener("abort", () => finish({ status: "cancelled" }));
    port.onDisconnect.addListener(() => resolve({ status: "error", message: "the page went away" }));

    const place = (found: Extract<Findings, { status: "found" }>) => {
      for (let at = 0; at < found.article.text.length; at += TEXT_PART) {
        request({ type: "text", chunk: found.article.text.slice(at, at + TEXT_PART) });
      }
      for (let at = 0; at < found.claims.length; at += CLAIMS_PART) {
        request({ type: "claims", claims: found.claims.slice(at, at + CLAIMS_PART) });
      }
      const { text: _sentInParts, ...outline } = found.article;
      request({ type: "place", article: outline, includeVague, profile: found.profile });
      control.onProgress({ stage: "placing", placed: 0, total: found.claims.length });
    };
    const onEvent = async (event: PortEvent) => {
      switch (event.type) {
        case "result":
          return finish(event.result);
        case "progress":
          return control.onProgress({ stage: "placing", placed: event.placed, total: event.total });
        default: {
          const found = await read(event);
          if (!found || control.signal.aborted) return;
          if (found.status === "found") return place(found);
          return finish(found);
        }
      }
    };
    port.onMessage.addListener((message: unknown) => {
      const event = parsePortEvent(message);
      if (!event) return finish(malformed());
      onEvent(event).catch((error: unknown) =>
        finish({ status: "error", message: error instanceof Error ? error.message : String(error) }),
      );
    });
    request(start);
  });
}

export async function revealClaim(tabId: number, claimId: string): Promise<Ack> {
  return parseAck(await send(tabId, { type: "reveal", claimId })) ?? malformed();
}

export async function setHighlights(tabId: number, visible: boolean): Promise<Ack> {
  return parseAck(await send(tabId, { type: "setHighlights", visible })) ?? malformed();
}

/** Sets (or, with null, removes) the reader's review of a claim: the page stores it. */
export async function reviewClaim(tabId: number, claimId: string, review: Review | null): Promise<Ack> {
  return parseAck(await send(tabId, { type: "review", claimId, review })) ?? malformed();
}

export async function articleText(tabId: number): Promise<ArticleText> {
  return parseArticleText(await send(tabId, { type: "articleText" })) ?? malformed();
}

// Only the top frame: the content script is injected there alone.
function send(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

function malformed(): { status: "error"; message: string } {
  return { status: "error", message: "malformed response from the page" };
}
