// Injected into the page when the popup opens (scripting.executeScript), as often as the popup opens: the first run
// sets up, later runs find it done. It answers the popup only (runtime messages and ports, never window.postMessage,
// which any page script can send), and never lets an error reach the page.
//
// The page's thread does only what needs the live page, in slices: serialising it, and placing the claims. Readability
// and the detector run in the popup, on a parsed copy (see "Large pages" in docs/DESIGN.md).
import { browser, type Runtime } from "../browser/platform";
import { ANALYSIS_PORT, isFromExtension, parseContentRequest } from "../browser/messages";
import { serveAnalysis } from "./analysis-port";
import { respond } from "./requests";
import { errorMessage, PageSession } from "./session";

// Content scripts of one extension share a global scope per frame, apart from the page's, so the page cannot set this.
const scope = globalThis as { anonymarkContent?: true };
if (!scope.anonymarkContent) {
  scope.anonymarkContent = true;
  const session = new PageSession(document);

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isFromExtension(sender, browser.runtime.id)) return;
    const request = parseContentRequest(message);
    if (!request) return;
    try {
      return respond(session, request).catch((error: unknown) => ({ status: "error", message: errorMessage(error) }));
    } catch (error) {
      return Promise.resolve({ status: "error", message: errorMessage(error) });
    }
  });

  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== ANALYSIS_PORT || !isFromExtension(port.sender ?? {}, browser.runtime.id)) return;
    serveAnalysis(port, session, document);
  });
}
