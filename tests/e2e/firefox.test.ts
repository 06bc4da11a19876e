// The extension in Firefox ESR (puppeteer-core over WebDriver BiDi).
import { describeInBrowser, testBuild } from "./support/browser.js";
import { firefoxPath, launchFirefox } from "./support/firefox.js";
import { defineExtensionSpecs } from "./support/scenarios.js";
import { defineHighlightIntegritySpecs } from "./support/highlight-integrity.js";
import { defineHostilePageSpecs } from "./support/hostile.js";
import { defineRealPageSpecs, realPages } from "./support/real-pages.js";
import { defineReviewSpecs } from "./support/review-scenarios.js";
import { defineTwoTabSpecs } from "./support/two-tabs.js";
import { defineNoErrorSpec, useSession } from "./support/session.js";

/** A handful of the saved real pages, in French, English and other languages (Chromium runs them all). */
const firefoxPages = ["lemonde-1", "liberation-1", "nytimes-5", "wikipedia", "qq", "rtl-1"];

describeInBrowser("Firefox", firefoxPath, () => {
  const session = useSession(() => launchFirefox(testBuild("firefox")));
  defineExtensionSpecs(session);
  defineReviewSpecs(session);
  defineTwoTabSpecs(session);
  defineHostilePageSpecs(session);
  defineHighlightIntegritySpecs(session);
  defineRealPageSpecs(session, realPages.filter((name) => firefoxPages.includes(name)));
  defineNoErrorSpec(session);
});
