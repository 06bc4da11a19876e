// Cue phrases compiled to one matcher per list: word-bounded, case-insensitive, tolerant of apostrophe and spacing
// variants, so that a lexicon entry is written once as newsrooms print it.
import type { Span } from "../model/claim";
import type { CheckLexicon } from "./types";

export type Cues = { [K in keyof CheckLexicon]: RegExp };

function pattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) =>
      [...word]
        .map((char) => {
          if (char === "*") return "[\\p{L}\\p{M}'’-]*";
          if (char === "'" || char === "’") return "['’]";
          return char.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
        })
        .join(""),
    )
    .join("[\\s\\u00a0\\u202f]+");
}

/** One regular expression for a list of phrases, longest first so that the most specific phrase wins. */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(pattern);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

export function compileLexicon(lexicon: CheckLexicon): Cues {
  const cues = {} as Cues;
  for (const key of Object.keys(lexicon) as (keyof CheckLexicon)[]) cues[key] = compilePhrases(lexicon[key]);
  return cues;
}

/** Every match of the cues in text[start, end), with offsets into the whole text. */
export function findAll(cues: RegExp, text: string, start = 0, end = text.length): Span[] {
  const found: Span[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(cues)) {
    found.push({ text: match[0], start: start + match.index, end: start + match.index + match[0].length });
  }
  return found;
}
