// Readability and the detector, run in the popup on a parsed copy of the page: the popup has a thread of its own, so
// the page never waits on them. Loaded on demand (a chunk of its own), so that the popup opens fast.
import { analyzeDocument, type DocumentAnalysis } from "../pipeline";
import { supportedLanguages } from "../detect";

export { supportedLanguages };

/** The page's HTML, parsed (inert: no script runs, nothing loads) and analysed as the page at `url`. */
export function analyzeHtml(html: string, url: string): DocumentAnalysis {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return analyzeDocument(doc, { url });
}
