// The extension in Chromium (playwright-core). This run also makes the README's screenshot.
import { describeInBrowser, repositoryRoot, testBuild } from "./support/browser.js";
import { chromiumPath, launchChromium } from "./support/chromium.js";
import { defineExtensionSpecs } from "./support/scenarios.js";
import { defineAccessibilitySpecs } from "./support/accessibility.js";
import { defineDynamicPageSpecs } from "./support/dynamic-pages.js";
import { defineHighlightIntegritySpecs } from "./support/highlight-integrity.js";
import { defineHostilePageSpecs } from "./support/hostile.js";
import { defineRealPageSpecs, realPages } from "./support/real-pages.js";
import { defineReviewSpecs } from "./support/review-scenarios.js";
import { defineTwoTabSpecs } from "./support/two-tabs.js";
import { defineNoErrorSpec, useSession } from "./support/session.js";

describeInBrowser("Chromium", chromiumPath, () => {
  const session = useSession(() => launchChromium(testBuild("chrome")));
  defineExtensionSpecs(session, { screenshotPath: `${repositoryRoot}docs/screenshot-popup.png` });
  defineReviewSpecs(session);
  defineTwoTabSpecs(session);
  defineHostilePageSpecs(session);
  defineHighlightIntegritySpecs(session);
  defineDynamicPageSpecs(session);
  defineRealPageSpecs(session, realPages);
  defineAccessibilitySpecs(session);
  defineNoErrorSpec(session);
});
