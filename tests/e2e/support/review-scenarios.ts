// The fact-checker's workflow on the seed article, the same in every browser: a review made in the popup is there
// again when the page is reloaded; a false flag is counted, and keeps its highlight (the page must not learn it); the
// export holds the claims, their checks and the reviews.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserTab, ExtensionBrowser } from "./browser.js";
import { highlightedPassages, waitForResult } from "./probes.js";
import { flagged, seedPath } from "./scenarios.js";
import type { Session } from "./session.js";

const settling = { timeout: 5_000 };

/** Sets a claim's review status (and note) in the popup, as a reader does: a change event on each control. */
export function review(args: { sentence: string; status: string; note?: string }): boolean {
  const tidy = (text: string | null) => (text ?? "").replace(/\s+/g, " ");
  const claim = [...document.querySelectorAll('[data-testid="claim"]')].find((c) => tidy(c.textContent).includes(args.sentence));
  const item = claim?.closest("li");
  const select = item?.querySelector<HTMLSelectElement>('[data-testid="review-status"]');
  const note = item?.querySelector<HTMLTextAreaElement>('[data-testid="review-note"]');
  if (!select || !note) return false;
  select.value = args.status;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  if (args.note !== undefined) {
    note.value = args.note;
    note.dispatchEvent(new Event("input", { bubbles: true }));
    note.dispatchEvent(new Event("change", { bubbles: true }));
  }
  return true;
}

/** The review a claim shows in the popup. */
export function shownReview(sentence: string): { status: string; note: string } | null {
  const tidy = (text: string | null) => (text ?? "").replace(/\s+/g, " ");
  const claim = [...document.querySelectorAll('[data-testid="claim"]')].find((c) => tidy(c.textContent).includes(sentence));
  const item = claim?.closest("li");
  const select = item?.querySelector<HTMLSelectElement>('[data-testid="review-status"]');
  const note = item?.querySelector<HTMLTextAreaElement>('[data-testid="review-note"]');
  return select && note ? { status: select.value, note: note.value } : null;
}

/** The reviews in the extension's storage.local, by key (run in an extension page). */
export async function storedReviews(): Promise<Record<string, { status: string; note: string }>> {
  type Storage = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
  const scope = globalThis as unknown as { browser?: Storage; chrome?: Storage };
  const all = await (scope.browser ?? scope.chrome)!.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith("reviews:"))) as never;
}

export async function forgetReviews(): Promise<void> {
  type Storage = { storage: { local: { get(keys: null): Promise<object>; remove(keys: string[]): Promise<void> } } };
  const scope = globalThis as unknown as { browser?: Storage; chrome?: Storage };
  const local = (scope.browser ?? scope.chrome)!.storage.local;
  await local.remove(Object.keys(await local.get(null)).filter((key) => key.startsWith("reviews:")));
}

/** Keeps each file the popup hands to a download link, so that the test can read what the reader saves. */
function keepDownloads(): void {
  const scope = window as unknown as { downloads: Blob[] };
  scope.downloads = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob) => {
    scope.downloads.push(blob);
    return create(blob);
  };
}

async function exportAs(format: string): Promise<string> {
  const scope = window as unknown as { downloads: Blob[] };
  const count = scope.downloads.length;
  const details = document.querySelector<HTMLDetailsElement>('[data-testid="export"]')!;
  details.open = true;
  const select = document.querySelector<HTMLSelectElement>('[data-testid="export-format"]')!;
  select.value = format;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  // The reader's click comes after Preact has rendered the choice.
  await new Promise((resolve) => setTimeout(resolve, 50));
  document.querySelector<HTMLButtonElement>('[data-testid="export-download"]')!.click();
  for (let waited = 0; scope.downloads.length === count && waited < 5_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return scope.downloads[count]?.text() ?? "";
}

export function defineReviewSpecs(session: Session): void {
  describe("reviewing the seed article's claims", () => {
    let browser: ExtensionBrowser;
    // A URL of its own, so that its tab is told apart from other specs' seed tab, and the reviews' key: the seed's
    // canonical URL is on another site than the test server's, so it does not count.
    let reviewUrl: string;
    let page: BrowserTab;
    let popup: BrowserTab;
    const verifiedSentence = flagged[1]!;
    const falseFlagSentence = flagged[3]!;
    const note = "Confirmed by a second diplomat, 19 December";

    /** Opens the review page and its popup, closing the ones open before: a reload, as far as the reader can tell. */
    async function reload(): Promise<void> {
      await popup?.close();
      await page?.close();
      page = await browser.open(reviewUrl);
      popup = await browser.openPopup(await browser.tabId(reviewUrl));
      await waitForResult(popup);
    }

    beforeAll(async () => {
      browser = session.browser;
      reviewUrl = `${session.server.url(seedPath)}?review`;
      await reload();
    });

    afterAll(async () => {
      await popup?.evaluate(forgetReviews, undefined);
      await popup?.close();
      await page?.close();
    });

    it("keeps a review made in the popup when the page is reloaded", async () => {
      expect(await popup.evaluate(review, { sentence: verifiedSentence, status: "verified", note })).toBe(true);
      await expect
        .poll(async () => JSON.stringify(await popup.evaluate(storedReviews, undefined)), settling)
        .toContain(note);
      await reload();
      expect(await popup.evaluate(shownReview, verifiedSentence)).toEqual({ status: "verified", note });
    });

    it("counts a false flag, and keeps it after a reload, highlighted like the other claims", async () => {
      expect(await popup.evaluate(review, { sentence: falseFlagSentence, status: "false-flag" })).toBe(true);
      await expect
        .poll(async () => JSON.stringify(await popup.evaluate(storedReviews, undefined)), settling)
        .toContain("false-flag");
      const falseFlags = () => document.querySelector('[data-testid="profile-false-flags"]')?.textContent ?? null;
      expect(await popup.evaluate(falseFlags, undefined)).toBe("1");

      await reload();
      expect(await popup.evaluate(shownReview, falseFlagSentence)).toEqual({ status: "false-flag", note: "" });
      expect(await popup.evaluate(falseFlags, undefined)).toBe("1");
      expect(await page.evaluate(highlightedPassages, [falseFlagSentence, verifiedSentence])).toEqual([
        { passage: falseFlagSentence, state: "highlighted" },
        { passage: verifiedSentence, state: "highlighted" },
      ]);
    });

    it("downloads the claims with their checks and reviews as JSON and as a Markdown report", async () => {
      await popup.evaluate(keepDownloads, undefined);
      const json = JSON.parse(await popup.evaluate(exportAs, "json")) as {
        claims: { text: string; link: string; checks: { id: string }[]; review?: { status: string; note: string } }[];
      };
      expect(json.claims).toHaveLength(flagged.length);
      const verified = json.claims.find((claim) => claim.text.includes(verifiedSentence));
      expect(verified?.review).toMatchObject({ status: "verified", note });
      expect(verified?.link).toMatch(/#:~:text=/);
      expect(json.claims.every((claim) => Array.isArray(claim.checks))).toBe(true);
      expect(json.claims.some((claim) => claim.checks.length > 0)).toBe(true);
      expect(json.claims.find((claim) => claim.text.includes(falseFlagSentence))?.review?.status).toBe("false-flag");

      const markdown = await popup.evaluate(exportAs, "md");
      expect(markdown).toMatch(/^# /);
      expect(markdown).toContain(note);
      const status = () => document.querySelector('[data-testid="export-status"]')?.textContent ?? "";
      expect(await popup.evaluate(status, undefined)).toMatch(/anonymark-.+\.md/);
    });
  });
}
