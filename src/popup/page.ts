// The popup's side of the protocol: find the tab, inject the content script, ask it things.
import { browser } from "../platform";
import {
  parseAck,
  parseAnalyzeResult,
  type Ack,
  type AnalyzeResult,
  type ContentRequest,
} from "../messages";
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

export type PageAnalysis = { status: "restricted"; restriction: Restriction } | AnalyzeResult;

export async function analyzeTab(tab: TargetTab, includeVague: boolean): Promise<PageAnalysis> {
  const restriction = tab.url === undefined ? null : restrictionOf(tab.url);
  if (restriction) return { status: "restricted", restriction };
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
  } catch {
    // The browser refused: a local file without file access, a page it protects that our list does not know, or no
    // access granted to this tab.
    return { status: "restricted", restriction: refusalOf(tab.url) };
  }
  const response = await send(tab.id, { type: "analyze", includeVague });
  return parseAnalyzeResult(response) ?? malformed();
}

export async function revealClaim(tabId: number, claimId: string): Promise<Ack> {
  return parseAck(await send(tabId, { type: "reveal", claimId })) ?? malformed();
}

export async function setHighlights(tabId: number, visible: boolean): Promise<Ack> {
  return parseAck(await send(tabId, { type: "setHighlights", visible })) ?? malformed();
}

// Only the top frame: the content script is injected there alone.
function send(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

function malformed(): { status: "error"; message: string } {
  return { status: "error", message: "malformed response from the page" };
}
