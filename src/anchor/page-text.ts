// The live page's visible text, read once, with a way back from any character to the text node it came from.
// Quotes taken from the extracted article are looked up here (text-quote anchoring: exact match first, then a match
// that forgives white space and typography, each candidate weighed by its context).
import { BLOCK_TAGS, UNREAD_TAGS, isInvisibleChar, readableText, walkDom } from "../extract/dom-text";

/** Marks our own interface (the in-page card's host): never part of the page's text. */
export const UI_ATTRIBUTE = "data-anonymark-ui";

export interface PageText {
  /** Visible text, each run of white space (and each block boundary) one space. */
  text: string;
  /** Offset within its text node of each character of `text`; -1 for spaces, which are never range boundaries. */
  offsets: Int32Array;
  /** The text nodes that contributed, and where each one's characters start in `text`. */
  nodes: Text[];
  runStarts: number[];
  /** Built on the first tolerant lookup. */
  loose?: LooseText;
}

/** `text` with quotes and dashes folded and spaces removed, and where each character sits in `text`. */
interface LooseText {
  text: string;
  positions: Int32Array;
}

/** What is known of a passage of the article: its exact text, its context, and where it probably sits. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Expected position in the page text, to choose between candidates that read the same in context. */
  hint: number;
}

/** Hidden through markup: the `hidden` attribute or an inline display:none (no layout needed to tell). */
function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.hasAttribute(UI_ATTRIBUTE)) return true;
  const style = element.getAttribute("style");
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Whether a text node's characters are read by the index (and may be wrapped by the highlighter). */
export function isReadText(node: Text): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (UNREAD_TAGS.has(element.localName) || hiddenByMarkup(element)) return false;
  }
  return true;
}

export function readPageText(doc: Document): PageText {
  const chunks: string[] = [];
  let offsets = new Int32Array(4096);
  let length = 0;
  const nodes: Text[] = [];
  const runStarts: number[] = [];
  let pendingSpace = false;

  const reserve = (count: number) => {
    if (length + count <= offsets.length) return;
    const grown = new Int32Array(Math.max(offsets.length * 2, length + count));
    grown.set(offsets);
    offsets = grown;
  };

  const root = doc.body ?? doc.documentElement;
  if (root) {
    walkDom(root, {
      enter(element) {
        if (UNREAD_TAGS.has(element.localName) || hiddenByMarkup(element)) return false;
        if (BLOCK_TAGS.has(element.localName)) pendingSpace = true;
        return true;
      },
      leave(element) {
        if (BLOCK_TAGS.has(element.localName)) pendingSpace = true;
      },
      text(node) {
        const data = node.data;
        reserve(data.length * 2);
        let started = false;
        for (let i = 0; i < data.length; i++) {
          const char = data[i]!;
          if (isInvisibleChar(char)) continue;
          if (isSpace(char)) {
            pendingSpace = true;
            continue;
          }
          if (pendingSpace && length > 0) {
            chunks.push(" ");
            offsets[length++] = -1;
          }
          pendingSpace = false;
          if (!started) {
            nodes.push(node);
            runStarts.push(length);
            started = true;
          }
          chunks.push(char);
          offsets[length++] = i;
        }
      },
    });
  }
  return { text: chunks.join(""), offsets: offsets.subarray(0, length), nodes, runStarts };
}

function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(char));
}

/** A live Range over text[start, end); start and end - 1 must be characters of the page, not spaces. */
export function rangeOf(doc: Document, page: PageText, start: number, end: number): Range {
  const range = doc.createRange();
  range.setStart(nodeAt(page, start), page.offsets[start]!);
  range.setEnd(nodeAt(page, end - 1), page.offsets[end - 1]! + 1);
  return range;
}

function nodeAt(page: PageText, position: number): Text {
  let low = 0;
  let high = page.runStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (page.runStarts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return page.nodes[low]!;
}

// Typography that differs between copies of the same sentence: curly and straight apostrophes and quotes, dashes.
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u00b4`]/g;
const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Quotes and dashes folded to their ASCII forms, one character for one. */
function fold(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, "-");
}

/** The form in which two copies of a passage compare equal despite white space and typography. */
export function looseForm(text: string): string {
  return fold(readableText(text)).replace(/ /g, "");
}

function looseText(page: PageText): LooseText {
  if (!page.loose) {
    const folded = fold(page.text);
    const positions = new Int32Array(folded.length);
    let length = 0;
    for (let i = 0; i < folded.length; i++) if (folded[i] !== " ") positions[length++] = i;
    page.loose = { text: folded.replace(/ /g, ""), positions: positions.subarray(0, length) };
  }
  return page.loose;
}

// A short quote ("Non.") can occur many times; past this many candidates the context decides nothing more.
const MAX_CANDIDATES = 500;
const CONTEXT_READ = 64;

/**
 * Where the quote sits in the page text, within [from, to): the candidate whose surroundings best match the
 * quote's prefix and suffix, then the one nearest the hint. Exact text first; white space and typography forgiven
 * only when the exact text is nowhere.
 */
export function findQuote(
  page: PageText,
  quote: TextQuote,
  from = 0,
  to = page.text.length,
): { start: number; end: number } | null {
  const exact = readableText(quote.exact);
  if (!exact) return null;
  const prefix = looseForm(quote.prefix);
  const suffix = looseForm(quote.suffix);

  const exactMatch = bestCandidate(page.text, exact, prefix, suffix, { from, to, hint: quote.hint });
  if (exactMatch !== null) return { start: exactMatch, end: exactMatch + exact.length };

  const loose = looseText(page);
  const needle = looseForm(exact);
  if (!needle) return null;
  const looseFrom = firstAtOrAfter(loose.positions, from);
  const looseTo = firstAtOrAfter(loose.positions, to);
  const looseHint = firstAtOrAfter(loose.positions, quote.hint);
  const looseMatch = bestCandidate(loose.text, needle, prefix, suffix, { from: looseFrom, to: looseTo, hint: looseHint });
  if (looseMatch === null) return null;
  return { start: loose.positions[looseMatch]!, end: loose.positions[looseMatch + needle.length - 1]! + 1 };
}

/** Index of the first of the ascending positions that is at or after the given one. */
function firstAtOrAfter(positions: Int32Array, position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The occurrence of needle within haystack[from, to) whose context best matches, then the nearest the hint. */
function bestCandidate(
  haystack: string,
  needle: string,
  prefix: string,
  suffix: string,
  { from, to, hint }: { from: number; to: number; hint: number },
): number | null {
  let best: number | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  let seen = 0;
  for (
    let i = haystack.indexOf(needle, from);
    i !== -1 && i + needle.length <= to && seen < MAX_CANDIDATES;
    i = haystack.indexOf(needle, i + 1)
  ) {
    seen++;
    const before = looseForm(haystack.slice(Math.max(0, i - CONTEXT_READ), i));
    const after = looseForm(haystack.slice(i + needle.length, i + needle.length + CONTEXT_READ));
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    const distance = Math.abs(i - hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = i;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
