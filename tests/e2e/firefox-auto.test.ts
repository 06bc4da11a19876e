// Automatic analysis in Firefox: its background page has a DOM parser, so a listed site's page is parsed there, with
// the popup's own analysis, as it loads. The test build may read http://127.0.0.1, as adding the site would allow;
// the site is listed straight into storage, from an extension page, as the options page does once it is granted.
import { expect, it } from "vitest";
import { describeInBrowser, testBuild, type ExtensionBrowser } from "./support/browser.js";
import { firefoxPath, launchFirefox } from "./support/firefox.js";
import { seedPath } from "./support/scenarios.js";
import { defineNoErrorSpec, useSession } from "./support/session.js";

async function badgeOnceSet(browser: ExtensionBrowser, tabId: number, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = "";
  while (Date.now() < deadline && !(text = await browser.badgeText(tabId))) await new Promise((r) => setTimeout(r, 100));
  return text;
}

describeInBrowser("Firefox", firefoxPath, () => {
  const session = useSession(() => launchFirefox(testBuild("firefox")));

  it("analyses a page of a listed site as it loads: badge and highlights without opening the popup", async () => {
    const before = `${session.server.url(seedPath)}?before`;
    const listedFrom = await session.browser.open(before);
    const extensionPage = await session.browser.openPopup(await session.browser.tabId(before));
    await extensionPage.evaluate(async (autoSites) => {
      const api = (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser;
      await api.storage.local.set({ autoSites });
    }, ["127.0.0.1"]);
    await extensionPage.close();
    await listedFrom.close();

    const url = `${session.server.url(seedPath)}?auto`;
    const page = await session.browser.open(url);
    const badge = await badgeOnceSet(session.browser, await session.browser.tabId(url), 20_000);
    expect(Number(badge)).toBeGreaterThan(0);
    await page.waitUntil(() => [...CSS.highlights.keys()].some((name) => name.startsWith("anonymark")), null, 5_000);
  });

  defineNoErrorSpec(session);
});
