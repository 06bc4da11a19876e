// The extension in Firefox ESR (puppeteer-core over WebDriver BiDi).
import { describeInBrowser, testBuild } from "./support/browser.js";
import { firefoxPath, launchFirefox } from "./support/firefox.js";
import { defineExtensionSpecs } from "./support/scenarios.js";
import { defineNoErrorSpec, useSession } from "./support/session.js";

describeInBrowser("Firefox", firefoxPath, () => {
  const session = useSession(() => launchFirefox(testBuild("firefox")));
  defineExtensionSpecs(session);
  defineNoErrorSpec(session);
});
