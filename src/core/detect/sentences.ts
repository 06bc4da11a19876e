// Sentences, block by block: V8's Intl.Segmenter slows down sharply on long strings (its time grows with the square
// of the string's length), so the text is cut at newlines first (paragraphs from extraction) and each long paragraph
// is segmented in bounded windows that give the same sentences as one call on the whole paragraph (but for a
// "sentence" of more than 8,192 characters, which may be cut).

export interface SentenceRange {
  start: number;
  end: number;
  /** Index of the block (paragraph) the sentence belongs to. */
  block: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The sentence segmenter for a language tag, made once per tag (asking which locales the platform has is slow). */
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(isKnownLocale(lang) ? lang : undefined, { granularity: "sentence" });
    segmenters.set(lang, s);
  }
  return s;
}

/** Whether the segmenter takes this tag: "", "und" and malformed tags ("en_GB", "x") fall back to the default. */
function isKnownLocale(lang: string): boolean {
  try {
    return lang !== "" && Intl.Segmenter.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false;
  }
}

const BLOCK = /[^\n]+/g;

/** Characters per call to the segmenter: below a few thousand its time per character stays flat. */
const WINDOW = 2048;
/**
 * A window too short to keep a whole sentence doubles, up to this many times its size. A longer run (a paragraph
 * with no full stop, a pasted blob) is cut there, which also bounds what the detector parses at once; a sentence
 * that fits in half the largest window (8,192 characters) never is.
 */
const MAX_GROWTH = 8;
const MAX_SENTENCE = WINDOW * MAX_GROWTH;

/** A letter, a space, a letter: where a sentence too long to keep whole is cut, between two words. */
const SAFE_CUT = /\p{L} (?=\p{L})/gu;
const LETTER = /\p{L}/u;

/** Where to end the window that starts at `from`: at the last safe cut in its second half, else at its end. */
function windowEnd(block: string, from: number, window: number): number {
  const half = from + Math.floor(window / 2);
  let safe = -1;
  for (const m of block.slice(half, from + window).matchAll(SAFE_CUT)) safe = half + m.index + m[0].length;
  if (safe > 0) return safe;
  // Never between the two halves of a surrogate pair.
  const end = from + window;
  const high = block.charCodeAt(end - 1);
  return high >= 0xd800 && high <= 0xdbff ? end - 1 : end;
}

/**
 * The segmenter's segments of `block` as [start, end) offsets, the same as `segmenter.segment(block)` gives, in
 * windows of about `window` characters, each segmented on its own and starting where a segment starts. A window's
 * last segment ends only because the window does: it is segmented again at the start of the next window. So is the
 * one before it, unless a letter follows it in the window: the segmenter looks ahead past non-letters ("etc. (1) (2)
 * and more" is one sentence), and that look-ahead may have run into the window's end. A window too short to keep a
 * segment grows; a sentence longer than the largest window is cut there.
 */
export function* segmentRanges(block: string, seg: Intl.Segmenter, window = WINDOW): Generator<[number, number]> {
  let from = 0;
  let size = window;
  while (block.length - from > size) {
    const end = windowEnd(block, from, size);
    const segments = [...seg.segment(block.slice(from, end))];
    const kept = segments.length - (LETTER.test(segments.at(-1)!.segment) ? 1 : 2);
    if (kept <= 0 && size < window * MAX_GROWTH) {
      size *= 2;
      continue;
    }
    size = window;
    // Nothing to keep in the largest window: the sentence is cut where the window ends.
    const cut = kept <= 0;
    for (const s of cut ? segments : segments.slice(0, kept)) yield [from + s.index, from + s.index + s.segment.length];
    from = cut ? end : from + segments[kept]!.index;
  }
  for (const s of seg.segment(block.slice(from))) yield [from + s.index, from + s.index + s.segment.length];
}

/**
 * The segmenter ends a sentence at every abbreviation ("Mrs. Clinton", "M. Philippe", "U.S. officials"): a segment
 * ending in a title or an initial, or followed by a lower-case word, continues the sentence; so does a closing quotation
 * mark the segmenter left on its own ("… dans la région. »"), and a parenthesis, which adds to what is before it
 * (« o deputado Rubens Pereira Jr. (PCdoB-MA), um dos… »).
 */
function continues(previous: string, next: string, titles: ReadonlySet<string>): boolean {
  if (/^[\p{Ll}(]/u.test(next) || !/[\p{L}\p{N}]/u.test(next)) return true;
  // Most segments end otherwise than with a full stop: no need to look for the word before one.
  if (!previous.trimEnd().endsWith(".")) return false;
  const last = /([\p{L}]+)\.\s*$/u.exec(previous);
  return last !== null && (last[1]!.length === 1 || titles.has(last[1]!.toLowerCase()));
}

export function sentences(text: string, lang: string, titles: ReadonlySet<string> = new Set()): SentenceRange[] {
  const out: SentenceRange[] = [];
  const seg = segmenter(lang);
  let block = 0;
  for (const m of text.matchAll(BLOCK)) {
    for (const [from, to] of segmentRanges(m[0], seg)) {
      const segment = m[0].slice(from, to);
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (!body) continue;
      const start = m.index + from + lead;
      const previous = out[out.length - 1];
      const mayJoin = previous && previous.block === block && start + body.length - previous.start <= MAX_SENTENCE;
      if (mayJoin && continues(text.slice(Math.max(previous.start, previous.end - 24), previous.end), body, titles)) {
        previous.end = start + body.length;
        continue;
      }
      out.push({ start, end: start + body.length, block });
    }
    block++;
  }
  return out;
}
