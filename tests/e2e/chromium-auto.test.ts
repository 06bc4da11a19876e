// Automatic analysis in Chromium: a page of a site the reader listed is analysed as it loads, without the popup. The
// test build holds the permissions adding the site would ask for (http://127.0.0.1 and offscreen), so the site is
// listed straight into storage, as the options page does once they are granted.
import { expect, it, vi } from "vitest";
import { sourceCategories } from "../../src/core/model/claim.js";
import { describeInBrowser, testBuild } from "./support/browser.js";
import { chromiumPath, launchChromium, type ChromiumExtension } from "./support/chromium.js";
import { seedPath } from "./support/scenarios.js";
import { defineNoErrorSpec, useSession } from "./support/session.js";

/** Stores settings as the options page does. */
async function store(browser: ChromiumExtension, items: object): Promise<void> {
  const options = await browser.openExtensionPage("options.html");
  await options.evaluate(async (values) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(values);
  }, items);
  await options.close();
}


async function badgeOnceSet(browser: ChromiumExtension, tabId: number, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline && !(text = await browser.badgeText(tabId))) await new Promise((r) => setTimeout(r, 100));
  return text;
}

describeInBrowser("Chromium", chromiumPath, () => {
  const session = useSession(() => launchChromium(testBuild("chrome")));

  it("leaves a page alone while its site is not listed", async () => {
    const url = session.server.url(seedPath);
    await session.browser.open(url);
    expect(await badgeOnceSet(session.browser, await session.browser.tabId(url), 2_000)).toBe("");
  });

  it("analyses a page of a listed site as it loads: badge and highlights without opening the popup", async () => {
    await store(session.browser, { autoSites: ["127.0.0.1"] });
    const url = `${session.server.url(seedPath)}?auto`;
    const page = await session.browser.open(url);
    const badge = await badgeOnceSet(session.browser, await session.browser.tabId(url), 15_000);
    expect(Number(badge)).toBeGreaterThan(0);
    await page.waitUntil(() => [...CSS.highlights.keys()].some((name) => name.startsWith("anonymark")), null, 5_000);
  });

  it("takes the highlights and the count of the categories hidden in the options off the page at once", async () => {
    const url = `${session.server.url(seedPath)}?hidden`;
    const page = await session.browser.open(url);
    const tabId = await session.browser.tabId(url);
    expect(Number(await badgeOnceSet(session.browser, tabId, 15_000))).toBeGreaterThan(0);
    // Functions given to the page are serialised: each counts our highlights' ranges itself.
    await page.waitUntil(() => [...CSS.highlights].some(([name, h]) => name.startsWith("anonymark") && h.size > 0), null, 5_000);
    await store(session.browser, { hiddenCategories: [...sourceCategories] });
    await page.waitUntil(() => [...CSS.highlights].every(([name, h]) => !name.startsWith("anonymark") || h.size === 0), null, 5_000);
    await vi.waitFor(async () => expect(await session.browser.badgeText(tabId)).toBe(""));
  });

  defineNoErrorSpec(session);
});
