// Functions that run inside a tab (the popup or a web page's main world), serialised by the drivers: each is
// self-contained. Shared by every spec file.
import type { Box, BrowserTab } from "./browser.js";

export interface PopupClaim {
  id: string | undefined;
  /** Everything the claim's entry reads, details included. */
  text: string;
  /** The claim's sentence alone. */
  sentence: string;
  /** Whether the popup offers it as placed on the page (it does not say "not found on the page"). */
  placed: boolean;
  group: string;
}

export interface PopupState {
  summary: string | null;
  status: string | null;
  claims: PopupClaim[];
  groupCount: number;
}

/** What the popup shows (runs in the popup). Groups are numbered by their order in the list. */
export function readPopup(): PopupState {
  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, " ").trim() || null;
  const groups = [...document.querySelectorAll('[data-testid="group"]')];
  return {
    summary: text(document.querySelector('[data-testid="summary"]')),
    status: text(document.querySelector('[data-testid="status"]')),
    claims: [...document.querySelectorAll<HTMLElement>('[data-testid="claim"]')].map((claim) => ({
      id: claim.dataset.claimId,
      text: text(claim) ?? "",
      sentence: text(claim.querySelector(".sentence")) ?? "",
      placed: claim.querySelector(".unplaced") === null,
      group: String(groups.indexOf(claim.closest('[data-testid="group"]') as Element)),
    })),
    groupCount: groups.length,
  };
}

/** Waits until the popup shows its result (claims or a status message) and returns what it shows. */
export async function waitForResult(popup: BrowserTab, timeoutMs?: number): Promise<PopupState> {
  await popup.waitUntil(
    () =>
      document.querySelector('[data-testid="claim"]') ||
      document.querySelector('[data-testid="summary"]') ||
      document.querySelector('[data-testid="status"]')?.textContent?.trim(),
    undefined,
    timeoutMs,
  );
  return popup.evaluate(readPopup, undefined);
}

/**
 * For each passage (the start of a sentence), whether the page shows it highlighted by Anonymark (CSS Custom
 * Highlight API or the <mark data-anonymark> fallback), plain, or not at all. Runs in the page.
 */
export function highlightedPassages(
  passages: string[],
): { passage: string; state: "highlighted" | "plain" | "absent" }[] {
  const ranges = [...CSS.highlights]
    .filter(([name]) => name.startsWith("anonymark-"))
    .flatMap(([, set]) => [...set])
    .map((highlighted) => {
      const range = document.createRange();
      range.setStart(highlighted.startContainer, highlighted.startOffset);
      range.setEnd(highlighted.endContainer, highlighted.endOffset);
      return range;
    });
  return passages.map((passage) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.replace(/\s+/g, " ").indexOf(passage);
      if (at < 0) continue;
      // A point a few characters into the passage (whitespace runs before it are single spaces in this test data).
      const offset = Math.min(at + 5, (node as Text).length);
      const inRange = ranges.some((range) => range.isPointInRange(node, offset));
      const inMark = node.parentElement?.closest("mark[data-anonymark]") !== null;
      return { passage, state: inRange || inMark ? "highlighted" : "plain" };
    }
    return { passage, state: "absent" };
  });
}

/**
 * The text of every claim Anonymark highlights in the page (CSS Custom Highlight API, or runs of <mark data-anonymark>
 * elements), whitespace collapsed. Runs in the page.
 */
export function highlightedClaimTexts(): string[] {
  const tidy = (text: string) => text.replace(/\s+/g, " ").trim();
  const registered = CSS.highlights?.get("anonymark-claim");
  if (registered) return [...registered].map((range) => tidy(range.toString()));
  return [...document.querySelectorAll("mark[data-anonymark]")].map((mark) => tidy(mark.textContent ?? ""));
}

/** The part of the viewport showing the text node that holds a passage, and the page's scroll. Runs in the page. */
export function passageBox(passage: string): { box: Box | null; scrollY: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node as Text).data.replace(/\s+/g, " ").includes(passage)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const { left, top, right, bottom } = range.getBoundingClientRect();
    const [x, y] = [Math.max(0, Math.floor(left)), Math.max(0, Math.floor(top))];
    const [width, height] = [Math.min(innerWidth, Math.ceil(right)) - x, Math.min(innerHeight, Math.ceil(bottom)) - y];
    return { box: width > 0 && height > 0 ? { x, y, width, height } : null, scrollY: window.scrollY };
  }
  return { box: null, scrollY: window.scrollY };
}

/** Whether the text node holding a passage is in the viewport. Runs in the page. */
export function passageInView(passage: string): { found: boolean; inView: boolean } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node as Text).data.replace(/\s+/g, " ").includes(passage)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    return { found: true, inView: box.top >= 0 && box.top < window.innerHeight };
  }
  return { found: false, inView: false };
}

/**
 * A point inside the first line of the highlight that covers a passage, in viewport coordinates, after scrolling it
 * into the upper part of the viewport (so that the source card has room below it). Runs in the page.
 */
export async function pointOnHighlight(passage: string): Promise<{ x: number; y: number } | null> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(passage.slice(0, 20));
    if (at < 0) continue;
    // The scroll's event comes a frame later, and a scroll closes the source card: a click made before it arrives
    // would see its card closed at once. Wait for it (or, when nothing had to scroll, a moment).
    const scrolled = new Promise((resolve) => {
      addEventListener("scroll", resolve, { once: true, capture: true });
      setTimeout(resolve, 300);
    });
    // "instant" whatever the page's scroll-behavior: one scroll, one event.
    (node.parentElement as Element).scrollIntoView({ block: "start", behavior: "instant" });
    await scrolled;
    const range = document.createRange();
    range.setStart(node, at + 2);
    range.setEnd(node, at + 3);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}
