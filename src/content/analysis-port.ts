// One analysis over a port from the popup (or the background): the page's HTML goes out in slices, the article and its
// claims come back in parts, and are placed on the page in slices. Closing the port calls the job off.
import type { Runtime } from "../browser/platform";
import { parsePortRequest, type PortEvent, type PortRequest } from "../browser/messages";
import type { CheckedClaim } from "../core/model/findings";
import { errorMessage, type AnalysisScope, type PageSession } from "./session";
import { hasMainFrame, serialisePage } from "./snapshot";

export function serveAnalysis(port: Runtime.Port, session: PageSession, doc: Document): void {
  // Aborts when the port closes: every slice of this port's work checks it.
  const requester = new AbortController();
  let analysis: { job: AbortController; done(): void } | null = null;
  /** What this port's analysis reads: the page's article, or the text the reader selected. */
  let scope: AnalysisScope = "page";
  let text: string[] = [];
  let claims: CheckedClaim[] = [];
  const post = (event: PortEvent) => {
    requester.signal.throwIfAborted();
    port.postMessage(event);
  };

  const handle = async (request: PortRequest): Promise<void> => {
    switch (request.type) {
      case "analyze": {
        if (!analysis) await session.othersSettled(requester.signal);
        const ready = session.resultFor(request.includeVague, "page");
        if (ready) {
          // The page may have deleted or faked our highlights since: the popup's claims are drawn again first.
          session.restoreHighlights();
          return post({ type: "result", result: ready });
        }
        analysis?.done();
        analysis = session.startAnalysis(requester.signal);
        scope = "page";
        const articleInFrame = hasMainFrame(doc);
        const selected = selectedText(doc) !== "";
        return serialisePage(
          doc,
          (html, done) => post({ type: "snapshot", html, done, url: location.href, articleInFrame, selected }),
          analysis.job.signal,
        );
      }
      case "analyzeSelection": {
        if (!analysis) await session.othersSettled(requester.signal);
        analysis?.done();
        analysis = session.startAnalysis(requester.signal);
        scope = "selection";
        const lang = doc.documentElement.lang;
        return post({ type: "selection", text: selectedText(doc), url: location.href, title: doc.title, lang });
      }
      case "text":
        text.push(request.chunk);
        return;
      case "claims":
        for (const claim of request.claims) claims.push(claim);
        return;
      case "place": {
        if (!analysis) throw new Error("nothing to place: the page was not analysed over this port");
        const { article: outline, includeVague, profile } = request;
        const article = { ...outline, text: text.join("") };
        const found = { article, claims, profile, includeVague, scope };
        const result = await session.place(found, analysis.job, (placed, total) => post({ type: "progress", placed, total }));
        analysis.done();
        return post({ type: "result", result });
      }
    }
  };

  port.onMessage.addListener((message: unknown) => {
    const request = parsePortRequest(message);
    if (!request) return;
    handle(request).catch((error: unknown) => {
      analysis?.done();
      if (requester.signal.aborted || analysis?.job.signal.aborted) return;
      try {
        post({ type: "result", result: { status: "error", message: errorMessage(error) } });
      } catch {
        // The popup has gone: nobody to tell.
      }
    });
  });
  port.onDisconnect.addListener(() => {
    requester.abort();
    analysis?.done();
    text = [];
    claims = [];
  });
}

/** The text the reader selected on the page, "" when none. */
function selectedText(doc: Document): string {
  return doc.getSelection()?.toString().trim() ?? "";
}
