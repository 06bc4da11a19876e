// Word and punctuation tokens of one sentence, with offsets into the analysed text.

export interface Token {
  text: string;
  /** Lower-cased, typographic apostrophe folded to "'": the form lexicons are written in. */
  norm: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter. */
  isCapitalized: boolean;
}

// A word keeps a trailing apostrophe (French elision "l'", "d'"; English possessive "Clinton'" + "s"), dotted
// abbreviations stay whole ("U.S.", "D.C."), every other non-space character is a token of its own.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’](?=\p{L}|$))?|\S/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;

export function normalize(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

/** A word starts with a letter or a digit; ASCII is told by its code, the rest by the Unicode classes. */
function startsWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(word);
}

function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(word);
}

/**
 * The tokens of text[offset, end). `split` cuts a word into the words it fuses (offsets inside it), for languages
 * that join clitics to their host.
 */
export function tokenize(text: string, offset = 0, end = text.length, split?: (word: string) => number[]): Token[] {
  const tokens: Token[] = [];
  // Lower-cased once for the whole span, then sliced, where lower-casing keeps every offset (it nearly always does).
  const span = text.slice(offset, end);
  const lower = normalize(span);
  const aligned = lower.length === span.length;
  TOKEN.lastIndex = offset;
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    const word = m[0];
    const at = m.index - offset;
    const norm = aligned && m.index + word.length <= end ? lower.slice(at, at + word.length) : normalize(word);
    const cuts = split && startsWord(word) ? split(word) : null;
    if (!cuts) {
      tokens.push({ text: word, norm, start: m.index, end: m.index + word.length, isWord: startsWord(word), isCapitalized: startsCapital(word) });
      continue;
    }
    let from = 0;
    for (const cut of [...cuts, word.length]) {
      if (cut <= from || cut > word.length) continue;
      const piece = word.slice(from, cut);
      tokens.push({
        text: piece,
        norm: norm.length === word.length ? norm.slice(from, cut) : normalize(piece),
        start: m.index + from,
        end: m.index + cut,
        isWord: startsWord(piece),
        isCapitalized: startsCapital(piece),
      });
      from = cut;
    }
  }
  return tokens;
}
