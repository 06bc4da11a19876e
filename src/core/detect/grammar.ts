// The grammar of attribution within one sentence: cues, and the source phrases they point to.
import type { SourceCategory } from "../model/claim";
import type { DeterminerKind, Head, Language, VerbClass } from "./lexicon";
import type { Token } from "./tokens";

/** Token indices, end exclusive. */
export interface TokenRange {
  start: number;
  end: number;
}

export type Reference = "pronoun" | "same" | "definite" | null;

/** One attribution found in a sentence, before discourse (anaphora, groups) is resolved. */
export interface Attribution {
  source: TokenRange;
  cue: TokenRange | null;
  /** null: a named source (or a source phrase with no source noun), counted but never flagged. */
  anonymity: "anonymous" | "vague" | "outlet" | null;
  category: SourceCategory;
  /** How the phrase refers back to an earlier source, if it does. */
  reference: Reference;
  head: Head | null;
  plural: boolean;
  /** "une autre source", "another source": a new source even when the phrase is definite. */
  another: boolean;
  /** "cette source": refers back when it can, introduces the source otherwise. */
  demonstrative: boolean;
  /**
   * The phrase describes its source on its own ("the person familiar with the planning", or anonymity stated in the
   * sentence): definite, it still introduces the source when nothing before matches.
   */
  described: boolean;
  /** The category comes from the phrase itself (a telling head or modifier), not from the head's default. */
  specific: boolean;
  relayedBy: TokenRange | null;
  /** The grammar rule that found it: a short stable name, shown with each flag ("cue-before", "verb-inverted"). */
  rule: Rule;
}

/**
 * The rules that find attributions. cue-before: "selon X"; cue-after: "X zufolge"; cue-bare: "de source policière";
 * cue-relay: "citant des sources"; verb-subject: "X a révélé"; verb-inverted: "…, relève X"; verb-passive: "confirmed by X"; verb-pronoun: "selon
 * lui", "insiste-t-il"; impersonal-place: "indique-t-on dans l'entourage du ministre"; hearsay: "dit-on", "it is said";
 * hearsay-subject: "X is reportedly…"; reportative: « Er soll … haben »; outlet-own: "selon nos informations"; outlet-verb: "a appris Le Monde".
 */
export type Rule =
  | "cue-before"
  | "cue-after"
  | "cue-bare"
  | "cue-relay"
  | "verb-subject"
  | "verb-inverted"
  | "verb-pronoun"
  | "verb-passive"
  | "impersonal-place"
  | "hearsay"
  | "hearsay-subject"
  | "reportative"
  | "outlet-own"
  | "outlet-verb";

/** A parsed noun phrase that may name a source. */
interface Phrase extends TokenRange {
  head: Head | null;
  headIndex: number;
  determiner: DeterminerKind | null;
  same: boolean;
  another: boolean;
  pronoun: "singular" | "plural" | "impersonal" | null;
  named: boolean;
  /** A describing clause follows the head: "familiar with", "who spoke on condition of anonymity". */
  described: boolean;
}

const QUOTES = new Set(["«", "»", '"', "“", "”", "„", "‘", "’", "'", "‹", "›"]);
const OPENING_QUOTES = new Set(["«", '"', "“", "„", "‘", "‹", "'"]);
const INVERSION_MARKS = new Set([",", "»", '"', "”", "“", "’", "'", "›", "(", "–", "—", ":"]);
const MAX_PHRASE = 30;
/** Punctuation that opens a clause: a phrase set apart starts after one (not after a quoted word's closing mark). */
const CLAUSE_MARKS = new Set([",", ";", ":", "—", "–", "(", "."]);

export function isOpeningQuote(token: Token | undefined): boolean {
  return token !== undefined && OPENING_QUOTES.has(token.text);
}

const PAIRED_QUOTES = new Map([["«", "»"], ["“", "”"], ["„", "“"], ["‹", "›"]]);
const CLOSING_QUOTES = new Set(["»", "”", "›"]);
const NOTHING_QUOTED: readonly boolean[] = [];

/** Which tokens sit between quotation marks (a quote left open runs to the end of the sentence). */
function quotedTokens(t: readonly Token[]): readonly boolean[] {
  // Most sentences quote no one: nothing to mark.
  if (!hasQuote(t)) return NOTHING_QUOTED;
  const inside = new Array<boolean>(t.length).fill(false);
  let closing: string | null = null;
  let opened = false;
  for (let i = 0; i < t.length; i++) {
    const text = t[i]!.text;
    if (closing !== null) {
      if (text === closing) closing = null;
      else inside[i] = true;
    } else if (PAIRED_QUOTES.has(text)) closing = PAIRED_QUOTES.get(text)!;
    // A straight quote opens only when it stands before a word: one glued to the word before it closes a quotation
    // that began in an earlier sentence.
    else if (text === '"' && t[i + 1]?.start === t[i]!.end && t[i - 1]?.end !== t[i]!.start) closing = '"';
    // « …a leader who has won,” he wrote »: a closing mark with none open ends a quotation begun in an earlier sentence.
    else if (CLOSING_QUOTES.has(text) && !opened) inside.fill(true, 0, i);
    if (PAIRED_QUOTES.has(text) || text === '"') opened = true;
  }
  return inside;
}

export function hasQuote(tokens: readonly Token[]): boolean {
  return tokens.some((t) => QUOTES.has(t.text));
}

export class SentenceGrammar {
  private quotedCache: readonly boolean[] | null = null;
  private markedCache: boolean | null = null;

  constructor(
    private readonly lang: Language,
    private readonly t: readonly Token[],
  ) {}

  /** Tokens inside a quotation: someone's speech, not the article's attribution. Worked out when first needed. */
  private get quoted(): readonly boolean[] {
    return (this.quotedCache ??= quotedTokens(this.t));
  }

  /** The sentence states anonymity: "sous couvert d'anonymat", "who declined to be named". */
  private get marked(): boolean {
    if (this.markedCache === null) {
      let marked = false;
      for (let i = 0; i < this.t.length && !marked; i++) marked = this.isMarker(i);
      this.markedCache = marked;
    }
    return this.markedCache;
  }

  /** Every attribution in the sentence, in text order of their source phrases. */
  attributions(): Attribution[] {
    const found: Attribution[] = [];
    const used = new Set<number>();
    const add = (a: Attribution | null) => {
      if (!a) return;
      for (let i = a.source.start; i < a.source.end; i++) if (used.has(i)) return;
      for (let i = a.source.start; i < a.source.end; i++) used.add(i);
      found.push(a);
    };
    const { t, lang } = this;
    for (let i = 0; i < t.length; i++) {
      if (!lang.cueStarts.has(t[i]!.norm) || this.quoted[i]) continue;
      const hearsay = lang.hearsay.match(t, i);
      if (hearsay) {
        add(this.hearsayAt(i, hearsay.end, hearsay.value));
        i = hearsay.end - 1;
        continue;
      }
      const own = lang.outletOwn.match(t, i);
      if (own) {
        add(this.make({ start: i, end: own.end }, { start: i, end: own.end }, "outlet", null, "outlet-own", "media"));
        i = own.end - 1;
        continue;
      }
      const after = lang.after.match(t, i);
      if (after) {
        const relative = i > 0 && lang.relatives.has(t, i - 1);
        const subject = relative ? this.antecedent(i - 1) : this.subjectBefore(i - 1);
        add(this.fromPhrase(subject, { start: i, end: after.end }, "cue-after"));
        i = after.end - 1;
        continue;
      }
      const before = lang.before.match(t, i);
      if (before && !this.isInsideWord(i)) {
        add(this.beforeCue(i, before.end, before.value, found));
        continue;
      }
      if (lang.reportativeModals.has(t[i]!.norm)) add(this.reportativeAt(i));
      const verb = this.verbAt(i);
      if (verb) {
        add(this.verbCue(i, verb.end, verb.value));
        i = verb.end - 1;
      }
    }
    this.applyAnonymityMarkers(found);
    found.sort((a, b) => a.source.start - b.source.start);
    // « laut Ekathimerini angeblich »: hearsay about the subject in a sentence that names where it is reported hedges
    // that account; it is no source of its own. ("Trump reportedly said" still rests on hearsay: Trump is the
    // speaker, not the reporter.)
    const reporter = (a: Attribution) => a.rule.startsWith("cue-");
    // « a appris RTL auprès de son avocate »: nor is the outlet's learning its own reporting; « Die Polizei sagte, er
    // soll … haben »: nor a reportative after a named speaker.
    const named = found.some((a) => !a.anonymity);
    return found.filter(
      (a) =>
        !(found.some(reporter) && (a.rule === "hearsay-subject" || a.rule === "outlet-verb")) &&
        !(named && a.rule === "reportative"),
    );
  }

  /**
   * A verb of the lexicon at token i, unless the word is a noun or a name there: after an article that is no object
   * pronoun ("the comments", « des rapports »; but « comme le dit un responsable », "some believe"), a possessive ("users' comments"), or capitalized inside the sentence ("the United States",
   * « Berichten zufolge »), or the end of a compound ("self-described").
   */
  private verbAt(i: number): { value: VerbClass; end: number } | null {
    const { t, lang } = this;
    const verb = lang.verbs.match(t, i);
    if (!verb || i === 0) return verb;
    const before = t[i - 1]!;
    const determiner = lang.determiners.match(t, i - 1)?.value;
    const article = determiner === "definite" || determiner === "indefinite" || determiner === "own";
    if (article && !lang.objectPronouns.has(before.norm)) return null;
    if (before.norm.endsWith("'") && before.norm.length > 2) return null;
    if (t[i]!.isCapitalized && before.isWord) return null;
    return this.isInsideWord(i) ? null : verb;
  }

  private isVerb(i: number): boolean {
    return this.verbAt(i) !== null;
  }

  /** The noun phrase a relative pronoun before token i stands for: "le voci" in « le voci secondo cui ». */
  private antecedent(i: number): Phrase | null {
    let k = i - 1;
    if (this.t[k]?.text === ",") k--;
    return k >= 0 ? this.subjectBefore(k) : null;
  }

  /** A statement of anonymity at token i; a refused naming only after a negation ("declined to be named"). */
  private isMarker(i: number): boolean {
    const m = this.lang.anonymityMarkers.match(this.t, i);
    if (!m) return false;
    if (!m.value) return true;
    for (let j = Math.max(0, i - 4); j < i; j++) if (this.lang.negations.has(this.t[j]!.norm)) return true;
    return false;
  }

  /** "-" joins words: "porte-parole" is not the cue "parole". */
  private isInsideWord(i: number): boolean {
    return i > 0 && this.t[i - 1]!.text === "-" && this.t[i - 1]!.end === this.t[i]!.start;
  }

  private make(
    source: TokenRange,
    cue: TokenRange | null,
    anonymity: Attribution["anonymity"],
    phrase: Phrase | null,
    rule: Rule,
    category?: SourceCategory,
  ): Attribution {
    const reference: Reference = !phrase
      ? null
      : phrase.pronoun
        ? "pronoun"
        : phrase.same
          ? "same"
          : this.refersBack(phrase)
            ? "definite"
            : null;
    const own = phrase ? this.categoryOf(phrase) : null;
    return {
      source,
      cue,
      anonymity,
      category: category ?? own?.category ?? "other",
      reference,
      head: phrase?.head ?? null,
      plural: phrase ? (phrase.head?.plural ?? phrase.pronoun === "plural") : false,
      another: phrase?.another ?? false,
      demonstrative: phrase?.determiner === "demonstrative",
      described: phrase?.described ?? false,
      // "Mrs. Clinton's aides": the phrase names whom they work for.
      specific: category !== undefined || (own?.specific ?? false) || (!!phrase?.head?.principal && this.hasPossessor(phrase)),
      relayedBy: null,
      rule,
    };
  }

  /**
   * Whether a phrase stands for someone of the story, which discourse resolves: "the official", « este experto »;
   * where a singular noun needs an article, a bare one too, headline style (« ministro brasileiro anunciou » before
   * the minister is named). Not a phrase that names its source (« el investigador Miguel Esparza »: no one earlier),
   * nor a collective (« la presse locale ») or anyone at all (« fuente oficial dice »).
   */
  private refersBack(phrase: Phrase): boolean {
    const head = phrase.head;
    if (!head || head.collective || phrase.named) return false;
    if (phrase.determiner === "definite" || phrase.determiner === "demonstrative") return true;
    return phrase.determiner === null && !!this.lang.data.singularArticle && !head.plural && !head.generic;
  }

  private fromPhrase(
    phrase: Phrase | null,
    cue: TokenRange | null,
    rule: Rule,
    verb: VerbClass = "saying",
    speakerBefore = false,
  ): Attribution | null {
    if (!phrase || phrase.end <= phrase.start) return null;
    if (phrase.pronoun === "impersonal") return null;
    // "That frustrates many analysts because they believe…": the pronoun stands for a group named just before.
    if (phrase.pronoun) {
      // "…asked people to clap if they agreed": feelings told of a pronoun are prose, not attribution.
      if (verb === "feeling") return null;
      // « …", dénonce Me Courtois, au nom du collectif qui regroupe selon lui… »: after a named speaker, the pronoun
      // is that speaker, left to discourse.
      if (!speakerBefore) phrase = this.mentionBefore(phrase.start, phrase.pronoun === "plural") ?? phrase;
    }
    const head = phrase.head;
    if (head && !this.isSource(phrase, verb)) return null;
    let anonymity: Attribution["anonymity"] = null;
    if (head && !phrase.named) anonymity = head.vague ? "vague" : "anonymous";
    if (phrase.determiner === "own" && head) anonymity = "anonymous";
    // "A Rosneft spokesman said": the company speaking on the record.
    if (head?.onRecord && !head.plural) anonymity = null;
    return this.make({ start: phrase.start, end: phrase.end }, cue, anonymity, phrase, rule);
  }

  /**
   * Whether a phrase with a source noun is a source for a verb of this class. Anyone at all ("people", « des
   * milliers de personnes ») must be described; feelings and behaviour ("others worry") are told of a described
   * source only; a survey's respondents ("54 % des personnes interrogées") are a poll's figures.
   */
  private isSource(phrase: Phrase, verb: VerbClass): boolean {
    const head = phrase.head!;
    const described = () => phrase.described || this.hasModifier(phrase) || this.marked;
    // "That person said", "these people said": a reference back, which discourse resolves.
    const refers = phrase.determiner === "definite" || phrase.determiner === "demonstrative" || phrase.same;
    if ((head.human || head.institutional) && !refers && !described()) return false;
    if (verb === "feeling" && (head.human || (head.collective && head.vague)) && !described()) return false;
    for (let j = phrase.start - 1; j >= 0 && j >= phrase.start - 3; j--) {
      const tok = this.t[j]!;
      if (tok.text === "%") return false;
      if (tok.isWord && !this.lang.prepositions.has(tok.norm) && !this.lang.determiners.has(this.t, j)) break;
    }
    return true;
  }

  // ---- cues ----

  private beforeCue(i: number, end: number, kind: "before" | "weak" | "bare" | "relay", found: Attribution[]) {
    const { t } = this;
    const cue = { start: i, end };
    let at = this.skip(end);
    // « le voci secondo cui … », « Gerüchte, denen zufolge … »: the cue governs a relative; its antecedent speaks.
    if (kind !== "bare" && this.lang.relatives.has(t, at)) return this.fromPhrase(this.antecedent(i), cue, "cue-before");
    // « según revelaron fuentes cercanas », « secondo quanto riferito da diversi funzionari »: a verb between the cue
    // and its source, maybe passive with its agent.
    const verb = kind === "before" ? this.verbAt(at) : null;
    if (verb) {
      at = this.skipRecipient(this.skip(verb.end));
      if (this.lang.agents.has(t[at]?.norm ?? "")) at++;
      cue.end = verb.end;
    }
    const phrase = kind === "bare" ? this.barePhrase(end) : this.phraseAt(at);
    const rule = kind === "bare" ? "cue-bare" : kind === "relay" ? "cue-relay" : "cue-before";
    const speakerBefore = found.some((a) => !a.anonymity && a.source.end <= i);
    const attribution = this.fromPhrase(phrase, cue, rule, "saying", speakerBefore);
    if (!attribution) return null;
    if (kind === "weak" && !attribution.anonymity && attribution.reference !== "pronoun") return null;
    // « Pour cette source, … », « Para muitos analistas, … », « “…”, so ein Regierungsbeamter »: a weak cue
    // attributes only as a phrase set apart, never in « pour les députés » or « para a imprensa que… ».
    if (kind === "weak") {
      const opens = i === 0 || CLAUSE_MARKS.has(t[i - 1]!.text);
      const closes = !t[attribution.source.end]?.isWord;
      if (!opens || !closes) return null;
    }
    if (kind === "relay" && attribution.anonymity) {
      const relay = [...found].reverse().find((a) => !a.anonymity && a.source.end <= i);
      attribution.relayedBy = relay ? relay.source : null;
    }
    return attribution;
  }

  private verbCue(i: number, end: number, verb: VerbClass): Attribution | null {
    const { t, lang } = this;
    let start = i;
    let subject: Phrase | null = null;
    // Auxiliary before the participle, maybe with an inverted pronoun between: "a révélé", "a-t-on appris".
    let k = this.skipBack(i - 1);
    // "names weren't disclosed", « le bilan a été confirmé »: a passive has no speaker, but maybe an agent, « fue
    // confirmado por una autoridad del gobierno ».
    const by = this.skip(end);
    const agent = lang.agents.has(t[by]?.norm ?? "") ? this.fromPhrase(this.phraseAt(by + 1), { start: i, end }, "verb-passive", verb) : null;
    for (let s = Math.max(0, k - 2); s <= k; s++) if (lang.passives.match(t, s)?.end === k + 1) return agent;
    // « une information confirmée par une source proche de l'enquête »: a participle and its agent, no auxiliary.
    if (agent?.anonymity) return agent;
    const clitic = this.cliticBefore(k);
    if (clitic) {
      subject = clitic.pronoun;
      k = clitic.start - 1;
    }
    if (k >= 0 && lang.auxiliaries.has(t[k]!.norm)) {
      start = k;
      k = this.skipBack(k - 1);
    }
    // « s'emporte un ancien ministre »
    if (k >= 0 && lang.reflexives.has(t[k]!.norm)) k = this.skipBack(k - 1);
    const perfect = start < i;
    // "CPAC attendees learned Friday that…": learning is the outlet's own reporting only in the perfect, "has learned".
    if (!perfect && !this.cliticBefore(this.skipBack(i - 1)) && lang.outletVerbs.has(t, i)) return null;
    const cue = { start, end };
    const after = this.cliticAfter(end);
    if (after) subject = after.pronoun;
    if (subject) {
      if (subject.pronoun === "impersonal") return this.impersonal(after ? after.end : end, cue, subject);
      return this.fromPhrase(subject, cue, "verb-pronoun", verb);
    }
    let phrase: Phrase | null = null;
    let rule: Rule = "verb-subject";
    // "A senior official, who spoke on condition of anonymity, said the talks had collapsed", "Bob Woodward, an
    // associate editor, revealed that…": the comma closes a clause or an apposition of the subject before the verb.
    const closed = k >= 0 && t[k]!.text === "," ? this.subjectBefore(k) : null;
    // « Lo indica un alto diplomatico », « ci dice una fonte », « nous a confié un diplomate »
    const fronted = k >= 0 && lang.objectPronouns.has(t[k]!.norm) && (k === 0 || !t[k - 1]!.isWord);
    // « Así, descartó cualquier rumor »: one word and a comma tell nothing the verb could report; the verb's subject
    // goes unsaid, and the phrase after it is its object.
    const opener = k === 1 && t[k]!.text === ",";
    if (k >= 0 && !opener && (INVERSION_MARKS.has(t[k]!.text) || fronted)) {
      phrase = this.phraseAt(this.skipAside(this.skipRecipient(this.skipAside(this.skip(end)))));
      // "…, revealed that 20 staffers…": a clause follows the verb, not its subject.
      if (phrase && lang.clauseBreaks.has(t[phrase.start]!.norm)) phrase = null;
      // "…, said Republicans are engaged…": a clause follows, so the comma closed an apposition of the subject.
      if (phrase && !this.endsClause(phrase.end)) phrase = null;
      // "…, privately worry about the questions": a complement, not an inverted subject.
      if (phrase && this.isPreposition(phrase.start)) phrase = null;
      if (phrase) rule = "verb-inverted";
      if (closed && (closed.head || !phrase?.head)) {
        phrase = closed;
        rule = "verb-subject";
      }
    }
    phrase ??= closed ?? this.subjectBefore(k);
    // « Nach den Anschlägen befürchten Experten … », « Explican fuentes del Gobierno que… »: a fronted adverbial (or
    // nothing, where subjects may go unsaid), then the verb, then its subject; not « Die Polizei bestätigte Berichte ».
    const bare = !opener && (!phrase || (phrase.end - phrase.start === 1 && phrase.start === 0));
    const adverbial = !phrase || (phrase.start > 0 && lang.prepositions.has(t[phrase.start - 1]!.norm));
    if (!phrase?.head && ((lang.data.verbSecond && adverbial) || (lang.data.prodrop && bare))) {
      const after = this.phraseAt(this.skip(end));
      if (after?.head) {
        phrase = after;
        rule = "verb-inverted";
      }
    }
    if (phrase?.pronoun === "impersonal") return this.impersonal(end, cue, phrase);
    // « In Vaticano sospettano », « fanno notare dal Vaticano »: no subject, a place speaking.
    // The place stands next to the verb: not « En Twitter, X recordó … y aseguró »; and it opens its clause: not « O
    // Ministério Público (MPF) em Brasília denunciou », where it places the subject before it.
    if (lang.data.prodrop && (!phrase || (!phrase.head && this.opensClause(this.locativeStart(phrase.start))))) {
      const located = this.impersonal(end, cue, undefined, phrase ? this.locativeStart(phrase.start) : -1);
      if (located) return located;
    }
    const attribution = this.fromPhrase(phrase, cue, rule, verb);
    // « a appris Le Monde », "The Times has learned": the outlet's own reporting.
    if (attribution && perfect && !attribution.anonymity && !attribution.reference && lang.outletVerbs.has(t, i)) {
      attribution.anonymity = "outlet";
      attribution.category = "media";
      attribution.rule = "outlet-verb";
    }
    return attribution;
  }

  /** A preposition that is not also a determiner or partitive ("about", "against"; not « des », "one of"). */
  private isPreposition(k: number): boolean {
    const { t, lang } = this;
    return lang.prepositions.has(t[k]!.norm) && !lang.determiners.has(t, k) && !lang.partitives.has(t, k);
  }

  /** Whether a source phrase read after its cue ends the clause: punctuation, the end, a date or another cue. */
  private endsClause(k: number): boolean {
    const tok = this.t[k];
    const { t, lang } = this;
    return !tok || !tok.isWord || this.skip(k) > k || lang.phraseBreaks.has(t, k) || lang.recipients.has(tok.norm) || lang.before.has(t, k);
  }

  /** "-t-on", "-il", "-elle" after a verb; an impersonal pronoun right after it (German « hieß es », « erklärte man »). */
  private cliticAfter(i: number): { pronoun: Phrase; end: number } | null {
    const { t } = this;
    const direct = t[i] && this.lang.pronouns.get(t[i]!.norm);
    if (direct === "impersonal") return { pronoun: this.pronounPhrase(i, direct), end: i + 1 };
    if (t[i]?.text !== "-") return null;
    let k = i + 1;
    if (t[k]?.norm === "t" && t[k + 1]?.text === "-") k += 2;
    const kind = t[k] && this.lang.pronouns.get(t[k]!.norm);
    if (!kind) return null;
    return { pronoun: this.pronounPhrase(k, kind), end: k + 1 };
  }

  /** "a-t-on appris": the pronoun between the auxiliary and the participle, ending at index k. */
  private cliticBefore(k: number): { pronoun: Phrase; start: number } | null {
    const { t } = this;
    const kind = k >= 1 && t[k - 1]!.text === "-" ? this.lang.pronouns.get(t[k]!.norm) : undefined;
    if (!kind) return null;
    let start = k - 1;
    if (t[start - 1]?.norm === "t" && t[start - 2]?.text === "-") start -= 2;
    return { pronoun: this.pronounPhrase(k, kind), start };
  }

  private pronounPhrase(k: number, kind: "singular" | "plural" | "impersonal"): Phrase {
    return {
      start: k,
      end: k + 1,
      head: null,
      headIndex: -1,
      determiner: null,
      same: false,
      another: false,
      pronoun: kind,
      named: false,
      described: false,
    };
  }

  /**
   * "indique-t-on dans l'entourage du ministre", "Dans l'entourage du président, on reconnaît". With an expletive
   * subject, a named place is the institution speaking (« hieß es im Innenministerium »).
   */
  private impersonal(after: number, cue: TokenRange, subject?: Phrase, before = 0): Attribution | null {
    const { t, lang } = this;
    const candidates = before < 0 ? [this.skip(after)] : [this.skip(after), before];
    for (const at of candidates) {
      const loc = lang.locatives.match(t, at);
      if (!loc) continue;
      const phrase = this.phraseAt(loc.end);
      if (!phrase || phrase.end <= phrase.start) continue;
      // « pensa na mulher »: a place, or people described, not anyone at all.
      if (phrase.head && !this.isSource(phrase, "saying")) continue;
      // The source is the circle itself ("l'entourage du ministre"); « dans » only places the statement there.
      // With an expletive, a named institution or document speaks (« im Innenministerium », « in einer
      // Aussendung »); a town, named with no article, is its people, unnamed (« In Madrid hieß es »).
      const expletive = subject !== undefined && lang.expletives.has(t[subject.start]!.norm);
      let anonymity: Attribution["anonymity"] = "anonymous";
      const article = lang.determiners.has(t, phrase.start) || lang.determiners.has(t, loc.end - 1);
      const place = !article && t[phrase.start]!.isCapitalized && !this.namesInstitution(phrase);
      if (expletive && (!phrase.head || phrase.named)) anonymity = place ? "vague" : null;
      if (!phrase.head && !t[phrase.start]!.isCapitalized) continue;
      const attribution = this.make({ start: phrase.start, end: phrase.end }, cue, anonymity, phrase, "impersonal-place");
      attribution.reference = null;
      return attribution;
    }
    return null;
  }

  private hearsayAt(i: number, end: number, aboutSubject: boolean): Attribution | null {
    const { lang } = this;
    const span = { start: i, end };
    let source = span;
    for (let k = i; k < end; k++) if (lang.pronouns.get(this.t[k]!.norm) === "impersonal") source = { start: k, end: k + 1 };
    // "dit-on à l'Élysée": a place makes it an unnamed source of that place; « hieß es im Innenministerium »: there
    // the expletive lets the ministry speak.
    const pronoun = source === span ? undefined : this.pronounPhrase(source.start, "impersonal");
    const located = this.impersonal(end, span, pronoun);
    if (located) return located;
    // « no se sabe si… », « no se aseguró de tener las condiciones »: negated, the impersonal verb tells what nobody
    // claims (or is the verb's own reflexive), not a rumour.
    if (lang.negations.has(this.t[i - 1]?.norm ?? "")) return null;
    // "The FBI is reportedly making arrangements": the rumour comes from around the institution it is about.
    const subject = aboutSubject ? this.institutions().filter((n) => n.at < i).pop() : undefined;
    return this.make(source, span, "vague", null, aboutSubject ? "hearsay-subject" : "hearsay", subject?.category ?? "other");
  }

  /** A word of the phrase besides its head tells what the source is: « des personnes proches du dossier ». */
  private hasModifier(phrase: Phrase): boolean {
    for (let j = phrase.start; j < phrase.end; j++) if (j !== phrase.headIndex && this.lang.modifiers.has(this.t, j)) return true;
    return false;
  }

  /** Where a locative (« in », « dal ») ending just before token j starts, or -1. */
  private locativeStart(j: number): number {
    for (let s = Math.max(0, j - 3); s < j; s++) if (this.lang.locatives.match(this.t, s)?.end === j) return s;
    return -1;
  }

  /** Whether token j starts a clause: the sentence's start, or after a clause mark or word (« mas em Roma »). */
  private opensClause(j: number): boolean {
    if (j < 0) return false;
    const before = this.t[j - 1];
    return !before || CLAUSE_MARKS.has(before.text) || this.lang.clauseBreaks.has(before.norm);
  }

  /** A word of the phrase names an institution: « Innenministerium », "the State Department". */
  private namesInstitution(phrase: Phrase): boolean {
    for (let j = phrase.start; j < phrase.end; j++) if (this.lang.institution(this.t[j]!.norm) !== null) return true;
    return this.categoryOf(phrase).specific;
  }

  /**
   * « Er soll das Geld genommen haben », « Die Opfer sollen in 17 Staaten beheimatet sein »: a reportative modal whose
   * clause ends on a perfect infinitive is hearsay about its subject.
   */
  private reportativeAt(i: number): Attribution | null {
    const { t, lang } = this;
    let k = i + 1;
    // « Bilal H. soll sich … gesprengt haben. »: a dot inside the clause is an abbreviation's.
    const inside = (j: number) => t[j]!.isWord || t[j]!.text === "-" || (t[j]!.text === "." && !!t[j + 1]?.isWord);
    while (k < t.length && inside(k) && !lang.clauseBreaks.has(t[k]!.norm)) k++;
    if (k < i + 3 || !lang.reportativePerfect.has(t[k - 1]!.norm)) return null;
    const participle = t[k - 2]!;
    if (participle.isCapitalized || !lang.reportativeParticiples.some((e) => participle.norm.endsWith(e))) return null;
    const subject = this.institutions().filter((n) => n.at < i).pop();
    return this.make({ start: i, end: i + 1 }, { start: i, end: i + 1 }, "vague", null, "reportative", subject?.category ?? "other");
  }

  // ---- phrases ----

  private skip(i: number): number {
    const { t, lang } = this;
    for (;;) {
      const m = lang.skippable.match(t, i);
      if (m) {
        i = m.end;
        continue;
      }
      const tok = t[i];
      if (tok && this.isAdverb(tok)) {
        i++;
        continue;
      }
      // A day of the month before a skippable month: "dimanche 16 décembre".
      if (tok && /^\d+$/.test(tok.text) && lang.skippable.has(t, i + 1)) {
        i++;
        continue;
      }
      return i;
    }
  }

  private skipBack(k: number): number {
    const { t, lang } = this;
    while (k >= 0) {
      const tok = t[k]!;
      if (this.isAdverb(tok)) {
        k--;
        continue;
      }
      let from = -1;
      for (let s = Math.max(0, k - 3); s <= k && from < 0; s++) if (lang.skippable.match(t, s)?.end === k + 1) from = s;
      if (from < 0) break;
      k = from - 1;
    }
    return k;
  }

  private isAdverb(tok: Token): boolean {
    const suffix = this.lang.adverbSuffix;
    if (!suffix || !tok.isWord || tok.isCapitalized || this.lang.known.has(tok.norm)) return false;
    return tok.norm.length > suffix.length + 3 && tok.norm.endsWith(suffix);
  }

  /**
   * « a affirmé, sous couvert d'anonymat, un diplomate »: a statement of anonymity set between commas after a cue.
   */
  private skipAside(i: number): number {
    const { t } = this;
    // « a souligné sous le couvert d'anonymat un haut responsable »: the statement without commas.
    for (let k = i; k < t.length && k - i < 6 && t[k]!.isWord && !this.lang.heads.has(t, k); k++) {
      const m = this.isMarker(k) ? this.lang.anonymityMarkers.match(t, k) : null;
      if (m) return this.skip(m.end);
    }
    if (t[i]?.text !== ",") return i;
    let marked = false;
    for (let k = i + 1; k < t.length && k - i < MAX_PHRASE; k++) {
      if (t[k]!.text === ",") return marked ? this.skip(k + 1) : i;
      if (!t[k]!.isWord && t[k]!.text !== "'" && t[k]!.text !== "-") return i;
      marked ||= this.isMarker(k);
    }
    return i;
  }

  /** "à l'AFP", "to Reuters", "à Middle East Eye": the person told, between an inverted cue and its source. */
  private skipRecipient(i: number): number {
    const { t, lang } = this;
    if (!t[i] || !lang.recipients.has(t[i]!.norm)) return i;
    let k = i + 1;
    const det = lang.determiners.match(t, k);
    if (det) k = det.end;
    const from = k;
    while (k < t.length && (t[k]!.isCapitalized || /^\d+$/.test(t[k]!.text)) && !lang.heads.has(t, k)) k++;
    // « erklärte der SPD-Politiker »: a name joined by a hyphen begins a compound, the subject, not the one told.
    const compound = k > from && t[k]?.text === "-" && t[k]!.start === t[k - 1]!.end;
    if (k > from && !compound) return this.skip(k);
    // « a déclaré au magazine un ancien haut responsable »: a common noun told, then the subject's article.
    if (t[k]?.isWord && !lang.heads.has(t, k) && lang.determiners.match(t, k + 1)?.value !== undefined) {
      const next = lang.determiners.match(t, k + 1)!.value;
      if (next === "indefinite" || next === "quantity") return k + 1;
    }
    return i;
  }

  /**
   * « l'AFP de source proche du dossier », « sagte Innenstaatssekretär Hanning laut einem Bericht »: a second source
   * phrase, with its own cue, starts at token k.
   */
  private startsCuedPhrase(k: number): boolean {
    const cue = this.lang.before.match(this.t, k);
    if (!cue || k === 0) return false;
    if (cue.value === "before" || cue.value === "relay") return true;
    if (cue.value === "bare") return this.barePhrase(cue.end) !== null;
    // « erfuhr die Nachrichtenagentur AFP am Montag aus griechischen Regierungskreisen »
    const phrase = this.phraseAt(this.skip(cue.end));
    return !!phrase?.head && !phrase.named;
  }

  /**
   * In languages that capitalize nouns, a phrase goes on through complements (a preposition, adjectives, a noun) and
   * ends at any other lower-case word: « Laut Medienberichten | wird es zwar… ». Returns whether a noun is still
   * awaited after token k, or null where the phrase ends.
   */
  private nounPhraseGoesOn(k: number, awaiting: boolean | null): boolean | null {
    const { t, lang } = this;
    const tok = t[k]!;
    if (!lang.data.capitalizedNouns || !tok.isWord) return awaiting;
    if (lang.prepositions.has(tok.norm) || (awaiting && lang.determiners.has(t, k))) return true;
    if (tok.isCapitalized) return false;
    return awaiting ? true : null;
  }

  /** "de source policière", "de sources concordantes": a source noun with no determiner. */
  private barePhrase(i: number): Phrase | null {
    let head = this.lang.heads.match(this.t, i);
    let start = i;
    // « de même source », « d'une source proche du dossier »
    // « de même source », « d'une source proche du dossier »
    const lead = this.lang.same.has(this.t[i]?.norm ?? "") || this.lang.determiners.match(this.t, i)?.value === "indefinite";
    if (!head && lead) {
      head = this.lang.heads.match(this.t, i + 1);
      start = i + 1;
    }
    if (!head || !head.value.bare) return null;
    const phrase = this.phraseAt(i);
    return phrase && phrase.headIndex === start ? phrase : null;
  }

  /** A noun phrase read forward from token i (after a cue: "selon …", "…, relève …"). */
  private phraseAt(i: number): Phrase | null {
    const { t, lang } = this;
    if (i >= t.length) return null;
    const start = i;
    const pronoun = lang.pronouns.get(t[i]!.norm);
    if (pronoun && !lang.determiners.has(t, i)) return this.pronounPhrase(i, pronoun);
    let k = i;
    const partitive = lang.partitives.match(t, k);
    let determiner: DeterminerKind | null = null;
    if (partitive) {
      // « une de ces sources », « l'un des responsables »: one of a group already mentioned.
      for (let j = i; j < partitive.end; j++) {
        const kind = lang.determiners.match(t, j)?.value;
        if (kind === "definite" || kind === "demonstrative") determiner = kind;
      }
      k = partitive.end;
    }
    for (let d = lang.determiners.match(t, k); d; d = lang.determiners.match(t, k)) {
      if (determiner === null || (determiner === "quantity" && !partitive)) determiner = d.value;
      else if (d.value !== "quantity") break;
      k = d.end;
    }
    if (partitive && !determiner) determiner = "quantity";
    let same = false;
    let another = false;
    let head: Phrase["head"] = null;
    let headIndex = -1;
    let headEnd = -1;
    let prenominal = false;
    let noun = false;
    let passed = 0;
    for (let n = 0; k < t.length && n < 7; n++) {
      // Where nouns take capitals, a source noun is capitalized: « vertraute » is the adjective, « Vertraute » the noun.
      const h = lang.data.capitalizedNouns && !t[k]!.isCapitalized ? null : lang.heads.match(t, k);
      // A complement before the noun ends on the adjective or participle it depends on.
      if (h && prenominal && (t[k - 1]?.isCapitalized || lang.determiners.has(t, k - 1))) break;
      // « der Lufthansa-Manager der Zeitung »: past another noun, an article opens that noun's complement; « diz Pedro
      // Corrêa O ex-deputado… »: past other words, an article that is no preposition starts another phrase.
      const article = lang.determiners.has(t, k);
      if (article && (noun || (passed > 0 && !prenominal && !lang.prepositions.has(t[k]!.norm)))) break;
      if (h && !lang.notSources.has(t, k)) {
        head = h.value;
        headIndex = k;
        headEnd = h.end;
        break;
      }
      const tok = t[k]!;
      if (lang.same.has(tok.norm)) same = true;
      if (lang.other.has(tok.norm)) another = true;
      const joins = tok.text === "-" || (tok.text === "." && lang.titles.has(t[k - 1]?.norm ?? ""));
      if (!tok.isWord && !joins) break;
      // « mehrere mit der Angelegenheit vertraute Personen »: where nouns take capitals, a complement may come
      // before the noun it depends on.
      // « sagte Innenstaatssekretär Hanning laut einem Bericht »: another cue, another phrase.
      const cue = k > start ? lang.before.match(t, k)?.value : undefined;
      if (cue && cue !== "bare") break;
      const preposition = lang.prepositions.has(tok.norm);
      prenominal ||= !!lang.data.capitalizedNouns && preposition;
      noun ||= !!lang.data.capitalizedNouns && tok.isCapitalized && !article;
      if (tok.isWord && !article) passed++;
      if (tok.isWord && (lang.clauseBreaks.has(tok.norm) || (preposition && !lang.data.capitalizedNouns))) break;
      if (this.isVerb(k)) break;
      k++;
    }
    // « Some believe… »: the quantity stands for the people.
    if (!head && determiner === "quantity") {
      const alone = lang.heads.match(t, k - 1);
      if (alone) {
        head = alone.value;
        headIndex = k - 1;
        headEnd = k;
      }
    }
    if (!head) return this.namedPhrase(start, determiner);
    const end = this.extend(headEnd);
    const phrase: Phrase = {
      start,
      end,
      head,
      headIndex,
      determiner,
      same,
      another,
      pronoun: null,
      named: false,
      described: this.insideClause(headEnd, end),
    };
    phrase.named = this.isNamed(phrase);
    return phrase;
  }

  /** A phrase with no source noun: a name, an organisation, a document. */
  private namedPhrase(start: number, determiner: DeterminerKind | null): Phrase | null {
    const { t, lang } = this;
    let k = start;
    let awaiting: boolean | null = true;
    while (k < t.length && k - start < MAX_PHRASE) {
      const tok = t[k]!;
      if (!tok.isWord && tok.text !== "-" && tok.text !== "." && tok.text !== "&") break;
      if (tok.text === "." && !lang.titles.has(t[k - 1]?.norm ?? "")) break;
      if (lang.phraseBreaks.has(t, k) || lang.clauseBreaks.has(tok.norm) || lang.reflexives.has(tok.norm) || this.isVerb(k)) break;
      if (this.startsCuedPhrase(k) || (awaiting = this.nounPhraseGoesOn(k, awaiting)) === null) break;
      k++;
    }
    if (k === start) return null;
    return {
      start,
      end: this.trimEnd(start, k),
      head: null,
      headIndex: -1,
      determiner,
      same: false,
      another: false,
      pronoun: null,
      named: true,
      described: false,
    };
  }

  /** Modifiers and clauses after the head: "… proche du dossier", "… who was not authorized to speak". */
  private extend(k: number): number {
    const { t, lang } = this;
    const start = k;
    let awaiting: boolean | null = false;
    while (k < t.length && k - start < MAX_PHRASE) {
      const tok = t[k]!;
      if (!this.insideClause(start, k) && (awaiting = this.nounPhraseGoesOn(k, awaiting)) === null) break;
      // « des responsables de culte … ainsi que l'entourage du chef de l'Etat »: one source phrase, coordinated.
      const joined = lang.coordinators.match(t, k);
      if (joined && lang.determiners.has(t, joined.end)) {
        k = joined.end;
        continue;
      }
      // « fontes que trabalham no governo », « …, que pediu para não ser identificado para não expor a filha »: a
      // relative right after the head, and everything inside one, describes the source.
      const opensClause = k === start && lang.describers.has(t, k);
      if (lang.phraseBreaks.has(t, k) && !opensClause && !this.insideClause(start, k)) break;
      if (tok.text === ",") {
        // ", que pidió no ser identificada": past the describer too, which may also end a phrase (« que »).
        const describer = lang.describers.match(t, k + 1) ?? (this.isMarker(k + 1) ? lang.anonymityMarkers.match(t, k + 1) : null);
        if (describer) {
          k = describer.end;
          continue;
        }
        break;
      }
      if (!tok.isWord && tok.text !== "-" && tok.text !== "." && tok.text !== "'") break;
      if (tok.text === "." && !(tok.end === t[k + 1]?.start || lang.titles.has(t[k - 1]?.norm ?? ""))) break;
      const complement = lang.complements.size === 0 || lang.complements.has(tok.norm) || this.insideClause(start, k);
      if (lang.prepositions.has(tok.norm) && !complement) break;
      // « Para os militares | isso é muito comum »: a verb, an auxiliary or a form of "be" ends the phrase.
      const verbal = this.isVerb(k) || lang.auxiliaries.has(tok.norm) || lang.passives.has(t, k);
      if (verbal && !this.insideClause(start, k)) break;
      // « trois responsables américains à l'Associated Press »: the person told, not part of the source.
      // Not inside a describing clause: « un diplomate basé au Caire ».
      if (lang.recipients.has(tok.norm) && this.skipRecipient(k) > k && !this.insideClause(start, k)) break;
      if (this.startsCuedPhrase(k)) break;
      k++;
    }
    return this.trimEnd(start, k);
  }

  /** Whether token k sits in a relative or participial clause opened after the head ("who said", "qui a dit"). */
  private insideClause(from: number, k: number): boolean {
    for (let j = from; j < k; j++) if (this.lang.describers.has(this.t, j)) return true;
    return false;
  }

  private trimEnd(start: number, end: number): number {
    const { t, lang } = this;
    while (end > start) {
      const tok = t[end - 1]!;
      const dangling =
        lang.prepositions.has(tok.norm) ||
        lang.clauseBreaks.has(tok.norm) ||
        lang.determiners.has(t, end - 1) ||
        // "a source close | to …" cut short, but « añadieron las fuentes consultadas. » whole
        (lang.describers.match(t, end - 1)?.end === end && !!t[end]?.isWord);
      if (tok.isWord && !dangling) break;
      if (tok.text === "." && lang.titles.has(t[end - 2]?.norm ?? "")) break;
      end--;
    }
    return end;
  }

  /**
   * The subject before a cue ("Une source diplomatique algérienne a révélé", "people familiar with the matter said"),
   * read backward from token k to where the noun phrase starts.
   */
  private subjectBefore(k: number): Phrase | null {
    const { t, lang } = this;
    let end = k + 1;
    let apposedName = false;
    // ", who spoke on condition of anonymity," or ", Jake Sullivan," between the subject and the verb.
    while (k >= 0 && (t[k]!.text === "," || t[k]!.text === ")")) {
      const open = t[k]!.text === "," ? "," : "(";
      let p = k - 1;
      while (p >= 0 && t[p]!.text !== open && k - p < MAX_PHRASE && (open === "(" || !QUOTES.has(t[p]!.text))) p--;
      if (p < 0 || t[p]!.text !== open) return null;
      const describes = lang.describers.has(t, p + 1) || this.isMarker(p + 1) || open === "(";
      // "Bob Woodward, an associate editor for the Post, revealed": a name, then a description of it.
      const apposition = lang.determiners.has(t, p + 1) && p > 0 && this.isName(p - 1);
      if (!describes) {
        if (this.isNameRun(p + 1, k) || apposition) apposedName = true;
        else return null;
      }
      k = p - 1;
      end = k + 1;
    }
    if (k < 0) return null;
    const last = t[k]!;
    const pronoun = lang.pronouns.get(last.norm);
    const before = t[k - 1];
    const clauseStart = !before || !before.isWord || lang.clauseBreaks.has(before.norm);
    if (pronoun && clauseStart && !lang.determiners.has(t, k)) return this.pronounPhrase(k, pronoun);
    let start = k + 1;
    for (let j = k; j >= 0 && k - j < MAX_PHRASE; j--) {
      const tok = t[j]!;
      const joins = tok.text === "-" || (tok.text === "." && lang.titles.has(t[j - 1]?.norm ?? ""));
      if (!tok.isWord && !joins) break;
      const det = lang.determiners.match(t, j);
      // "That person said": "that" is a determiner here, not a conjunction.
      const determines = det && j + 1 <= k && lang.heads.has(t, j + 1);
      // « uma pessoa que pediu para não ser identificada contou »: a relative after a source noun, read through.
      const relative = lang.describers.has(t, j) && j > 0 && lang.heads.match(t, j - 1)?.end === j;
      const verbal = this.isVerb(j) || lang.auxiliaries.has(tok.norm) || lang.reflexives.has(tok.norm);
      if (!determines && !relative && (lang.clauseBreaks.has(tok.norm) || verbal)) break;
      const prep = lang.prepositions.has(tok.norm);
      if (det && !prep && !(j > 0 && lang.prepositions.has(t[j - 1]!.norm) && !this.partitiveEndsAt(j))) {
        start = j;
        const partitive = this.partitiveBefore(j);
        if (partitive !== null) start = partitive;
        break;
      }
      start = j;
    }
    // « A mesma fonte confirmou »: a word that is a preposition and an article starts the clause as an article.
    const opensClause = (j: number) => j === 0 || !t[j - 1]!.isWord;
    while (
      start <= k &&
      lang.prepositions.has(t[start]!.norm) &&
      !lang.partitives.has(t, start) &&
      !(opensClause(start) && lang.determiners.has(t, start))
    )
      start++;
    if (start > k) return null;
    const phrase = this.phraseAt(start);
    if (!phrase) return null;
    // Never trim the head itself: « Some believe », where the quantity stands for the people.
    phrase.end = Math.max(this.trimEnd(start, end), phrase.head && phrase.headIndex < end ? phrase.headIndex + 1 : start);
    if (phrase.head && phrase.headIndex >= end) phrase.head = null;
    if (!phrase.head) phrase.named = true;
    if (apposedName) phrase.named = true;
    else if (phrase.head) phrase.named = this.isNamed(phrase);
    // "many experts and some lawmakers say": the subject is the whole coordination, told by its first member.
    const first = phrase.head && !phrase.named ? this.conjunctBefore(phrase.start) : null;
    if (first) Object.assign(phrase, { ...first, end: phrase.end, described: phrase.described || first.described });
    return phrase;
  }

  /** An unnamed source phrase joined by a coordinator just before token `start`: "many experts and …". */
  private conjunctBefore(start: number): Phrase | null {
    const { t, lang } = this;
    for (let c = Math.max(0, start - 2); c < start; c++) {
      if (lang.coordinators.match(t, c)?.end !== start) continue;
      // The first member's head ends just before the coordinator.
      for (let h = Math.max(0, c - 3); h < c; h++) {
        if (lang.heads.match(t, h)?.end !== c) continue;
        const phrase = this.subjectBefore(c - 1);
        return phrase?.head && !phrase.named ? phrase : null;
      }
    }
    return null;
  }

  /** The first source phrase of the sentence before token i, of the given number, that a pronoun may stand for. */
  private mentionBefore(i: number, plural: boolean): Phrase | null {
    const { t, lang } = this;
    // The earliest one: the sentence's topic ("Cruz's allies bristle at … other senators — they insist").
    for (let j = 0; j < i; j++) {
      const head = lang.heads.match(t, j);
      if (!head || this.quoted[j] || head.end > i || head.value.plural !== plural || lang.notSources.has(t, j)) continue;
      const phrase = this.subjectBefore(head.end - 1);
      if (phrase?.head) return phrase;
    }
    return null;
  }

  /**
   * The category told by the latest phrase before token `before` whose head is `key` ("a separate intelligence
   * source … the source said"), or null when no such phrase tells one.
   */
  mentionedCategory(key: string, before = this.t.length): SourceCategory | null {
    const { t, lang } = this;
    for (let j = before - 1; j >= 0; j--) {
      const head = lang.heads.match(t, j);
      if (head?.value.key !== key || head.end > before || lang.notSources.has(t, j)) continue;
      const start = this.subjectBefore(head.end - 1)?.start;
      const phrase = start === undefined ? null : this.phraseAt(start);
      if (phrase?.head) {
        const own = this.categoryOf(phrase);
        if (own.specific) return own.category;
      }
    }
    return null;
  }

  /**
   * The institutions the sentence names outside quotations ("the White House", "the campaign"), as categories,
   * with the token where each is named: what an aide's or a rumour's category rests on when no phrase tells it.
   */
  institutions(): { at: number; category: SourceCategory }[] {
    const { t, lang } = this;
    const found: { at: number; category: SourceCategory }[] = [];
    for (let j = 0; j < t.length; j++) {
      if (this.quoted[j]) continue;
      const m = lang.modifiers.match(t, j);
      const category = m ? (m.value as SourceCategory) : lang.data.capitalizedNouns ? lang.institution(t[j]!.norm) : null;
      if (category && category !== "close" && category !== "witness" && category !== "other") found.push({ at: j, category });
      if (m) j = m.end - 1;
    }
    return found;
  }

  private partitiveEndsAt(j: number): boolean {
    return this.partitiveBefore(j) !== null;
  }

  /** "one of the", "l'un des": start of a partitive ending just before token j. */
  private partitiveBefore(j: number): number | null {
    for (let s = Math.max(0, j - 4); s < j; s++) {
      const m = this.lang.partitives.match(this.t, s);
      if (m && m.end === j) return s;
    }
    return null;
  }

  /** Capitalized words that are not lexicon words: a personal or organisation name. */
  private isNameRun(from: number, to: number): boolean {
    const { t, lang } = this;
    if (to <= from) return false;
    let names = 0;
    for (let j = from; j < to; j++) {
      const tok = t[j]!;
      if (tok.text === "." || tok.text === "-" || lang.titles.has(tok.norm)) continue;
      if (!tok.isCapitalized || lang.known.has(tok.norm)) return false;
      names++;
    }
    return names > 0;
  }

  private isName(j: number): boolean {
    const tok = this.t[j];
    if (!tok?.isWord) return false;
    const { isName } = this.lang.hooks;
    return isName ? isName(tok.norm) : tok.isCapitalized && !this.lang.known.has(tok.norm);
  }

  /** A name right after the head ("strategist Guy Cecil"), in apposition ("un habitant, Aboubacar Dagnon"), or
   * closing a definite description ("le directeur du FBI Christopher Wray"). */
  private isNamed(phrase: Phrase): boolean {
    const { t, lang } = this;
    if (!phrase.head) return true;
    // « Marinha e Polícia Militar dizem »: a capitalized head inside a run of capitals is part of a name, unless the
    // phrase counts it ("an Iowa Democrat").
    const head = t[phrase.headIndex]!;
    const counted = phrase.determiner === "indefinite" || phrase.determiner === "quantity";
    if (head.isCapitalized && !counted && !lang.data.capitalizedNouns && t[phrase.headIndex - 1]?.isCapitalized) return true;
    let j = phrase.headIndex + 1;
    while (j < phrase.end && t[j]!.isWord && !t[j]!.isCapitalized && !lang.prepositions.has(t[j]!.norm)) j++;
    if (j < phrase.end && (this.isName(j) || lang.titles.has(t[j]!.norm)) && !lang.heads.has(t, j)) return true;
    // "economists at PricewaterhouseCoopers", « gli analisti del Centro antiterrorismo »: experts of a named body are
    // that body speaking; an official of one is still unnamed.
    const adjacent = phrase.headIndex + 1;
    if (phrase.head.vague && !phrase.head.collective && adjacent < t.length && lang.prepositions.has(t[adjacent]!.norm)) {
      let k = lang.determiners.match(t, adjacent + 1)?.end ?? adjacent + 1;
      // « einem Bericht der "Süddeutschen Zeitung" »: the name may stand in quotation marks.
      if (QUOTES.has(t[k]?.text ?? "")) k++;
      if (this.isName(k) || this.isName(adjacent + 1)) return true;
    }
    // « plusieurs médias dont Le Parisien », "several outlets, including Reuters": a named member.
    for (let n = phrase.headIndex + 1; n < phrase.end; n++) {
      const inclusion = lang.inclusions.match(t, n);
      if (inclusion && this.isName(lang.determiners.match(t, inclusion.end)?.end ?? inclusion.end)) return true;
    }
    // « die Agentur «Bloomberg» », "the newspaper “El País”": a quoted name right after the phrase.
    if (QUOTES.has(t[phrase.end]?.text ?? "") && this.isName(phrase.end + 1)) return true;
    if (t[phrase.end]?.text === ",") {
      let e = phrase.end + 1;
      while (e < t.length && (t[e]!.isCapitalized || t[e]!.text === "." || t[e]!.text === "-")) e++;
      const closes = e >= t.length || !t[e]!.isWord;
      if (e > phrase.end + 1 && closes && this.isNameRun(phrase.end + 1, e)) return true;
    }
    if (phrase.determiner === "definite" && phrase.head.category !== "close") {
      // « le ministre de l'Intérieur Abdelouafi Laftit, cité par l'agence »: a full name closing the description.
      for (let n = phrase.headIndex + 1; n + 1 < phrase.end && !lang.describers.has(t, n); n++)
        if (this.isName(n) && this.isName(n + 1)) return true;
    }
    return false;
  }

  /** A person's name before the head, with a title or a possessive: "Mrs. Clinton's aides", "Cruz's advisers". */
  private hasPossessor(phrase: Phrase): boolean {
    const { t, lang } = this;
    for (let j = phrase.start; j < phrase.headIndex; j++) {
      if (lang.titles.has(t[j]!.norm)) return true;
      if (t[j]!.isCapitalized && t[j]!.norm.endsWith("'") && t[j + 1]?.norm === "s") return true;
    }
    return false;
  }

  /** The category a phrase tells by itself (a strong head, else its first modifier), or its head's default. */
  private categoryOf(phrase: Phrase): { category: SourceCategory; specific: boolean } {
    const head = phrase.head;
    if (head?.strong) return { category: head.category, specific: true };
    // "officials briefed on the matter" are officials: being close to a case tells only a source's or a person's kind.
    const relationTells = !head || head.generic || head.category === "other";
    for (let j = phrase.start; j < phrase.end; j++) {
      if (j === phrase.headIndex) continue;
      const m = this.lang.modifiers.match(this.t, j);
      if (m && (m.value !== "close" || relationTells)) return { category: m.value as SourceCategory, specific: true };
    }
    return { category: phrase.head?.category ?? "other", specific: false };
  }

  /** "un habitant …, qui a requis l'anonymat": an unknown phrase next to a statement of anonymity is anonymous. */
  private applyAnonymityMarkers(found: Attribution[]): void {
    const { t, lang } = this;
    if (!this.marked) return;
    for (const a of found) {
      a.described = true;
      if (a.anonymity) continue;
      if (a.reference === "pronoun") {
        a.anonymity = "anonymous";
        continue;
      }
      const first = t[a.source.start]!;
      if (this.isName(a.source.start) && !lang.determiners.has(t, a.source.start)) continue;
      if (first.isCapitalized && a.source.end - a.source.start === 1) continue;
      a.anonymity = "anonymous";
      if (a.category === "other") {
        for (let j = a.source.start; j < a.source.end; j++) {
          const m = lang.modifiers.match(t, j);
          if (m) {
            a.category = m.value as SourceCategory;
            a.specific = true;
            break;
          }
        }
      }
    }
  }
}
