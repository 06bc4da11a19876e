// A passage told by its text and its surroundings, as the W3C Web Annotation TextQuoteSelector does: how highlights
// are placed back on the page, how reviews find their claim again, and what annotation exports carry.

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context on each side, as Hypothesis keeps: enough to tell repeated sentences apart. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** The quote of text[start, end) with its context. */
export function quoteOf(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  };
}
