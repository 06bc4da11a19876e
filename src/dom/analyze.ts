// Readability, the detector and the sourcing checks, run away from the page on a parsed copy of it: in the popup, which
// has a thread of its own, and for automatic analysis in the background (see "Automatic analysis" in docs/DESIGN.md).
// The popup loads it on demand (a chunk of its own), so that it opens fast.
import { analyzeDocument, analyzeText } from "./pipeline";
import { whyNoArticle } from "./extract";
import type { Analysis, Article } from "../core/model/claim";
import { checkClaims } from "../core/checks";
import { supportedLanguages } from "../core/detect";
import { summaryOf, type Findings, type SelectedText } from "../core/model/findings";

export { supportedLanguages };

/**
 * What the reader is shown for the page's HTML, parsed (inert: no script runs, nothing loads) as the page at `url`:
 * its article, the claims they asked for with their checks, the profile; or why there is no article.
 */
export function analyzeSnapshot(html: string, url: string, includeVague: boolean): Findings {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const { article, analysis } = analyzeDocument(doc, { url });
  if (!article) return { status: "no-article", reason: whyNoArticle(doc) };
  return findingsOf(article, analysis, includeVague);
}

/** The text the reader selected, analysed as an article of its own: its paragraphs as the body. */
export function analyzeSelection(selection: SelectedText, includeVague: boolean): Findings {
  const paragraphs = selection.text.split(/\s*\n\s*/).map((line) => line.trim()).filter(Boolean);
  const text = paragraphs.join("\n\n");
  let start = 0;
  const blocks = paragraphs.map((paragraph) => {
    const block = { start, end: start + paragraph.length, role: "body" as const };
    start = block.end + 2;
    return block;
  });
  const article: Article = {
    title: selection.title, byline: null, lang: selection.lang, standfirst: null, text, blocks, url: selection.url,
    siteName: null, published: null, droppedLead: false,
  };
  return findingsOf(article, analyzeText(text, selection.lang || undefined), includeVague);
}

function findingsOf(article: Article, analysis: Analysis, includeVague: boolean): Findings {
  if (analysis.unsupported) {
    return { status: "unsupported-language", article: summaryOf(article, analysis.lang), supportedLanguages: [...supportedLanguages] };
  }
  const claims = includeVague ? analysis.claims : analysis.claims.filter((c) => c.source.anonymity !== "vague");
  // The checks and the profile see the claims the reader asked for, so that they agree with the list.
  const { checks, profile } = checkClaims(article.text, { ...analysis, claims }, { blocks: article.blocks, title: article.title });
  const checked = claims.map((claim) => ({ ...claim, checks: checks[claim.id] ?? [] }));
  return { status: "found", article: { ...article, lang: analysis.lang }, claims: checked, profile };
}
