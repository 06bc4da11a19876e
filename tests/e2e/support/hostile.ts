// Pages that work against the extension: a script that talks to it in its own message shapes and looks for its
// results, a strict Content-Security-Policy, style sheets that hide custom elements. The extension must ignore the
// first, keep its results out of the page's reach, and keep working under the others.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repositoryRoot, type Box, type BrowserTab } from "./browser.js";
import { highlightedPassages, passageBox, pointOnHighlight, waitForResult } from "./probes.js";
import { flagged, seedPath, untouchedLook } from "./scenarios.js";
import type { Session } from "./session.js";

/** Records every Content-Security-Policy violation the page reports, from before its load. */
const violationRecorder = `
  window.anonymarkTestViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.anonymarkTestViolations.push(event.violatedDirective + " " + event.blockedURI + " " + event.sourceFile);
  });
`;

const seedHtml = readFileSync(`${repositoryRoot}tests/${seedPath}`, "utf8");

/** The seed page with extra markup at the end of its head. */
function seedWithHead(extra: string): string {
  return seedHtml.replace("</head>", `${extra}\n</head>`);
}

/** What a page script can see of the document and of its window (runs in the page). Our own UI nodes are left out. */
function pageView(): { html: string; globals: string[] } {
  const copy = document.documentElement.cloneNode(true) as Element;
  for (const ours of copy.querySelectorAll("[data-anonymark-ui]")) ours.remove();
  return { html: copy.outerHTML, globals: Object.getOwnPropertyNames(window).sort() };
}

export function defineHostilePageSpecs(session: Session): void {
  describe("on hostile pages", () => {
    it("ignores a page script that sends it its own messages, and keeps its results out of the page's reach", async () => {
      const { browser, server } = session;
      const url = server.url(`${seedPath}?hostile-script`);
      const page = await browser.open(url);
      // The page's view before analysis, taken before the listener below adds its one global.
      const before = await page.evaluate(pageView, undefined);
      await page.evaluate(() => {
        const seen: unknown[] = [];
        Object.assign(window, { hostileSeen: seen });
        window.addEventListener("message", (event) => seen.push(event.data));
      }, undefined);

      const popup = await browser.openPopup(await browser.tabId(url));
      const state = await waitForResult(popup);
      expect(state.claims.length, "claims in the popup").toBeGreaterThan(0);
      const lastClaimId = state.claims.at(-1)?.id;

      // The page opens the source card (a click on a highlight), then looks for what the extension knows.
      const point = await page.evaluate(pointOnHighlight, flagged[0] as string);
      expect(point, "a highlight to click").not.toBeNull();
      await page.clickAt(point!.x, point!.y);
      const after = await page.evaluate(pageView, undefined);
      expect(after.globals.filter((name) => name !== "hostileSeen"), "globals added to the page").toEqual(before.globals);
      expect(after.html, "the page's DOM, our own UI aside").toBe(before.html);
      const card = await page.evaluate(() => {
        const host = document.querySelector('[data-anonymark-ui="card"]');
        return host && { shadowRoot: host.shadowRoot !== null, text: host.textContent, children: host.childElementCount };
      }, undefined);
      expect(card, "the source card is open, in a root the page cannot enter").toEqual({
        shadowRoot: false,
        text: "",
        children: 0,
      });

      // Now the page speaks the extension's language, every way a page can.
      const { box, scrollY } = await page.evaluate(passageBox, flagged[0] as string);
      const highlighted = await page.screenshot(box as Box);
      const reach = await page.evaluate((claimId) => {
        const requests = [
          { type: "setHighlights", visible: false },
          { type: "reveal", claimId },
          { type: "analyze", includeVague: true },
          { type: "claimCount", count: 99 },
        ];
        for (const request of requests) {
          window.postMessage(request, "*");
          window.dispatchEvent(new MessageEvent("message", { data: request, origin: location.origin, source: window }));
          document.dispatchEvent(new CustomEvent("anonymark", { detail: request }));
          document.dispatchEvent(new CustomEvent(request.type, { detail: request }));
        }
        const scope = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
        return { runtime: typeof scope.chrome?.runtime?.sendMessage, browser: typeof scope.browser };
      }, lastClaimId);
      expect(reach, "no extension messaging API in the page's world").toEqual({ runtime: "undefined", browser: "undefined" });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.evaluate(() => window.scrollY, undefined), "the page did not scroll to a claim").toBe(scrollY);
      expect((await page.screenshot(box as Box)).equals(highlighted), "the highlights look as before").toBe(true);
      expect(await page.evaluate(highlightedPassages, [flagged[0] as string])).toMatchObject([{ state: "highlighted" }]);
      expect(await browser.badgeText(await browser.tabId(url)), "the badge keeps the real count").toBe(
        String(state.claims.length),
      );
      const seen = await page.evaluate(() => (window as unknown as { hostileSeen: unknown[] }).hostileSeen, undefined);
      expect(seen.length, "messages the page received: only its own").toBe(8);
      await popup.close();
      await page.close();
    });

    it("works on a page with a strict Content-Security-Policy", async () => {
      const { browser, server } = session;
      const url = server.publish("strict-csp.html", () => ({
        body: seedHtml,
        headers: { "content-security-policy": "default-src 'none'; style-src 'self'" },
      }));
      // Whatever the extension does in the page (its styles, its card) must be allowed by the page's policy.
      const page = await browser.open(url, { beforeLoad: violationRecorder });
      // The policy blocks the page's own inline styles as it loads: only what comes after the popup opens counts.
      await page.evaluate(() => {
        (window as unknown as { anonymarkTestViolations: string[] }).anonymarkTestViolations.length = 0;
      }, undefined);
      const popup = await browser.openPopup(await browser.tabId(url));
      const state = await waitForResult(popup);
      expect(state.status, "the popup shows a status message instead of the claims").toBe(null);
      expect(state.claims).toHaveLength(flagged.length);
      await expectDrawn(session, page, url);
      const point = await page.evaluate(pointOnHighlight, flagged[0] as string);
      await page.clickAt(point!.x, point!.y);
      await page.waitUntil(() => document.querySelector('[data-anonymark-ui="card"]'), undefined);
      const violations = await page.evaluate(
        () => (window as unknown as { anonymarkTestViolations: string[] }).anonymarkTestViolations,
        undefined,
      );
      expect(violations, "securitypolicyviolation events").toEqual([]);
      await popup.close();
      await page.close();
    });

    it("shows the source card on a page whose style sheets hide custom elements and our names", async () => {
      const { browser, server } = session;
      const hostileCss = `<style>
        anonymark-card, [data-anonymark-ui], mark, :not(:defined), html > :not(head, body) {
          display: none !important; visibility: hidden !important; opacity: 0 !important;
          position: absolute !important; left: -99999px !important; width: 0 !important; height: 0 !important;
          overflow: hidden !important; clip-path: inset(50%) !important; z-index: -1 !important;
        }
      </style>`;
      const url = server.publish("hostile-css.html", () => ({ body: seedWithHead(hostileCss) }));
      const page = await browser.open(url);
      const popup = await browser.openPopup(await browser.tabId(url));
      expect((await waitForResult(popup)).claims.length, "claims in the popup").toBeGreaterThan(0);
      const point = await page.evaluate(pointOnHighlight, flagged[0] as string);
      expect(point, "a highlight to click").not.toBeNull();
      await page.clickAt(point!.x, point!.y);
      const card = await page.evaluate(({ x, y }) => {
        const host = document.querySelector('[data-anonymark-ui="card"]');
        if (!host) return null;
        // The card opens under the line clicked: what a reader sees there is the card (its host, from out here).
        const under = [24, 40, 56].map((down) => document.elementFromPoint(x, y + down) === host);
        return { visible: host.checkVisibility({ opacityProperty: true, visibilityProperty: true }), under };
      }, point!);
      expect(card, "the source card").toEqual({ visible: true, under: [true, true, true] });
      await popup.close();
      await page.close();
    });
  });
}

/** The seed page shows its claims highlighted: registered, and different from the same page untouched. */
async function expectDrawn(session: Session, page: BrowserTab, url: string): Promise<void> {
  const shown = await page.evaluate(highlightedPassages, flagged);
  expect(shown.filter((passage) => passage.state !== "highlighted"), "claims not highlighted").toEqual([]);
  const { box, scrollY } = await page.evaluate(passageBox, flagged[0] as string);
  expect(box, `"${flagged[0]}" on screen`).not.toBeNull();
  const plain = await untouchedLook(session.browser, url, box as Box, scrollY);
  expect((await page.screenshot(box as Box)).equals(plain), "the claim looks highlighted").toBe(false);
}
