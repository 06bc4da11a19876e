// Claims, found in the extracted article's text, placed back on the live page as DOM Ranges.
import type { Article, Block, Claim } from "../types";
import { findQuote, looseForm, rangeOf, readPageText, type PageText, type TextQuote } from "./page-text";

export { Highlighter } from "./highlighter";
export type { CardReviews, Translate } from "./card";
export type { HighlightColors } from "./highlighter";

export interface Placement {
  claimId: string;
  /** The claim's sentence on the page; null when it could not be placed ("not placed on the page"). */
  range: Range | null;
  /** The source phrase on the page, when it lies within the claim's sentence. */
  sourceRange: Range | null;
}

// As in the W3C Web Annotation TextQuoteSelector as Hypothesis uses it: enough to tell repeated sentences apart.
const CONTEXT_LENGTH = 32;

/**
 * Places each claim on the live page by its quote and context. The page is read once; each result is checked against
 * the quote, so a Range is either right or null.
 */
export function anchorClaims(doc: Document, article: Article, claims: readonly Claim[]): Placement[] {
  const page = readPageText(doc);
  // Without a better landmark, a passage a third of the way into the article is a third of the way into the page.
  const scale = page.text.length / Math.max(1, article.text.length);
  const blockPlaces = new Map<Block, Found | null>();
  // The claim's paragraph is the position hint: a sentence repeated elsewhere (a pull quote, a teaser) is told
  // apart by the paragraph around it, which the copy does not repeat.
  const placeBlock = (block: Block): Found | null => {
    if (!blockPlaces.has(block)) {
      blockPlaces.set(block, find(page, article, block, Math.round(block.start * scale)));
    }
    return blockPlaces.get(block)!;
  };

  return claims.map((claim) => {
    const block = article.blocks.find((candidate) => candidate.start <= claim.start && claim.end <= candidate.end);
    const paragraph = block ? placeBlock(block) : null;
    const hint = paragraph ? paragraph.start + (claim.start - block!.start) : Math.round(claim.start * scale);
    const sentence =
      (paragraph && place(doc, page, article, claim, hint, paragraph)) ?? place(doc, page, article, claim, hint);
    if (!sentence) return { claimId: claim.id, range: null, sourceRange: null };
    const { source } = claim;
    const inSentence = source.start >= claim.start && source.end <= claim.end;
    const sourceHint = sentence.start + (source.start - claim.start);
    const sourcePlace = inSentence ? place(doc, page, article, source, sourceHint, sentence) : null;
    return { claimId: claim.id, range: sentence.range, sourceRange: sourcePlace?.range ?? null };
  });
}

interface Found {
  start: number;
  end: number;
}

function find(page: PageText, article: Article, span: Found, hint: number, within?: Found): Found | null {
  const text = article.text;
  const quote: TextQuote = {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
    hint,
  };
  return findQuote(page, quote, within?.start, within?.end);
}

/** The passage article.text[span] on the page as a checked Range, within the given stretch of page text if any. */
function place(
  doc: Document,
  page: PageText,
  article: Article,
  span: Found,
  hint: number,
  within?: Found,
): (Found & { range: Range }) | null {
  const found = find(page, article, span, hint, within);
  if (!found) return null;
  const range = rangeOf(doc, page, found.start, found.end);
  // The index and the Range are built separately: check that the Range reads as the article does.
  if (looseForm(range.toString()) !== looseForm(article.text.slice(span.start, span.end))) return null;
  return { ...found, range };
}
