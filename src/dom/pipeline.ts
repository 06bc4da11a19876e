// Extraction and detection for one Document: the one path shared by the content script and the CLI, so that the
// extension and the command line always agree on what a page claims.
import { analyze, guessLanguage } from "../core/detect";
import { extractArticle } from "./extract";
import type { Analysis, Article } from "../core/model/claim";

export interface PipelineOptions {
  /** The page's address, when the document does not know it (a saved file, a clone). */
  url?: string;
  /** Overrides the page's declared language. */
  lang?: string;
  /** Take the page's canonical address wherever it points (see ExtractOptions). */
  trustCanonical?: boolean;
}

/** Analyses plain text, in the given language or else the one its words suggest. */
export function analyzeText(text: string, lang?: string): Analysis {
  // "und" is BCP 47 for "undetermined": the detector then reports the text as unsupported rather than guessing.
  return analyze(text, { lang: lang || guessLanguage(text) || "und" });
}

export type DocumentAnalysis = { article: Article; analysis: Analysis } | { article: null; analysis: null };

export function analyzeDocument(doc: Document, options: PipelineOptions = {}): DocumentAnalysis {
  const article = extractArticle(doc, { url: options.url, trustCanonical: options.trustCanonical });
  if (!article) return { article: null, analysis: null };
  // The page's own declaration beats a guess from its words.
  return { article, analysis: analyzeText(article.text, options.lang || article.lang) };
}
