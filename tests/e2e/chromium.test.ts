// The extension in Chromium (playwright-core). This run also makes the README's screenshot.
import { describeInBrowser, repositoryRoot, testBuild } from "./support/browser.js";
import { chromiumPath, launchChromium } from "./support/chromium.js";
import { defineExtensionSpecs } from "./support/scenarios.js";

describeInBrowser("Chromium", chromiumPath, () => {
  defineExtensionSpecs(() => launchChromium(testBuild("chrome")), {
    screenshotPath: `${repositoryRoot}docs/screenshot-popup.png`,
  });
});
