// The end-to-end specs, the same in every browser: what a reader sees on the seed article and on pages Anonymark
// cannot analyse. One browser per file; the seed page and its popup are opened once and shared by the specs that read
// them, in order (list, badge, highlights, toggle, screenshot, scroll).
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot, type Box, type BrowserTab, type ExtensionBrowser } from "./browser.js";
import { startFixtureServer, type FixtureServer } from "./server.js";

interface ExpectedPassage {
  sentence: string;
  source?: string;
  group?: string;
}

const seedExpectation = JSON.parse(
  readFileSync(`${repositoryRoot}tests/fixtures/seed-mee-haftar.expected.json`, "utf8"),
) as { mustFlag: ExpectedPassage[]; mustNotFlag: ExpectedPassage[] };

/** The start of a passage, enough to find it on the page: its first 40 characters from its first letter. */
function probe(passage: ExpectedPassage): string {
  return passage.sentence.replace(/^[^\p{L}]+/u, "").slice(0, 40).trimEnd();
}

const flagged = seedExpectation.mustFlag.map(probe);
const notFlagged = seedExpectation.mustNotFlag.map(probe);

/** How long the page may take to follow the popup: a smooth scroll takes over a second. */
const settling = { timeout: 5_000 };

export interface SpecOptions {
  /** Where to save the README's screenshot of the popup over the seed page (one browser makes it). */
  screenshotPath?: string;
}

export function defineExtensionSpecs(launch: () => Promise<ExtensionBrowser>, options: SpecOptions = {}): void {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe("on the seed article", () => {
    let seedUrl: string;
    let tabId: number;
    let page: BrowserTab;
    let popup: BrowserTab;

    beforeAll(async () => {
      seedUrl = server.url("fixtures/seed-mee-haftar.html");
      page = await browser.open(seedUrl);
      tabId = await browser.tabId(seedUrl);
      popup = await browser.openPopup(tabId);
      await waitForResult(popup);
    });

    it("lists the 8 claims under a summary, grouped by source", async () => {
      const popupState = await popup.evaluate(readPopup, undefined);
      expect(popupState.status, "the popup shows a status message instead of the claims").toBe(null);
      expect(popupState.summary).toMatch(/\b8\b/);
      expect(popupState.claims).toHaveLength(8);
      expect(popupState.groupCount).toBeGreaterThanOrEqual(4);
      const listed = popupState.claims.map((claim) => claim.text).join("\n");
      for (const sentence of flagged) expect(listed, "a claim the popup should list").toContain(sentence);
      // Claims resting on the same source ("toujours selon cette source diplomatique") are listed together.
      for (const group of new Set(seedExpectation.mustFlag.map((passage) => passage.group).filter(Boolean))) {
        const members = seedExpectation.mustFlag.filter((passage) => passage.group === group).map(probe);
        const groupsShown = members.map(
          (sentence) => popupState.claims.find((claim) => claim.text.includes(sentence))?.group,
        );
        expect(new Set(groupsShown).size, `one group in the popup for ${members.join(" / ")}`).toBe(1);
      }
    });

    it("shows the count on the toolbar button for that tab", async () => {
      await expect.poll(() => browser.badgeText(tabId), settling).toBe("8");
    });

    it("highlights every claim in the page, and nothing outside them", async () => {
      // CSS.highlights belongs to the document, so highlights the content script draws from its isolated world are
      // seen from the page's main world, where evaluate() runs.
      const registered = await page.evaluate(
        () =>
          [...CSS.highlights].filter(([name]) => name.startsWith("anonymark-")).map(([name, set]) => [name, set.size]),
        undefined,
      );
      expect(registered.length, "highlights named anonymark-* in CSS.highlights").toBeGreaterThan(0);
      expect(registered.some(([, size]) => Number(size) > 0), JSON.stringify(registered)).toBe(true);

      const shown = await page.evaluate(highlightedPassages, [...flagged, ...notFlagged]);
      expect(shown.filter((state) => state.state === "absent"), "passages missing from the page").toEqual([]);
      expect(shown.slice(0, flagged.length).filter((state) => state.state !== "highlighted")).toEqual([]);
      expect(shown.slice(flagged.length).filter((state) => state.state !== "plain")).toEqual([]);
    });

    it("turns the highlights off and on from the popup", async () => {
      // Judged on pixels, as the reader sees it: highlights may leave the registry or merely lose their style. The
      // claim at the top of the article, in view, against the same lines in a tab the extension never touched.
      const { box, scrollY } = await page.evaluate(passageBox, flagged[0] as string);
      expect(box, `"${flagged[0]}" on screen`).not.toBeNull();
      const untouchedTab = await browser.open(seedUrl);
      await untouchedTab.evaluate((y) => window.scrollTo(0, y), scrollY);
      const plain = await untouchedTab.screenshot(box as Box);
      await untouchedTab.close();
      const highlighted = await page.screenshot(box as Box);
      expect(highlighted.equals(plain), "the claim looks highlighted").toBe(false);

      const toggle = '[data-testid="toggle-highlights"]';
      const looks = async (expected: Buffer) => (await page.screenshot(box as Box)).equals(expected);
      await popup.click(toggle);
      await expect.poll(() => looks(plain), { ...settling, message: "looks as before analysis" }).toBe(true);
      await popup.click(toggle);
      await expect.poll(() => looks(highlighted), { ...settling, message: "the highlights are back" }).toBe(true);
    });

    if (options.screenshotPath) {
      const path = options.screenshotPath;
      it("makes the README's screenshot of the popup over the seed page", async () => {
        // Only a popup that shows the article's claims is worth a picture.
        expect((await popup.evaluate(readPopup, undefined)).claims).toHaveLength(8);
        await writeScreenshot(browser, page, popup, path);
      });
    }

    it("scrolls the page to a claim clicked in the popup", async () => {
      // The claim furthest down the article, out of view when the page opens.
      const target = flagged.at(-1) as string;
      const before = await page.evaluate(passageInView, target);
      expect(before, "the claim is below the fold before the click").toMatchObject({ found: true, inView: false });

      const claimId = await popup.evaluate(
        (sentence) => {
          const claims = [...document.querySelectorAll<HTMLElement>('[data-testid="claim"]')];
          return claims.find((claim) => claim.textContent?.replace(/\s+/g, " ").includes(sentence))?.dataset.claimId;
        },
        target,
      );
      expect(claimId, `a claim in the popup reading "${target}"`).toBeTruthy();
      // The toolbar popup opens over the page, which stays the tab on show (and animates its smooth scroll).
      await page.bringToFront();
      await popup.click(`[data-testid="claim"][data-claim-id=${JSON.stringify(claimId)}]`);
      await expect
        .poll(() => page.evaluate(passageInView, target), settling)
        .toMatchObject({ found: true, inView: true });
    });

    afterAll(async () => {
      await popup?.close();
      await page?.close();
    });
  });

  describe("on pages it cannot analyse", () => {
    let noArticleMessage: string | null = null;

    it("says so when the page has no article", async () => {
      const url = server.url("e2e/pages/no-article.html");
      const page = await browser.open(url);
      const popup = await browser.openPopup(await browser.tabId(url));
      const state = await waitForResult(popup);
      expect(state.claims).toEqual([]);
      expect(state.status, "a message in the popup").toBeTruthy();
      noArticleMessage = state.status;
      await popup.close();
      await page.close();
    });

    it("says so when the browser forbids scripting the page", async () => {
      // Chromium's own pages and Firefox's about: pages are out of every extension's reach.
      const restricted = browser.name === "chromium" ? "chrome://version/" : "about:blank";
      const popup = await browser.openPopup(await browser.createTab(restricted));
      const state = await waitForResult(popup);
      expect(state.claims).toEqual([]);
      expect(state.status, "a message in the popup").toBeTruthy();
      expect(state.status, "not the message for a page without an article").not.toBe(noArticleMessage);
      await popup.close();
    });
  });

  it("raises no error in the pages, the popup or the background", () => {
    expect(browser.extensionErrors).toEqual([]);
  });
}

interface PopupState {
  summary: string | null;
  status: string | null;
  claims: { id: string | undefined; text: string; group: string }[];
  groupCount: number;
}

/** What the popup shows (runs in the popup). Groups are numbered by their order in the list. */
function readPopup(): PopupState {
  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, " ").trim() || null;
  const groups = [...document.querySelectorAll('[data-testid="group"]')];
  return {
    summary: text(document.querySelector('[data-testid="summary"]')),
    status: text(document.querySelector('[data-testid="status"]')),
    claims: [...document.querySelectorAll<HTMLElement>('[data-testid="claim"]')].map((claim) => ({
      id: claim.dataset.claimId,
      text: text(claim) ?? "",
      group: String(groups.indexOf(claim.closest('[data-testid="group"]') as Element)),
    })),
    groupCount: groups.length,
  };
}

/** Waits until the popup shows its result (claims or a status message) and returns what it shows. */
async function waitForResult(popup: BrowserTab): Promise<PopupState> {
  await popup.waitUntil(
    () =>
      document.querySelector('[data-testid="claim"]') ||
      document.querySelector('[data-testid="status"]')?.textContent?.trim(),
    undefined,
  );
  return popup.evaluate(readPopup, undefined);
}

/**
 * For each passage (the start of a sentence), whether the page shows it highlighted by Anonymark (CSS Custom
 * Highlight API or the <mark data-anonymark> fallback), plain, or not at all. Runs in the page.
 */
function highlightedPassages(passages: string[]): { passage: string; state: "highlighted" | "plain" | "absent" }[] {
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

/** The part of the viewport showing the text node that holds a passage, and the page's scroll. Runs in the page. */
function passageBox(passage: string): { box: Box | null; scrollY: number } {
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
function passageInView(passage: string): { found: boolean; inView: boolean } {
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

/** The popup as it opens from the toolbar, over the top of the article it analysed (both as they first open). */
async function writeScreenshot(
  browser: ExtensionBrowser,
  page: BrowserTab,
  popup: BrowserTab,
  path: string,
): Promise<void> {
  // Browsers size a toolbar popup to its content, up to 800 × 600.
  const size = await popup.evaluate(
    () => ({ width: document.body.getBoundingClientRect().width, height: document.documentElement.scrollHeight }),
    undefined,
  );
  await popup.setViewport(Math.min(800, Math.ceil(size.width)), Math.min(600, size.height));
  const images = {
    page: `data:image/png;base64,${(await page.screenshot()).toString("base64")}`,
    popup: `data:image/png;base64,${(await popup.screenshot()).toString("base64")}`,
  };
  const canvas = await browser.open("about:blank");
  await canvas.evaluate(async ({ page: pageImage, popup: popupImage }) => {
    document.body.style.cssText = "margin: 0; position: relative;";
    const backdrop = Object.assign(new Image(), { src: pageImage });
    backdrop.style.cssText = "display: block;";
    const overlay = Object.assign(new Image(), { src: popupImage });
    overlay.style.cssText = `position: absolute; top: 8px; right: 24px; border: 1px solid #c8c8d0;
      border-radius: 8px; box-shadow: 0 12px 32px rgb(0 0 0 / 0.35);`;
    document.body.append(backdrop, overlay);
    await Promise.all([backdrop.decode(), overlay.decode()]);
  }, images);
  const picture = await canvas.screenshot();
  await canvas.close();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, picture);
}
