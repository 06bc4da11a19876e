// What Chrome's extension page says about the package (a file of its own: reading it reloads the extension).
import { expect, it } from "vitest";
import { describeInBrowser, testBuild } from "./support/browser.js";
import { chromiumPath, launchChromium } from "./support/chromium.js";
import { useSession } from "./support/session.js";

describeInBrowser("Chromium", chromiumPath, () => {
  const session = useSession(() => launchChromium(testBuild("chrome")));

  it("has no manifest warning and no install warning on chrome://extensions", async () => {
    expect(await session.browser.manifestWarnings()).toEqual([]);
  });
});
