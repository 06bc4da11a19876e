// The page's scripts share the highlight registry with the extension: what they can read there never depends on the
// reader's reviews, and highlights they delete or fake are drawn again from the extension's own ranges when the popup
// opens.
import { describe, expect, it } from "vitest";
import { waitForResult } from "./probes.js";
import { forgetReviews, review, storedReviews } from "./review-scenarios.js";
import { flagged, seedPath } from "./scenarios.js";
import type { Session } from "./session.js";

/** What a page script reads of our highlights: each name with its passages, whitespace collapsed. Runs in the page. */
function registryView(): Record<string, string[]> {
  const tidy = (text: string) => text.replace(/\s+/g, " ").trim();
  return Object.fromEntries(
    [...CSS.highlights]
      .filter(([name]) => name.startsWith("anonymark-"))
      .map(([name, highlight]) => [name, [...highlight].map((range) => tidy(String(range)))]),
  );
}

/** A page script deleting our highlights and registering one of its own under our name. Runs in the page. */
function deleteAndFake(): void {
  CSS.highlights.clear();
  const range = document.createRange();
  range.selectNodeContents(document.querySelector("h1") ?? document.body);
  CSS.highlights.set("anonymark-claim", new Highlight(range));
}

export function defineHighlightIntegritySpecs(session: Session): void {
  describe("the highlight registry the page shares", () => {
    it("tells the page nothing of a review, and is drawn again when the popup opens after the page deleted or faked it", async () => {
      const { browser, server } = session;
      const url = server.url(`${seedPath}?registry`);
      const page = await browser.open(url);
      const tabId = await browser.tabId(url);
      let popup = await browser.openPopup(tabId);
      const state = await waitForResult(popup);
      const drawn = await page.evaluate(registryView, undefined);
      expect(drawn["anonymark-claim"], "one highlight per placed claim").toHaveLength(state.claims.filter((c) => c.placed).length);

      // A false flag, stored: the popup opened again finds the registry as it was.
      expect(await popup.evaluate(review, { sentence: flagged[3]!, status: "false-flag" })).toBe(true);
      await expect
        .poll(async () => JSON.stringify(await popup.evaluate(storedReviews, undefined)), { timeout: 5_000 })
        .toContain("false-flag");
      await popup.close();
      popup = await browser.openPopup(tabId);
      await waitForResult(popup);
      expect(await page.evaluate(registryView, undefined)).toEqual(drawn);

      await page.evaluate(deleteAndFake, undefined);
      expect(await page.evaluate(registryView, undefined)).not.toEqual(drawn);
      await popup.close();
      popup = await browser.openPopup(tabId);
      await waitForResult(popup);
      expect(await page.evaluate(registryView, undefined)).toEqual(drawn);

      await popup.evaluate(forgetReviews, undefined);
      await popup.close();
      await page.close();
    });
  });
}
