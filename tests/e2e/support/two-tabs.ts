// One article open in two tabs: each tab's page keeps the reviews, and each follows what the other stores (the
// browser tells every content script of a storage change), so that neither undoes the other's work.
import { describe, expect, it } from "vitest";
import type { BrowserTab } from "./browser.js";
import { waitForResult } from "./probes.js";
import { forgetReviews, review, shownReview, storedReviews } from "./review-scenarios.js";
import { flagged, seedPath } from "./scenarios.js";
import type { Session } from "./session.js";

export function defineTwoTabSpecs(session: Session): void {
  describe("one article in two tabs", () => {
    it("each tab shows the reviews made in the other, and reviews made in both at once are all kept", async () => {
      const { browser, server } = session;
      // The same article (a fragment does not change it), told apart by the tests.
      const [left, right] = ["#left", "#right"].map((fragment) => server.url(`${seedPath}?two-tabs${fragment}`));
      const pages = [await browser.open(left!), await browser.open(right!)];
      const tabIds = [await browser.tabId(left!), await browser.tabId(right!)];
      const popups: BrowserTab[] = [];
      const reopen = async (tab: number) => {
        await popups[tab]?.close();
        popups[tab] = await browser.openPopup(tabIds[tab]!);
        await waitForResult(popups[tab]);
      };
      await reopen(0);
      await reopen(1);
      const stored = async () => JSON.stringify(await popups[0]!.evaluate(storedReviews, undefined));

      expect(await popups[0]!.evaluate(review, { sentence: flagged[0]!, status: "verified" })).toBe(true);
      await expect.poll(stored, { timeout: 5_000 }).toContain("verified");
      await reopen(1);
      expect(await popups[1]!.evaluate(shownReview, flagged[0]!)).toEqual({ status: "verified", note: "" });

      await Promise.all([
        popups[0]!.evaluate(review, { sentence: flagged[1]!, status: "disputed" }),
        popups[1]!.evaluate(review, { sentence: flagged[2]!, status: "to-check", note: "Asked the embassy" }),
      ]);
      await expect.poll(stored, { timeout: 5_000 }).toContain("Asked the embassy");
      await expect.poll(stored, { timeout: 5_000 }).toContain("disputed");
      for (const tab of [0, 1]) {
        await reopen(tab);
        expect(await popups[tab]!.evaluate(shownReview, flagged[0]!)).toEqual({ status: "verified", note: "" });
        expect(await popups[tab]!.evaluate(shownReview, flagged[1]!)).toEqual({ status: "disputed", note: "" });
        expect(await popups[tab]!.evaluate(shownReview, flagged[2]!)).toEqual({ status: "to-check", note: "Asked the embassy" });
      }

      await popups[0]!.evaluate(forgetReviews, undefined);
      for (const tab of [...popups, ...pages]) await tab.close();
    });
  });
}
