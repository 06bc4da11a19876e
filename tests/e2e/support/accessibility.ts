// axe-core on what a reader meets (Chromium only: it needs the DevTools protocol to reach into the source card's
// closed shadow root and to emulate the colour scheme): the popup over the seed article, the options page and the
// source card, in light and dark mode, with no serious or critical violation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChromiumExtension, ChromiumTab } from "./chromium.js";
import { pointOnHighlight, waitForResult } from "./probes.js";
import { flagged, seedPath } from "./scenarios.js";
import type { Session } from "./session.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const schemes = ["light", "dark"] as const;

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Serious and critical violations axe finds under the element selector names (the whole page without one). */
async function seriousViolations(tab: ChromiumTab, selector?: string): Promise<string[]> {
  // Evaluated as a script through the DevTools protocol: the extension pages' CSP would refuse it as a <script>.
  await tab.page.evaluate(axeSource);
  const results = await tab.page.evaluate(
    (context) =>
      (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(
        context ? document.querySelector(context) : document,
        { resultTypes: ["violations"] },
      ),
    selector ?? null,
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.help}): ${JSON.stringify(violation.nodes.map((n) => n.target))}`);
}

/**
 * Moves the open source card out of its closed shadow root into an open one of the same look (same styles, same
 * place), which axe can enter. The DevTools protocol reaches closed roots; page scripts cannot.
 */
async function exposeCard(tab: ChromiumTab): Promise<string> {
  const devtools = await tab.page.context().newCDPSession(tab.page);
  try {
    type DomNode = {
      nodeName: string; backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[];
    };
    // The card's host: the element whose data-anonymark-ui attribute says "card" (attributes come as name, value, …).
    const isCard = (node: DomNode) =>
      (node.attributes ?? []).some((name, i, all) => i % 2 === 0 && name === "data-anonymark-ui" && all[i + 1] === "card");
    const { root } = (await devtools.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined =>
      isCard(node) ? node : (node.children ?? []).map(find).find(Boolean);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) throw new Error("no source card with a shadow root on the page");
    const { object } = await devtools.send("DOM.resolveNode", { backendNodeId: shadow.backendNodeId });
    await devtools.send("Runtime.callFunctionOn", {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        const copy = document.createElement("anonymark-card-audit");
        const open = copy.attachShadow({ mode: "open" });
        open.adoptedStyleSheets = this.adoptedStyleSheets;
        open.append(...this.childNodes);
        document.documentElement.append(copy);
      }`,
    });
    return "anonymark-card-audit";
  } finally {
    await devtools.detach();
  }
}

export function defineAccessibilitySpecs(session: Session<ChromiumExtension>): void {
  describe("accessibility (axe-core, light and dark)", () => {
    let page: ChromiumTab;
    let popup: ChromiumTab;

    beforeAll(async () => {
      const { browser, server } = session;
      const url = server.url(`${seedPath}?accessibility`);
      page = await browser.open(url);
      popup = (await browser.openPopup(await browser.tabId(url))) as ChromiumTab;
      expect((await waitForResult(popup)).claims.length, "claims in the popup").toBeGreaterThan(0);
    });

    afterAll(async () => {
      await popup?.close();
      await page?.close();
    });

    it.each(schemes)("the popup listing claims, %s", async (colorScheme) => {
      await popup.page.emulateMedia({ colorScheme });
      expect(await seriousViolations(popup)).toEqual([]);
    });

    it.each(schemes)("the options page, %s", async (colorScheme) => {
      const options = await session.browser.openExtensionPage("options.html");
      await options.page.emulateMedia({ colorScheme });
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
    });

    it.each(schemes)("the source card over the page, %s", async (colorScheme) => {
      await page.page.emulateMedia({ colorScheme });
      const point = await page.evaluate(pointOnHighlight, flagged[0] as string);
      expect(point, "a highlight to click").not.toBeNull();
      await page.clickAt(point!.x, point!.y);
      await page.waitUntil(() => document.querySelector('[data-anonymark-ui="card"]'), undefined);
      const card = await exposeCard(page);
      expect(await page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.textContent, card))
        .toBeTruthy();
      expect(await seriousViolations(page, card)).toEqual([]);
      await page.evaluate((selector) => document.querySelector(selector)?.remove(), card);
      await page.press("Escape");
    });
  });
}
