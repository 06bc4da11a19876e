// The detector: finds the claims of a text that rest on unnamed sources. Pure, DOM-free and deterministic.
import type { Analysis, AnalyzeOptions, Claim, NamedAttribution, Source, SourceCategory, Span } from "../model/claim";
import { hasQuote, isOpeningQuote, SentenceGrammar, type Attribution, type TokenRange } from "./grammar";
import { compile, type Language } from "./lexicon";
import { tokenize, type Token } from "./tokens";
import { sentences } from "./sentences";
import { languageModules } from "../lang/index";

const languages = new Map<string, Language>(languageModules.map((m) => [m.code, compile(m.detect, m.hooks)]));

export const supportedLanguages: readonly string[] = [...languages.keys()];

/** How many sentences back a pronoun ("selon lui", "they said") may find what it stands for. */
const PRONOUN_REACH = 3;
/** How many sentences back an unattributed quotation may continue an anonymous source's words. */
const QUOTE_REACH = 2;

/** The language whose function words are most frequent in the text, or null when none stands out. */
export function guessLanguage(text: string): string | null {
  const sample = tokenize(text.slice(0, 5000));
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, lang] of languages) {
    let count = 0;
    for (const tok of sample) if (lang.stopwords.has(tok.norm)) count++;
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return bestCount >= 3 ? best : null;
}

/** A source already met in the text, that later references may rest on. */
interface Antecedent {
  attribution: Attribution;
  sentence: number;
  /** Set for unnamed sources: the claim group and the source as first reported. */
  group: string | null;
  source: Source | null;
  /** The words that describe an unnamed source ("source", "diplomatique", "algérienne"), to tell it from others. */
  words?: Set<string>;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const code = (options.lang ?? guessLanguage(text) ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  const lang = languages.get(code);
  const claims: Claim[] = [];
  const named: NamedAttribution[] = [];
  if (!lang) return { lang: code, unsupported: true, claims, named, sentenceCount: sentences(text, code).length };

  const history: Antecedent[] = [];
  let groups = 0;
  const allSentences = sentences(text, code, lang.titles);
  // Earlier sentences are parsed again only when a category has to be looked for in them.
  const grammarOf = (index: number) => {
    const s = allSentences[index]!;
    return new SentenceGrammar(lang, tokenize(text, s.start, s.end, lang.hooks.split));
  };
  allSentences.forEach((sentence, index) => {
    const tokens = tokenize(text, sentence.start, sentence.end, lang.hooks.split);
    const grammar = new SentenceGrammar(lang, tokens);
    // Most sentences hold no cue at all: they are not parsed.
    const found = lang.mayAttribute(tokens) ? grammar.attributions() : [];
    const contextual = (a: Attribution, fallback: SourceCategory) =>
      contextualCategory(a, grammar, index, grammarOf, history) ?? fallback;
    const span = (r: TokenRange): Span => spanOf(text, tokens, r);
    const claimOf = (source: Source, a: Attribution | null, kind: Claim["kind"], group: string): Claim => {
      const claim: Claim = {
        id: `c${claims.length + 1}`,
        text: text.slice(sentence.start, sentence.end),
        start: sentence.start,
        end: sentence.end,
        source,
        cue: a?.cue ? span(a.cue) : null,
        kind,
        group,
        hedges: hedges(lang, tokens, text),
        rule: a?.rule ?? "quote-continuation",
      };
      if (a?.relayedBy) claim.relayedBy = span(a.relayedBy).text;
      return claim;
    };

    for (const a of found) {
      const antecedent = resolve(a, history, index);
      if (antecedent !== undefined) {
        if (antecedent?.group && antecedent.source) {
          const own = span(a.source);
          // "The official" after "a U.S. law enforcement official": the reference keeps what the first mention told.
          const inherited = antecedent.source.category;
          const source: Source = {
            ...own,
            category: a.specific ? a.category : inherited !== "other" ? inherited : contextual(a, a.category),
            anonymity: antecedent.source.anonymity,
          };
          claims.push(claimOf(source, a, "anaphoric", antecedent.group));
          history.push({ attribution: a, sentence: index, group: antecedent.group, source });
        } else {
          named.push(namedOf(span, a, sentence));
          history.push({ attribution: a, sentence: index, group: null, source: null });
        }
        continue;
      }
      // « Laut der Zeitung … Der Mann soll gestanden haben »: hearsay with no source of its own, right after a named
      // source, carries on that source's account.
      const last = history[history.length - 1];
      const sourceless = a.rule === "hearsay-subject" || a.rule === "reportative";
      const carriesOn = sourceless && last && !last.group && last.sentence === index - 1;
      if (!a.anonymity || carriesOn) {
        named.push(namedOf(span, a, sentence));
        history.push({ attribution: a, sentence: index, group: null, source: null });
        continue;
      }
      const words = descriptionOf(lang, tokens, a.source);
      const same = a.another ? undefined : findLast(history, (h) => sameSource(h, a, words));
      const group = same?.group ?? `g${++groups}`;
      let category = a.specific ? a.category : contextual(a, a.category);
      // « Er soll … », "it is said", « le voci »: hearsay with no source phrase, or rumours, are of the kind of the
      // institution the sentence, or the one before it, is about.
      const rumour = !a.head || (a.head.vague && a.head.collective && a.head.strong);
      if (rumour && category === "other") category = topicOf(grammar, index, grammarOf) ?? storyCategory(history) ?? category;
      const source: Source = { ...span(a.source), category, anonymity: a.anonymity, ...readingOf(a) };
      claims.push(claimOf(source, a, "explicit", group));
      history.push({ attribution: a, sentence: index, group, source, words });
    }

    if (found.length === 0 && isOpeningQuote(tokens[0])) {
      const last = history[history.length - 1];
      const quoted = last && index - last.sentence <= QUOTE_REACH && last.group && last.source;
      if (quoted && sentenceHasQuote(text, allSentences[last.sentence]!)) {
        claims.push(claimOf(last.source!, null, "continuation", last.group!));
        history.push({ ...last, sentence: index });
      }
    }
  });
  return { lang: code, unsupported: false, claims, named, sentenceCount: allSentences.length };
}

/**
 * What a referring phrase rests on: an earlier antecedent, null when it refers to nothing we can flag (a named
 * source), or undefined when the phrase introduces a source of its own.
 */
function resolve(a: Attribution, history: Antecedent[], index: number): Antecedent | null | undefined {
  if (!a.reference || a.another) return undefined;
  if (a.reference === "pronoun") {
    const match = findLast(
      history,
      (h) => h.attribution.plural === a.plural || !h.group,
      (h) => index - h.sentence > PRONOUN_REACH,
    );
    // A pronoun with a statement of anonymity ("insiste-t-il, sous couvert d'anonymat") is unnamed either way.
    if (a.anonymity && !match?.group) return undefined;
    return match ?? null;
  }
  if (a.reference === "same") return history[history.length - 1] ?? (a.anonymity ? undefined : null);
  const match = findLast(
    history,
    (h) =>
      !!h.group &&
      !!h.attribution.head &&
      !!a.head &&
      (h.attribution.head.key === a.head.key || !!a.head.generic),
  );
  if (match) return match;
  // « Essa pessoa dizia… » with no one unnamed before: someone of the story, named or not a source.
  // « Las autoridades venezolanas habían informado »: the institution on record.
  if (!a.described && ((a.head?.human && !a.plural) || a.head?.institutional)) return null;
  // "the official said", « este experto » with no unnamed one before: someone named earlier. Plurals ("the sources"),
  // phrases that describe their source ("the person familiar with the planning") and sources that are nobody in
  // particular ("la source proche du dossier", « cette source ») introduce it; a demonstrative points back even
  // when a clause describes its noun (« este experto que basa sus conclusiones en… »).
  if (a.head?.generic) return undefined;
  return a.plural || (a.described && !a.demonstrative) ? undefined : null;
}

/** How many sentences back a phrase that tells no category may find it. */
const CATEGORY_REACH = 3;

/**
 * The category of a source phrase that tells none itself, from what is around it, or null:
 * - a bare "source" is the source mentioned just before with the same head ("a separate intelligence source … the
 *   source said"), else one more of the story's sources, taking their category;
 * - an aide or adviser works for the institution named nearest to it ("Aides said…" in a story on the administration).
 */
function contextualCategory(
  a: Attribution,
  grammar: SentenceGrammar,
  index: number,
  grammarOf: (index: number) => SentenceGrammar,
  history: readonly Antecedent[],
): SourceCategory | null {
  const head = a.head;
  if (head?.generic) {
    for (let i = index; i >= 0 && index - i <= CATEGORY_REACH; i--) {
      const found = (i === index ? grammar : grammarOf(i)).mentionedCategory(head.key, i === index ? a.source.start : undefined);
      if (found) return found;
    }
    return findLast(history, (h) => h.source !== null && h.source.category !== "other")?.source?.category ?? null;
  }
  if (!head?.principal) return null;
  const here = grammar.institutions();
  if (here.length > 0) {
    const distance = (at: number) => (at < a.source.start ? a.source.start - at : at - a.source.end);
    return here.reduce((best, n) => (distance(n.at) < distance(best.at) ? n : best)).category;
  }
  for (let i = index - 1; i >= 0 && index - i <= CATEGORY_REACH; i--) {
    const named = grammarOf(i).institutions();
    if (named.length > 0) return named[named.length - 1]!.category;
  }
  return null;
}

/** The category of the institution named last in the sentence, or else in the sentence before it. */
function topicOf(grammar: SentenceGrammar, index: number, grammarOf: (index: number) => SentenceGrammar): SourceCategory | null {
  const here = grammar.institutions();
  if (here.length > 0) return here[here.length - 1]!.category;
  const before = index > 0 ? grammarOf(index - 1).institutions() : [];
  return before.length > 0 ? before[before.length - 1]!.category : null;
}

/** What the grammar read of a source phrase, handed to the checks so that they need not guess it again. */
function readingOf(a: Attribution): Pick<Source, "plural"> {
  return a.head ? { plural: a.plural } : {};
}

/** The content words of a source phrase: "une source diplomatique algérienne" → source, diplomatique, algérienne. */
function descriptionOf(lang: Language, tokens: readonly Token[], r: TokenRange): Set<string> {
  const words = new Set<string>();
  for (let i = r.start; i < r.end; i++) {
    const tok = tokens[i]!;
    // Counts stay: « deux responsables » and « trois responsables » are not the same people.
    const determiner = lang.determiners.match(tokens, i)?.value;
    if (tok.isWord && (!determiner || determiner === "quantity") && !lang.prepositions.has(tok.norm)) words.add(tok.norm);
  }
  return words;
}

/**
 * Whether a new unnamed source phrase describes the source already met: the same noun and number, and one
 * description within the other (« une source diplomatique », « Une source diplomatique algérienne »), not two that
 * clash (« un diplomate américain », « un diplomate français ») nor one the text sets apart (« une autre source »).
 */
function sameSource(h: Antecedent, a: Attribution, words: Set<string>): boolean {
  const before = h.attribution;
  if (!h.group || !h.words || !a.head || before.head?.key !== a.head.key) return false;
  if (before.plural !== a.plural || before.anonymity !== a.anonymity) return false;
  const [small, large] = h.words.size <= words.size ? [h.words, words] : [words, h.words];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/** The kind of the story's latest source that tells one: what a rumour in the same story is most likely about. */
function storyCategory(history: readonly Antecedent[]): SourceCategory | null {
  return findLast(history, (h) => h.source !== null && h.source.category !== "other")?.source?.category ?? null;
}

/** The latest item that matches, looking back no further than where `stop` first holds. */
function findLast<T>(items: readonly T[], match: (item: T) => boolean, stop?: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (stop?.(item)) return undefined;
    if (match(item)) return item;
  }
  return undefined;
}

function namedOf(span: (r: TokenRange) => Span, a: Attribution, sentence: { start: number; end: number }): NamedAttribution {
  return { source: span(a.source), cue: a.cue ? span(a.cue) : null, start: sentence.start, end: sentence.end };
}

function spanOf(text: string, tokens: readonly Token[], r: TokenRange): Span {
  const start = tokens[r.start]!.start;
  const end = tokens[r.end - 1]!.end;
  return { text: text.slice(start, end), start, end };
}

function sentenceHasQuote(text: string, s: { start: number; end: number }): boolean {
  return hasQuote(tokenize(text, s.start, s.end));
}

/** Reservations in the sentence: "se serait montrée", "aurait demandé", "reportedly". */
function hedges(lang: Language, tokens: readonly Token[], text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const listed = lang.hedges.match(tokens, i);
    if (listed) {
      found.push(text.slice(tokens[i]!.start, tokens[listed.end - 1]!.end));
      i = listed.end - 1;
      continue;
    }
    if (!lang.conditionalAuxiliaries.has(tokens[i]!.norm)) continue;
    let first = i;
    if (i > 0 && lang.reflexives.has(tokens[i - 1]!.norm)) first = i - 1;
    const next = tokens[i + 1];
    const last = next?.isWord && !next.isCapitalized ? i + 1 : i;
    found.push(text.slice(tokens[first]!.start, tokens[last]!.end));
    i = last;
  }
  return found;
}
