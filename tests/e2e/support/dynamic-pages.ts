// Pages that change under the highlights: a single-page app moving to another article, a framework rendering the
// article again, and an article shown in a frame the extension cannot read (tests/e2e/pages/dynamic-article.html and
// framed-article.html).
import { describe, expect, it } from "vitest";
import type { BrowserTab } from "./browser.js";
import { highlightedPassages, waitForResult } from "./probes.js";
import { flagged } from "./scenarios.js";
import type { Session } from "./session.js";

/** The claims of the seed article that the dynamic page carries (it shows most of the article's paragraphs). */
async function shownClaims(page: BrowserTab): Promise<string[]> {
  const states = await page.evaluate(highlightedPassages, flagged);
  return states.filter((state) => state.state !== "absent").map((state) => state.passage);
}

/** How many ranges Anonymark has in the page's highlight registry. Runs in the page. */
function registeredRanges(): number {
  return [...CSS.highlights]
    .filter(([name]) => name.startsWith("anonymark-"))
    .reduce((sum, [, highlight]) => sum + highlight.size, 0);
}

export function defineDynamicPageSpecs(session: Session): void {
  describe("on pages that change", () => {
    /** Opens the dynamic page afresh (each spec changes it) and analyses it; returns the page, its tab and its claims. */
    async function analysed(): Promise<{ page: BrowserTab; popup: BrowserTab; tabId: number; claims: string[] }> {
      const { browser, server } = session;
      const url = server.url(`e2e/pages/dynamic-article.html?visit=${Math.random().toString(36).slice(2)}`);
      const page = await browser.open(url);
      const tabId = await browser.tabId(url);
      const popup = await browser.openPopup(tabId);
      const state = await waitForResult(popup);
      expect(state.status, "the popup shows a status message instead of the claims").toBe(null);
      const claims = await shownClaims(page);
      expect(claims.length, "the seed article's claims on the page").toBeGreaterThan(3);
      const states = await page.evaluate(highlightedPassages, claims);
      expect(states.filter((state) => state.state !== "highlighted"), "claims not highlighted").toEqual([]);
      await expect.poll(() => browser.badgeText(tabId)).toBe(String(state.claims.length));
      return { page, popup, tabId, claims };
    }

    it("clears the highlights and the badge when a single-page app moves to another article", async () => {
      const { page, popup, tabId } = await analysed();
      await page.evaluate(() => (window as unknown as { showNextArticle(): void }).showNextArticle(), undefined);
      await expect.poll(() => page.evaluate(registeredRanges, undefined), { timeout: 3_000 }).toBe(0);
      await expect.poll(() => session.browser.badgeText(tabId), { timeout: 3_000 }).toBe("");
      await popup.close();
      await page.close();
    });

    it("highlights the claims again after the page renders the article anew", async () => {
      const { page, popup, claims } = await analysed();
      await page.evaluate(() => (window as unknown as { renderAgain(): void }).renderAgain(), undefined);
      // The ranges pointed into the nodes the page threw away: until they are placed again, no claim reads as
      // highlighted on the new nodes.
      expect((await page.evaluate(highlightedPassages, claims)).every((state) => state.state === "plain")).toBe(true);
      await expect
        .poll(async () => (await page.evaluate(highlightedPassages, claims)).map((state) => state.state), {
          timeout: 2_000,
          message: "the claims highlighted on the new nodes",
        })
        .toEqual(claims.map(() => "highlighted"));
      await popup.close();
      await page.close();
    });

    it("says so when the article sits in a frame and the page itself has none", async () => {
      const { browser, server } = session;
      const url = server.url("e2e/pages/framed-article.html");
      const page = await browser.open(url);
      const popup = await browser.openPopup(await browser.tabId(url));
      const state = await waitForResult(popup);
      expect(state.claims).toEqual([]);
      expect(state.status, "the popup names the frame").toMatch(/\bframe\b|\bcadre\b/i);
      await popup.close();
      await page.close();
    });
  });
}
