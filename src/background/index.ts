// The background keeps the toolbar badge: the number of claims flagged in each tab, cleared when the tab navigates.
// Listeners are registered synchronously at the top level so that the service worker wakes up for them.
import { browser, type Runtime } from "../browser/platform";
import { isFromExtension, parseBackgroundRequest } from "../browser/messages";
import { setUpAutomaticAnalysis } from "./auto-analysis";
import { setUpContextMenu } from "./context-menu";

// The icon's navy: white text on it has a contrast ratio above 14:1.
const BADGE_BACKGROUND = "#1b2a4a";
const BADGE_TEXT = "#ffffff";

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  // Only our content script, from a tab, may set that tab's badge.
  if (!isFromExtension(sender, browser.runtime.id) || tabId === undefined) return;
  const request = parseBackgroundRequest(message);
  if (!request) return;
  return showCount(tabId, request.count);
});

/** Each tab's address without its fragment, as last seen: moving to an anchor in the page is not another article. */
const addresses = new Map<number, string>();

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  // A new document in the tab: the count belonged to the previous one.
  if (changeInfo.status === "loading") void showCount(tabId, 0);
  if (changeInfo.url === undefined) return;
  // A single-page app showing another article: the same.
  const address = changeInfo.url.replace(/#.*$/, "");
  const previous = addresses.get(tabId);
  addresses.set(tabId, address);
  if (previous !== undefined && previous !== address) void showCount(tabId, 0);
});

browser.tabs.onRemoved.addListener((tabId) => addresses.delete(tabId));

setUpContextMenu();
setUpAutomaticAnalysis();

async function showCount(tabId: number, count: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : "" }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND }),
    browser.action.setBadgeTextColor({ tabId, color: BADGE_TEXT }),
  ]);
}
