// What the page's side takes from the options: the highlight colours, and the local history of analysed pages.
import type { HighlightColors } from "../dom/highlight/highlighter";
import type { ClaimCounts } from "../core/model/findings";
import { outletOf, recordVisit } from "../browser/storage/history";
import { defaultSettings, highlightColors, loadSettings } from "../browser/storage/settings";
import type { Article } from "../core/model/claim";

export async function chosenColors(): Promise<HighlightColors> {
  const settings = await loadSettings().catch(() => defaultSettings);
  return { claim: highlightColors[settings.claimColor], source: highlightColors[settings.sourceColor] };
}

/** Adds the article to the history the options page shows; a failure only costs that line of history. */
export async function rememberVisit(article: Article, counts: ClaimCounts): Promise<void> {
  try {
    await recordVisit({
      url: article.url,
      title: article.title,
      site: outletOf(article.url, article.siteName),
      claims: counts.claims,
      sources: counts.sources,
      date: new Date().toISOString(),
    });
  } catch (error) {
    console.warn("Anonymark: could not add the page to the history:", error instanceof Error ? error.message : error);
  }
}
