// The live page's visible text, read once, with a way back from any character to the text node it came from.
// Quotes taken from the extracted article are looked up here (text-quote anchoring: exact match first, then a match
// that forgives white space and typography, each candidate weighed by its context).
import type { TextQuote } from "../../core/model/quote";
import {
  BLOCK_TAGS,
  DomWalk,
  UNREAD_TAGS,
  isInvisibleChar,
  readableText,
  withoutInvisibleChars,
} from "../extract/dom-text";

/** Marks our own interface (the in-page card's host): never part of the page's text. */
export const UI_ATTRIBUTE = "data-anonymark-ui";

export interface PageText {
  /** Visible text, each run of white space (and each block boundary) one space. */
  text: string;
  /** The text nodes that contributed, and where each one's characters start in `text`. */
  nodes: Text[];
  runStarts: number[];
  /**
   * Where an unread element (a script, a button, hidden text) sits between two characters of `text`, ascending. A
   * Range across one reads text that `text` leaves out.
   */
  gaps: number[];
  /** Built on the first tolerant lookup. */
  loose?: LooseText;
}

/** `text` with quotes and dashes folded and spaces removed, and where each character sits in `text`. */
interface LooseText {
  text: string;
  positions: Int32Array;
}

/** A passage of the article with where it probably sits. */
export interface LocatedQuote extends TextQuote {
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
  return new PageReader(doc).finish();
}

// How many nodes are read between two looks at the clock.
const NODES_PER_CLOCK = 256;

/** The page's text read a part at a time, so that a long page can be read between the page's own tasks. */
export class PageReader {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly nodes: Text[] = [];
  private readonly runStarts: number[] = [];
  private readonly gaps: number[] = [];
  private pendingSpace = false;
  private readonly walk: DomWalk | null;
  private done = false;
  private page: PageText | null = null;

  constructor(doc: Document) {
    const root = doc.body ?? doc.documentElement;
    this.walk = root
      ? new DomWalk(root, {
          enter: (element) => this.enter(element),
          leave: (element) => {
            if (BLOCK_TAGS.has(element.localName)) this.pendingSpace = true;
          },
          text: (node) => this.text(node),
        })
      : null;
  }

  /** Reads on until the deadline (a performance.now() time), a few hundred nodes at least; true once all is read. */
  read(deadline: number): boolean {
    while (!this.done) {
      for (let i = 0; i < NODES_PER_CLOCK && !this.done; i++) this.done = !this.walk?.step();
      if (performance.now() >= deadline) break;
    }
    return this.done;
  }

  /** The whole page's text (what is left of it read first). */
  finish(): PageText {
    this.read(Infinity);
    this.page ??= { text: this.chunks.join(""), nodes: this.nodes, runStarts: this.runStarts, gaps: this.gaps };
    return this.page;
  }

  private enter(element: Element): boolean {
    if (UNREAD_TAGS.has(element.localName) || hiddenByMarkup(element)) {
      this.gaps.push(this.length);
      return false;
    }
    if (BLOCK_TAGS.has(element.localName)) this.pendingSpace = true;
    return true;
  }

  private text(node: Text): void {
    const data = node.data;
    // Most text nodes are the white space between tags.
    if (!/\S/.test(data)) {
      if (data) this.pendingSpace = true;
      return;
    }
    // Read a node at a time (a character at a time is several times slower on long pages).
    const visible = withoutInvisibleChars(data);
    const words = readableText(visible);
    if (!words) {
      if (visible) this.pendingSpace = true;
      return;
    }
    if ((this.pendingSpace || isSpace(visible[0]!)) && this.length > 0) {
      this.chunks.push(" ");
      this.length++;
    }
    this.nodes.push(node);
    this.runStarts.push(this.length);
    this.chunks.push(words);
    this.length += words.length;
    this.pendingSpace = isSpace(visible[visible.length - 1]!);
  }
}

function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(char));
}

/** A live Range over text[start, end); start and end - 1 must be characters of the page, not spaces. */
export function rangeOf(doc: Document, page: PageText, start: number, end: number): Range {
  const first = runAt(page, start);
  const last = runAt(page, end - 1);
  const range = doc.createRange();
  // The end is set first, within its own node, so that setting the start compares the two ends only once: a DOM
  // that keeps no tree order (jsdom) walks to the end of the document for each comparison of two nodes.
  range.selectNodeContents(page.nodes[last]!);
  range.setEnd(page.nodes[last]!, offsetInNode(page, last, end - 1) + 1);
  range.setStart(page.nodes[first]!, offsetInNode(page, first, start));
  return range;
}

/** Whether an unread element lies between text[start] and text[end - 1]. */
export function hasGap(page: PageText, start: number, end: number): boolean {
  const next = firstAtOrAfter(page.gaps, start + 1);
  return next < page.gaps.length && page.gaps[next]! < end;
}

/** Index of the run (text node) that holds text[position]. */
function runAt(page: PageText, position: number): number {
  let low = 0;
  let high = page.runStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (page.runStarts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where text[position], a character of the given run, sits in its node's data (as readPageText read it). */
function offsetInNode(page: PageText, run: number, position: number): number {
  const data = page.nodes[run]!.data;
  const wanted = position - page.runStarts[run]!;
  let read = -1;
  let afterSpace = false;
  for (let i = 0; i < data.length; i++) {
    const char = data[i]!;
    if (isInvisibleChar(char)) continue;
    if (isSpace(char)) {
      afterSpace = read >= 0;
      continue;
    }
    read += afterSpace ? 2 : 1;
    afterSpace = false;
    if (read >= wanted) return i;
  }
  return data.length;
}

// Typography that differs between copies of the same sentence: curly and straight apostrophes and quotes, dashes.
const FOLDED: ReadonlyMap<string, string> = new Map([
  ...[..."\u2018\u2019\u201a\u201b\u02bc\u2032\u00b4`"].map((char) => [char, "'"] as const),
  ...[..."\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"].map((char) => [char, '"'] as const),
  ...[..."\u2010\u2011\u2012\u2013\u2014\u2015\u2212"].map((char) => [char, "-"] as const),
]);
const FOLDABLE = new RegExp(`[${[...FOLDED.keys()].join("")}]`, "g");

/** Quotes and dashes folded to their ASCII forms, one character for one. */
function fold(text: string): string {
  return text.replace(FOLDABLE, (char) => FOLDED.get(char)!);
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
// Most quotes are found, with their whole context, within a paragraph or two of where they were expected.
const FIRST_REACH = 1024;

/**
 * Where the quote sits in the page text, within [from, to): the candidate whose surroundings best match the
 * quote's prefix and suffix, then the one nearest the hint. Exact text first; white space and typography forgiven
 * only when the exact text is nowhere.
 */
export function findQuote(
  page: PageText,
  quote: LocatedQuote,
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
function firstAtOrAfter(positions: ArrayLike<number>, position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The occurrence of needle within haystack[from, to) whose context best matches, then the nearest the hint.
 * Occurrences are looked for near the hint first, in a window that grows until it holds one that reads a whole side
 * of its context, so that a page is not read to its end for every quote. A nearer occurrence that reads one side
 * whole (its neighbour on the other side left out of the article: an embed, an advertisement) is taken over any
 * further away: only a page that repeats the article would have a better one, and there the nearer copy is as good.
 */
function bestCandidate(
  haystack: string,
  needle: string,
  prefix: string,
  suffix: string,
  { from, to, hint }: { from: number; to: number; hint: number },
): number | null {
  for (let reach = FIRST_REACH; ; reach *= 4) {
    const low = Math.max(from, hint - reach);
    const high = Math.min(to, hint + reach + needle.length);
    const found = bestWithin(haystack, needle, prefix, suffix, low, high, hint);
    if ((low === from && high === to) || found.settled) return found.best;
  }
}

function bestWithin(
  haystack: string,
  needle: string,
  prefix: string,
  suffix: string,
  from: number,
  to: number,
  hint: number,
): { best: number | null; settled: boolean } {
  let best: number | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  let settled = false;
  let seen = 0;
  for (
    let i = haystack.indexOf(needle, from);
    i !== -1 && i + needle.length <= to && seen < MAX_CANDIDATES;
    i = haystack.indexOf(needle, i + 1)
  ) {
    seen++;
    const before = matchedBefore(haystack, i, prefix);
    const after = matchedAfter(haystack, i + needle.length, suffix);
    const score = before + after;
    const distance = Math.abs(i - hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = i;
      bestScore = score;
      bestDistance = distance;
    }
    settled ||=
      score === prefix.length + suffix.length ||
      (prefix.length > 0 && before === prefix.length) ||
      (suffix.length > 0 && after === suffix.length);
  }
  return { best, settled };
}

// The context is compared in place, a character at a time, as looseForm would read it: spaces skipped, typography
// folded (the haystack, page text or its loose form, has no other white space and no invisible characters).

/** How many of the context's last characters the haystack reads just before `position`. */
function matchedBefore(haystack: string, position: number, context: string): number {
  let matched = 0;
  for (let i = position - 1; i >= Math.max(0, position - CONTEXT_READ) && matched < context.length; i--) {
    const char = haystack[i]!;
    if (char === " ") continue;
    if ((FOLDED.get(char) ?? char) !== context[context.length - 1 - matched]) break;
    matched++;
  }
  return matched;
}

/** How many of the context's first characters the haystack reads from `position` on. */
function matchedAfter(haystack: string, position: number, context: string): number {
  let matched = 0;
  const end = Math.min(haystack.length, position + CONTEXT_READ);
  for (let i = position; i < end && matched < context.length; i++) {
    const char = haystack[i]!;
    if (char === " ") continue;
    if ((FOLDED.get(char) ?? char) !== context[matched]) break;
    matched++;
  }
  return matched;
}
