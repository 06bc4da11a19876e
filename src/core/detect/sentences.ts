// Sentences, block by block: V8's Intl.Segmenter slows down sharply on long strings, so the text is cut at
// newlines first (paragraphs from extraction) and each block is segmented on its own.

export interface SentenceRange {
  start: number;
  end: number;
  /** Index of the block (paragraph) the sentence belongs to. */
  block: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang || undefined, { granularity: "sentence" });
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

/**
 * The segmenter ends a sentence at every abbreviation ("Mrs. Clinton", "M. Philippe", "U.S. officials"): a segment
 * ending in a title or an initial, or followed by a lower-case word, continues the sentence; so does a closing quotation
 * mark the segmenter left on its own ("… dans la région. »").
 */
function continues(previous: string, next: string, titles: ReadonlySet<string>): boolean {
  if (/^\p{Ll}/u.test(next) || !/[\p{L}\p{N}]/u.test(next)) return true;
  const last = /([\p{L}]+)\.\s*$/u.exec(previous);
  return last !== null && (last[1]!.length === 1 || titles.has(last[1]!.toLowerCase()));
}

export function sentences(text: string, lang: string, titles: ReadonlySet<string> = new Set()): SentenceRange[] {
  const out: SentenceRange[] = [];
  const seg = segmenter(isKnownLocale(lang) ? lang : "");
  let block = 0;
  for (const m of text.matchAll(BLOCK)) {
    for (const s of seg.segment(m[0])) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const body = s.segment.trim();
      if (!body) continue;
      const start = m.index + s.index + lead;
      const previous = out[out.length - 1];
      if (previous && previous.block === block && continues(text.slice(Math.max(previous.start, previous.end - 24), previous.end), body, titles)) {
        previous.end = start + body.length;
        continue;
      }
      out.push({ start, end: start + body.length, block });
    }
    block++;
  }
  return out;
}
