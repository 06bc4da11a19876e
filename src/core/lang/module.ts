// One language's registry: the data the detector and the checks both take, and the hooks for what is not data.
import type { CheckLexicon } from "../checks/types";
import type { LanguageData } from "../detect/lexicon";

/**
 * What a language does that a list cannot say. Each hook is optional; without it the engine does what suits the
 * languages written with capitals and spaces (French, English, German, Spanish, Italian, Portuguese).
 */
export interface LanguageHooks {
  /**
   * Where a word splits into the words it fuses, as offsets inside it (Arabic « وقال »: the conjunction, then the
   * verb). Without it, a word is one token.
   */
  split?(word: string): number[];
  /**
   * Whether the word at a token is a name, where capitals do not tell one. Without it, a capitalized word the lexicon
   * does not know is a name.
   */
  isName?(word: string): boolean;
}

export interface LanguageModule {
  code: string;
  /** The detector's lexicon: cues, source nouns, determiners… (src/core/detect/lexicon.ts). */
  detect: LanguageData;
  /** The sourcing checks' cue lists, where the checks speak the language. */
  checks: CheckLexicon | null;
  hooks: LanguageHooks;
}
