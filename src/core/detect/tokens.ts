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
  return word.toLowerCase().replace(/’/g, "'");
}

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = offset;
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    const word = m[0];
    tokens.push({
      text: word,
      norm: normalize(word),
      start: m.index,
      end: m.index + word.length,
      isWord: WORD.test(word),
      isCapitalized: CAPITAL.test(word),
    });
  }
  return tokens;
}
