// The popup and the options page at a narrow (400 px) and a wide (800 px) width, in English and in French: no control
// narrower than what it holds, and a screenshot of each in dist/screenshots/ for a person to look at.
import { mkdir, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { describeInBrowser, repositoryRoot, testBuild, type BrowserTab } from "./support/browser.js";
import { chromiumPath, launchChromium, type ChromiumExtension } from "./support/chromium.js";
import { useSession } from "./support/session.js";

const WIDTHS = [400, 800];
const SCREENSHOTS = `${repositoryRoot}dist/screenshots/`;

/**
 * The controls whose box is narrower than their text (its value, chosen option or placeholder) with the control's own
 * padding and, for a list, its arrow. Runs in the page.
 */
function crampedControls(): string[] {
  const measure = document.createElement("canvas").getContext("2d")!;
  return [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[type=text], input:not([type]), select")]
    .filter((control) => control.getClientRects().length > 0)
    .flatMap((control) => {
      const style = getComputedStyle(control);
      measure.font = style.font;
      const text = control instanceof HTMLSelectElement ? control.selectedOptions[0]?.text ?? "" : control.value || control.placeholder;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      const arrow = control instanceof HTMLSelectElement ? 20 : 0;
      const needed = Math.min(measure.measureText(text).width + padding + arrow, document.documentElement.clientWidth - 32);
      const name = control.id || control.name || control.closest("label")?.textContent?.trim().slice(0, 40) || control.outerHTML.slice(0, 60);
      return control.clientWidth + 1 < needed ? [`${name}: ${control.clientWidth} px for ${Math.ceil(needed)} px`] : [];
    });
}

async function check(tab: BrowserTab, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await tab.setViewport(width, 900);
    expect(await tab.evaluate(crampedControls, undefined), `${name} at ${width} px`).toEqual([]);
    await writeFile(`${SCREENSHOTS}${name}-${width}.png`, await tab.screenshot());
  }
}

describeInBrowser("Chromium", chromiumPath, () => {
  describe.each(["en", "fr"])("layout in %s", (lang) => {
    const session = useSession(() => launchChromium(testBuild("chrome"), { lang }));

    it("speaks the language asked for", async () => {
      await mkdir(SCREENSHOTS, { recursive: true });
      const options = await (session.browser as ChromiumExtension).openExtensionPage("options.html");
      await options.waitUntil(() => document.querySelector("[data-testid=exports]"), undefined);
      const heading = await options.evaluate(() => document.querySelector("h1")?.textContent, undefined);
      expect(heading).toBe(lang === "fr" ? "Réglages d'Anonymark" : "Anonymark settings");
      await options.close();
    });

    it("the options page: every box as wide as what it holds", async () => {
      const options = await (session.browser as ChromiumExtension).openExtensionPage("options.html");
      await options.waitUntil(() => document.querySelector("[data-testid=exports]"), undefined);
      await check(options, `options-${lang}`);
      await options.close();
    });

    it("the popup on the seed article: every box as wide as what it holds", async () => {
      const { browser, server } = session;
      const page = await browser.open(server.url("fixtures/seed-mee-haftar.html"));
      const popup = await browser.openPopup(await browser.tabId(server.url("fixtures/seed-mee-haftar.html")));
      await popup.waitUntil(() => document.querySelector("[data-testid=profile]"), undefined);
      await popup.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)), undefined);
      await check(popup, `popup-${lang}`);
      await popup.close();
      await page.close();
    });
  });
});
