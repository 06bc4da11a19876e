// The extension in Firefox ESR (puppeteer-core over WebDriver BiDi).
import { describeInBrowser, testBuild } from "./support/browser.js";
import { firefoxPath, launchFirefox } from "./support/firefox.js";
import { defineExtensionSpecs } from "./support/scenarios.js";

describeInBrowser("Firefox", firefoxPath, () => {
  defineExtensionSpecs(() => launchFirefox(testBuild("firefox")));
});
