// Links to a passage of the page: URL text fragments (`#:~:text=`).

/** Words of context a text fragment gives on each side, to tell apart passages that start alike. */
const CONTEXT_WORDS = 3;
/** A passage longer than this many words is linked by its first and last words (textStart,textEnd). */
const WHOLE_PASSAGE_WORDS = 10;
const EDGE_WORDS = 5;

/** Percent-encoding for a text directive: what encodeURIComponent does, plus "-", which the syntax uses. */
export function encodeDirectivePart(part: string): string {
  return encodeURIComponent(part).replace(/-/g, "%2D");
}

function words(passage: string): string[] {
  return passage.split(/\s+/u).filter(Boolean);
}

/** The paragraph around [start, end): text fragment context does not cross a paragraph break. */
function paragraph(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.lastIndexOf("\n", start - 1);
  const after = text.indexOf("\n", end);
  return { start: before + 1, end: after < 0 ? text.length : after };
}

/** The text directive for text[start, end): "prefix-,textStart,textEnd,-suffix", each part percent-encoded. */
export function textDirective(text: string, start: number, end: number): string {
  const passage = words(text.slice(start, end));
  const block = paragraph(text, start, end);
  const prefix = words(text.slice(block.start, start)).slice(-CONTEXT_WORDS);
  const suffix = words(text.slice(end, block.end)).slice(0, CONTEXT_WORDS);
  const parts: string[] = [];
  if (prefix.length > 0) parts.push(`${encodeDirectivePart(prefix.join(" "))}-`);
  if (passage.length > WHOLE_PASSAGE_WORDS) {
    parts.push(encodeDirectivePart(passage.slice(0, EDGE_WORDS).join(" ")));
    parts.push(encodeDirectivePart(passage.slice(-EDGE_WORDS).join(" ")));
  } else {
    parts.push(encodeDirectivePart(passage.join(" ")));
  }
  if (suffix.length > 0) parts.push(`-${encodeDirectivePart(suffix.join(" "))}`);
  return `text=${parts.join(",")}`;
}

/** The page's URL pointing at text[start, end): browsers scroll to the passage and highlight it. */
export function passageLink(url: string, text: string, start: number, end: number): string {
  const directive = textDirective(text, start, end);
  if (!url.includes("#")) return `${url}#:~:${directive}`;
  return url.includes(":~:") ? `${url}&${directive}` : `${url}:~:${directive}`;
}
