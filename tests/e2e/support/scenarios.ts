// The end-to-end specs, the same in every browser: what a reader sees on the seed article and on pages Anonymark
// cannot analyse. One browser per file; the seed page and its popup are opened once and shared by the specs that read
// them, in order (list, badge, highlights, toggle, screenshot, scroll, keyboard).
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot, type Box, type BrowserTab, type ExtensionBrowser } from "./browser.js";
import {
  highlightedPassages,
  passageBox,
  passageInView,
  readPopup,
  waitForResult,
} from "./probes.js";
import type { Session } from "./session.js";

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

/** The starts of the seed article's sentences that must be flagged, and of those that must not. */
export const flagged = seedExpectation.mustFlag.map(probe);
export const notFlagged = seedExpectation.mustNotFlag.map(probe);

export const seedPath = "fixtures/seed-mee-haftar.html";

/** How long the page may take to follow the popup: a smooth scroll takes over a second. */
const settling = { timeout: 5_000 };

export interface SpecOptions {
  /** Where to save the README's screenshot of the popup over the seed page (one browser makes it). */
  screenshotPath?: string;
}

export function defineExtensionSpecs(session: Session, options: SpecOptions = {}): void {
  describe("on the seed article", () => {
    let browser: ExtensionBrowser;
    let seedUrl: string;
    let tabId: number;
    let page: BrowserTab;
    let popup: BrowserTab;

    beforeAll(async () => {
      browser = session.browser;
      seedUrl = session.server.url(seedPath);
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
      // One group per real source: the expected file's three (diplomatic, security, local media).
      expect(popupState.groupCount).toBe(new Set(seedExpectation.mustFlag.map((passage) => passage.group)).size);
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
      const plain = await untouchedLook(browser, seedUrl, box as Box, scrollY);
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

    it("is usable by keyboard alone: Tab to a claim and Enter scrolls to it; Space on the switch hides highlights", async () => {
      await page.evaluate(() => window.scrollTo(0, 0), undefined);
      const target = flagged.at(-2) as string;
      expect(await page.evaluate(passageInView, target), "the claim is below the fold").toMatchObject({ inView: false });
      const claimId = (await popup.evaluate(readPopup, undefined)).claims.find((claim) => claim.text.includes(target))?.id;
      expect(claimId, `a claim in the popup reading "${target}"`).toBeTruthy();

      // The toolbar popup has the keyboard while the page shows under it.
      await page.bringToFront();
      await tabTo(popup, `[data-testid="claim"][data-claim-id=${JSON.stringify(claimId)}]`);
      await popup.press("Enter");
      await expect.poll(() => page.evaluate(passageInView, target), settling).toMatchObject({ inView: true });
      const { box, scrollY } = await settledBox(page, target);
      const plain = await untouchedLook(browser, seedUrl, box, scrollY);
      const looksPlain = async () => (await page.screenshot(box)).equals(plain);
      expect(await looksPlain(), "the claim looks highlighted").toBe(false);

      const toggle = '[data-testid="toggle-highlights"]';
      const checked = () => popup.evaluate((selector) => document.querySelector(selector)?.getAttribute("aria-checked"), toggle);
      await tabTo(popup, toggle);
      await popup.press(" ");
      expect(await checked()).toBe("false");
      await expect.poll(looksPlain, { ...settling, message: "highlights hidden" }).toBe(true);
      // Back as it was, still from the keyboard.
      await popup.press(" ");
      expect(await checked()).toBe("true");
      await expect.poll(looksPlain, { ...settling, message: "highlights back" }).toBe(false);
    });

    afterAll(async () => {
      await popup?.close();
      await page?.close();
    });
  });

  describe("on pages it cannot analyse", () => {
    let noArticleMessage: string | null = null;

    it("says so when the page has no article", async () => {
      const { browser, server } = session;
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

    it("analyses the text the reader selected on a page with no article, and highlights its claims", async () => {
      const { browser, server } = session;
      // A home page's teaser (too short for an article) that rests on an unnamed source; written for this test.
      const sentence = "A senior official, who spoke on condition of anonymity, said the talks had collapsed.";
      const url = server.publish("teaser.html", () => ({
        body: `<!doctype html><html lang="en"><head><title>The Daily Example</title></head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav><h2><a href="/talks">Talks</a></h2>
          <p id="teaser">${sentence}</p></body></html>`,
      }));
      const page = await browser.open(url);
      await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById("teaser")!), undefined);
      const popup = await browser.openPopup(await browser.tabId(url));
      await popup.waitUntil(() => document.querySelector('[data-testid="analyze-selection"]'), undefined);
      await popup.click('[data-testid="analyze-selection"]');
      await popup.waitUntil(() => document.querySelector('[data-testid="claim"]'), undefined);
      const state = await popup.evaluate(readPopup, undefined);
      expect(state.claims.map((claim) => [claim.sentence, claim.placed])).toEqual([[sentence, true]]);
      const drawn = await page.evaluate(highlightedPassages, ["A senior official, who spoke"]);
      expect(drawn.map((passage) => passage.state)).toEqual(["highlighted"]);
      await popup.close();
      await page.close();
    });

    it("says so when the browser forbids scripting the page", async () => {
      const { browser } = session;
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
}

/** How the same part of the page looks in a new tab the extension never touched, scrolled the same way. */
export async function untouchedLook(browser: ExtensionBrowser, url: string, box: Box, scrollY: number): Promise<Buffer> {
  const untouchedTab = await browser.open(url);
  await untouchedTab.evaluate((y) => window.scrollTo(0, y), scrollY);
  const look = await untouchedTab.screenshot(box);
  await untouchedTab.close();
  return look;
}

/** Where a passage shows once the page has stopped scrolling (a smooth scroll takes a while). */
async function settledBox(page: BrowserTab, passage: string): Promise<{ box: Box; scrollY: number }> {
  let last = await page.evaluate(passageBox, passage);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await page.evaluate(passageBox, passage);
    if (now.scrollY === last.scrollY && now.box) return { box: now.box, scrollY: now.scrollY };
    last = now;
  }
}

/**
 * Moves the popup's focus with Tab, or Shift+Tab when the element is behind it, until it is on the element selector
 * names; fails if it never gets there. Focus is moved only from the keyboard: script blur() would, in Firefox, send
 * it out of the document.
 */
async function tabTo(popup: BrowserTab, selector: string): Promise<void> {
  const { behind, focusable } = await popup.evaluate((wanted) => {
    const focused = document.activeElement;
    const target = document.querySelector(wanted);
    return {
      behind: !!(focused && target && focused.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING),
      focusable: document.querySelectorAll("button, a[href], input, select").length,
    };
  }, selector);
  const key = behind ? "Shift+Tab" : "Tab";
  for (let presses = 0; presses <= focusable; presses++) {
    if (await popup.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await popup.press(key);
  }
  throw new Error(`${key} never reaches ${selector} in the popup`);
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
