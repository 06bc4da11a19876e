// Readability, the detector and the sourcing checks, run away from the page on a parsed copy of it: in the popup, which
// has a thread of its own, and for automatic analysis in the background (see "Automatic analysis" in docs/DESIGN.md).
// The popup loads it on demand (a chunk of its own), so that it opens fast.
import { analyzeDocument, type DocumentAnalysis } from "./pipeline";
import { checkClaims } from "../core/checks";
import { supportedLanguages } from "../core/detect";
import { summaryOf, type Findings } from "../core/model/findings";

export { supportedLanguages };

/** The page's HTML, parsed (inert: no script runs, nothing loads) and analysed as the page at `url`. */
export function analyzeHtml(html: string, url: string): DocumentAnalysis {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return analyzeDocument(doc, { url });
}

/** What the reader is shown for the page's HTML: its article, the claims they asked for with their checks, the profile. */
export function analyzeSnapshot(html: string, url: string, includeVague: boolean): Findings {
  const { article, analysis } = analyzeHtml(html, url);
  if (!article) return { status: "no-article" };
  if (analysis.unsupported) {
    return { status: "unsupported-language", article: summaryOf(article, analysis.lang), supportedLanguages: [...supportedLanguages] };
  }
  const claims = includeVague ? analysis.claims : analysis.claims.filter((c) => c.source.anonymity !== "vague");
  // The checks and the profile see the claims the reader asked for, so that they agree with the list.
  const { checks, profile } = checkClaims(article.text, { ...analysis, claims }, { blocks: article.blocks, title: article.title });
  const checked = claims.map((claim) => ({ ...claim, checks: checks[claim.id] ?? [] }));
  return { status: "found", article: { ...article, lang: analysis.lang }, claims: checked, profile };
}
