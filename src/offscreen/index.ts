// Chrome's offscreen document: the background's service worker has no DOM parser, so automatic analysis parses the
// page's HTML here, with the popup's own analysis routine. Only the extension's background may ask.
import { browser, type Runtime } from "../browser/platform";
import { isFromExtension } from "../browser/messages";
import { analyzeSnapshot } from "../dom/analyze";
import { parseAnalyzeSnapshotRequest } from "../browser/offscreen-protocol";

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isFromExtension(sender, browser.runtime.id) || sender.tab) return;
  const request = parseAnalyzeSnapshotRequest(message);
  if (!request) return;
  return Promise.resolve(analyzeSnapshot(request.html, request.url, request.includeVague));
});
