// The saved real news pages (tests/fixtures/pages/*/source.html) through the extension as a reader uses it: open the
// page, open the popup. Every page must end in a result a reader understands, every claim the popup offers as placed
// must be highlighted on the page, and the extension must log no error on any of them.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "./browser.js";
import { highlightedClaimTexts, waitForResult } from "./probes.js";
import type { Session } from "./session.js";

/** Every saved real page, by folder name. */
export const realPages = readdirSync(`${repositoryRoot}tests/fixtures/pages`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The start of a UI message, up to its first substitution, in the English the test browsers run in. */
function messageStart(key: string): string {
  const messages = JSON.parse(readFileSync(`${repositoryRoot}extension/_locales/en/messages.json`, "utf8")) as Record<
    string,
    { message: string }
  >;
  const message = messages[key]?.message;
  if (!message) throw new Error(`no UI message "${key}"`);
  return message.split("$")[0] as string;
}

/** Text as compared between the popup and the page: whitespace collapsed, invisible characters dropped. */
function comparable(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function defineRealPageSpecs(session: Session, pages: readonly string[]): void {
  describe("on saved real pages", () => {
    const tally = { claims: 0, placed: 0, articles: 0, noArticle: 0, otherLanguage: 0 };

    it.each(pages)("%s: a result, every placed claim highlighted, no error", async (name) => {
      const { browser, server } = session;
      const errorsBefore = browser.extensionErrors.length;
      const url = server.url(`fixtures/pages/${name}/source.html`);
      const page = await browser.open(url);
      try {
        const popup = await browser.openPopup(await browser.tabId(url));
        const state = await waitForResult(popup, 30_000);
        await popup.close();

        if (state.summary === null) {
          // No article, or one in a language Anonymark does not read: said in so many words, never as a failure.
          const expected = [messageStart("noArticle"), messageStart("unsupportedLanguage")];
          expect(expected.some((start) => state.status?.startsWith(start)), `status: ${state.status}`).toBe(true);
          if (state.status?.startsWith(expected[0] as string)) tally.noArticle++;
          else tally.otherLanguage++;
        } else {
          tally.articles++;
          const placed = state.claims.filter((claim) => claim.placed);
          tally.claims += state.claims.length;
          tally.placed += placed.length;
          const highlighted = (await page.evaluate(highlightedClaimTexts, undefined)).map(comparable);
          const missing = placed
            .map((claim) => comparable(claim.sentence))
            .filter((sentence) => !highlighted.some((text) => text.includes(sentence) || sentence.includes(text)));
          expect(missing, "claims listed as placed but not highlighted on the page").toEqual([]);
        }
        expect(browser.extensionErrors.slice(errorsBefore), "errors from the extension on this page").toEqual([]);
      } finally {
        await page.close();
      }
    });

    afterAll(() => {
      const share = tally.claims === 0 ? 1 : tally.placed / tally.claims;
      console.info(
        `${session.browser.name}: ${pages.length} real pages, ${tally.articles} articles (${tally.noArticle} without an ` +
          `article, ${tally.otherLanguage} in another language); ${tally.placed} of ${tally.claims} claims placed ` +
          `(${(share * 100).toFixed(1)} %)`,
      );
    });

    it("places at least 99 % of the claims it flags across the pages", () => {
      expect(tally.claims, "claims flagged across the real pages").toBeGreaterThan(0);
      expect(tally.placed / tally.claims).toBeGreaterThanOrEqual(0.99);
    });
  });
}
