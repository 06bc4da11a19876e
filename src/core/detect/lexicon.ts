// The shape of a language data module, and its compilation into lookup tables (once, at module load).
import type { LanguageHooks } from "../lang/module";
import type { SourceCategory } from "../model/claim";
import { normalize, tokenize, type Token } from "./tokens";

/** A noun that can name a source, with what it says about the source. */
export interface HeadEntry {
  category: SourceCategory;
  /** The head decides the category even when a modifier names another ("un diplomate militaire"). */
  strong?: boolean;
  /** An unspecific collective ("experts", "plusieurs médias"): anonymity "vague". */
  vague?: boolean;
  /** A definite article does not make it a reference back ("la presse locale", "l'entourage du ministre"). */
  collective?: boolean;
  /** Refers to anyone ("source", "person"): anaphora with another head may rest on it. */
  generic?: boolean;
  /** Works for someone ("aide", "adviser"): with no modifier, the institution named around it tells the category. */
  principal?: boolean;
  /**
   * Ends compound words (German « Regierungskreisen », « Medienberichten »): a word ending in one of its forms is
   * this head, and a modifier the word starts with tells its category (« Sicherheits|kreise »: security).
   */
  compound?: boolean;
  /** Stands without a determiner after a bare cue: « de source policière », « de sources concordantes ». */
  bare?: boolean;
  /**
   * Anyone at all ("people", « personnes », « Personen »): a source only when the phrase describes them ("people
   * familiar with the matter", « des personnes proches du dossier »), never in "Des milliers de personnes sont
   * sans abri" or "people feel the need".
   */
  human?: boolean;
  /**
   * The institution itself (« las autoridades »): on the record, « Las autoridades venezolanas habían informado »; a
   * source only when described, « Autoridades familiarizadas con la investigación dijeron ».
   */
  institutional?: boolean;
  /**
   * Speaks on the record for an institution ("spokesman", « porte-parole »): "a Rosneft spokesman said" is the
   * company's statement; unnamed only with a statement of anonymity, or plural.
   */
  onRecord?: boolean;
}

/**
 * What a verb tells about its subject. saying: "say", « indiquer »; thinking, an opinion told: "believe", « estimer »;
 * feeling or behaving: "feel", "worry", "agree", which ordinary prose says of anyone ("others worry", "people feel
 * the need"): they attribute only when their subject is a described source ("officials fear", "experts worry").
 */
export type VerbClass = "saying" | "thinking" | "feeling";

/**
 * One language's data. Every list entry is written the way it appears in text; phrases are tokenized like the text,
 * so "d'après" or "a-t-on" match the same tokens in both.
 */
export interface LanguageData {
  code: string;
  /** Nouns are written with a capital (German): a capital then tells a noun, not a name. */
  capitalizedNouns?: boolean;
  /**
   * The finite verb comes second (German): after a fronted phrase the subject follows it with no comma, « Nach den
   * Anschlägen befürchten Experten … ».
   */
  verbSecond?: boolean;
  /**
   * Subjects may go unsaid (Italian, Spanish, Portuguese): a verb with no subject but a place speaks for the people
   * there, « In Vaticano sospettano », « fanno notare dal Nazareno ».
   */
  prodrop?: boolean;
  /**
   * A singular noun takes an article in running text (French, Spanish, Italian, Portuguese): a bare one is headline
   * style, someone the story names (« ministro brasileiro anunciou »).
   */
  singularArticle?: boolean;
  /** Frequent function words, to guess the language. */
  stopwords: string[];
  determiners: {
    indefinite: string[];
    definite: string[];
    demonstrative: string[];
    /** The outlet's own: "nos sources", "our sources". */
    own: string[];
    /** Counts and quantities: "deux", "three", "plusieurs", "some". */
    quantity: string[];
  };
  /** Before a determiner, picks one of a group: "l'un des", "one of", "two-thirds of". */
  partitives: string[];
  /** Marks a reference to the previous attribution, whatever it was: "la même source", "the same source". */
  same: string[];
  /** Marks a different source from the ones before: "une autre source", "another source". */
  other: string[];
  /** Source nouns by their forms, in singular and plural pairs: "source|sources", « élu|élus|élue|élues ». */
  heads: Record<string, HeadEntry>;
  /** Words inside a source phrase that tell its category: "diplomatique", "White House", "law enforcement". */
  modifiers: Record<string, SourceCategory>;
  /** "source" in other senses: "open source", "source of income", "sources d'énergie". */
  notSources: string[];
  /** Prepositions (and their contractions with articles): a determiner after one is inside the phrase. */
  prepositions: string[];
  /** Words that end a source phrase read after its cue: "because", "pour", "confirmant". */
  phraseBreaks: string[];
  /**
   * Object pronouns, some of them also articles: a verb may follow them (« comme le dit un responsable »), and at the
   * head of a clause they put its subject after it (« Lo indica un alto diplomatico », « ci dice una fonte »).
   */
  objectPronouns: string[];
  /**
   * The prepositions a source phrase goes on through where it follows its head closely (Romance): « fonti vicine
   * al dossier », « un funzionario del governo », but not « un alto diplomatico | alla vigilia del Consiglio ». Empty:
   * any preposition may go on ("officials in the administration", « une source au ministère »).
   */
  complements: string[];
  /** Words that open the named members of a group: « dont », "including", « tra cui », « darunter ». */
  inclusions: string[];
  /** Prepositions of a passive's agent: "confirmed by a source", « confirmada por una autoridad ». */
  agents: string[];
  /** Relative pronouns a cue may govern: « les voci secondo cui », "reports according to which", « denen zufolge ». */
  relatives: string[];
  /** Words that join two noun phrases: "and", "or", « et », « ainsi que ». */
  coordinators: string[];
  /** Words that start a new clause: a subject is never read across them. */
  clauseBreaks: string[];
  /** Words that open a clause still describing the source after a comma: "who", "qui", "speaking". */
  describers: string[];
  /** Adverbs and dates that may sit between a cue and its source. */
  skippable: string[];
  /** Suffix of skippable adverbs ("-ly", "-ment"). */
  adverbSuffix: string;
  /** Prepositions that introduce the person told: "à l'AFP", "to Reuters". */
  recipients: string[];
  cues: {
    /** Cues before the source: "selon", "according to". */
    before: string[];
    /** Cues right after the source, with no verb: German « Insidern zufolge ». */
    after: string[];
    /** Cues before the source that are too common to count a named attribution ("pour"). */
    weakBefore: string[];
    /** Cues before a source phrase with no determiner: "de source policière", "de sources concordantes". */
    bare: string[];
    /** Second-hand: "citant", "citing". */
    relay: string[];
    /** Verbs of saying, thinking and feeling, in all the forms that attribute: "relève", "a révélé", "said". */
    verbs: Record<VerbClass, string[]>;
    /** Auxiliaries before a participle: "a", "ont", "has", "had". */
    auxiliaries: string[];
    /** Forms of "be" that make the participle after them passive: "names weren't disclosed" is no cue. */
    passives: string[];
  };
  /** Subject pronouns and their forms after a cue: singular, plural, and impersonal ("on"). */
  pronouns: { singular: string[]; plural: string[]; impersonal: string[] };
  /**
   * Reportative modals and the perfect infinitives that close their clause: « Er soll das Geld genommen haben », « Die
   * Opfer sollen in 17 Staaten beheimatet sein »: hearsay about the subject. `participles`: the endings of the
   * participle before the infinitive, which tell the perfect from a predicate (« soll der nächste Weltmeister sein »).
   */
  reportative: { modals: string[]; perfect: string[]; participles: string[] };
  /** Impersonal pronouns that stand for nobody (German « es »): see `impersonal` in the grammar. */
  expletives: string[];
  /** Where an impersonal statement comes from: "dans l'entourage de", "à l'Élysée". */
  locatives: string[];
  /** Hearsay with no source phrase at all: "dit-on", "it is said", "reportedly". */
  hearsay: string[];
  /** Hearsay about the clause's subject: "reportedly", "is said to"; the subject's institution tells its circle. */
  subjectHearsay: string[];
  /** The outlet's own reporting: "selon nos informations", "has learned". */
  outletOwn: string[];
  /** Verbs whose named subject is the outlet reporting on its own: "a appris Le Monde", "The Times has learned". */
  outletVerbs: string[];
  /** Anonymity stated on its own: "sous couvert d'anonymat", "on condition of anonymity". */
  anonymityMarkers: string[];
  /**
   * Anonymity stated only when refused: "declined to be named", « n'a pas souhaité être nommé », « pidió no ser
   * identificado » (not « pour être nommé ministre », "to be named best actor"): counted after a negation.
   */
  refusedMarkers: string[];
  /** Words that negate: "not", « pas », « sans », « no », « non », « não », « nicht ». */
  negations: string[];
  /** Reservations: "reportedly", "allegedly". */
  hedges: string[];
  /** Conditional auxiliaries of the French "conditionnel journalistique": hedge with the participle after them. */
  conditionalAuxiliaries: string[];
  /** Reflexive pronouns kept with a conditional hedge: "se serait montrée". */
  reflexives: string[];
  /** Titles before a personal name: "M.", "Mr", "Mrs", "Sen." */
  titles: string[];
}

/** A multi-token phrase lexicon, indexed by its first token. */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase).map((t) => t.norm);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token i: its value and the index after it. */
  match(tokens: readonly Token[], i: number): { value: V; end: number } | null {
    const candidates = i < tokens.length ? this.byFirst.get(tokens[i]!.norm) : undefined;
    if (!candidates) return null;
    for (const { words, value } of candidates) {
      if (i + words.length > tokens.length) continue;
      let k = 1;
      while (k < words.length && tokens[i + k]!.norm === words[k]) k++;
      if (k === words.length) return { value, end: i + words.length };
    }
    return null;
  }

  has(tokens: readonly Token[], i: number): boolean {
    return this.match(tokens, i) !== null;
  }

  /** The words its phrases start with. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Each phrase's longest word, with its value: one word every text holding the phrase holds. */
  *keyWords(): Iterable<[string, V]> {
    for (const list of this.byFirst.values())
      for (const { words, value } of list) yield [words.reduce((a, b) => (b.length > a.length ? b : a)), value];
  }
}

const set = (words: string[]) => new PhraseTable<true>(words.map((w) => [w, true]));

export type Head = HeadEntry & { key: string; plural: boolean };

/** The source nouns of a language: whole words, and the last part of compounds for heads that end them. */
export class HeadTable extends PhraseTable<Head> {
  private readonly endings: [string, Head][];
  /** Compound words already looked at, with what they are. */
  private readonly compounds = new Map<string, Head | null>();

  constructor(
    entries: [string, Head][],
    private readonly modifiers: [string, SourceCategory][],
  ) {
    super(entries);
    this.endings = entries.filter(([, head]) => head.compound).sort(([a], [b]) => b.length - a.length);
  }

  override match(tokens: readonly Token[], i: number): { value: Head; end: number } | null {
    const whole = super.match(tokens, i);
    if (whole || this.endings.length === 0 || i >= tokens.length || !tokens[i]!.isWord) return whole;
    const value = this.compound(tokens[i]!.norm);
    return value ? { value, end: i + 1 } : null;
  }

  private compound(word: string): Head | null {
    let head = this.compounds.get(word);
    if (head !== undefined) return head;
    head = null;
    for (const [ending, entry] of this.endings) {
      if (word.length < ending.length + 3 || !word.endsWith(ending)) continue;
      const first = word.slice(0, -ending.length);
      const modifier = this.modifiers.find(([m]) => first.startsWith(m));
      head = modifier ? { ...entry, category: modifier[1], strong: true } : entry;
      break;
    }
    this.compounds.set(word, head);
    return head;
  }
}

export type DeterminerKind = keyof LanguageData["determiners"];

export interface Language {
  code: string;
  data: LanguageData;
  hooks: LanguageHooks;
  stopwords: Set<string>;
  determiners: PhraseTable<DeterminerKind>;
  partitives: PhraseTable<true>;
  same: Set<string>;
  other: Set<string>;
  heads: HeadTable;
  modifiers: PhraseTable<string>;
  notSources: PhraseTable<true>;
  prepositions: Set<string>;
  objectPronouns: Set<string>;
  agents: Set<string>;
  complements: Set<string>;
  inclusions: PhraseTable<true>;
  relatives: PhraseTable<true>;
  phraseBreaks: PhraseTable<true>;
  coordinators: PhraseTable<true>;
  clauseBreaks: Set<string>;
  describers: PhraseTable<true>;
  skippable: PhraseTable<true>;
  adverbSuffix: string;
  recipients: Set<string>;
  before: PhraseTable<"before" | "weak" | "bare" | "relay">;
  after: PhraseTable<true>;
  verbs: PhraseTable<VerbClass>;
  auxiliaries: Set<string>;
  passives: PhraseTable<true>;
  pronouns: Map<string, "singular" | "plural" | "impersonal">;
  expletives: Set<string>;
  reportativeModals: Set<string>;
  reportativePerfect: Set<string>;
  reportativeParticiples: readonly string[];
  locatives: PhraseTable<true>;
  /** Value: whether the hearsay is about the clause's subject. */
  hearsay: PhraseTable<boolean>;
  outletOwn: PhraseTable<true>;
  outletVerbs: PhraseTable<true>;
  /** Value: whether a negation must come before it (a refused naming). */
  anonymityMarkers: PhraseTable<boolean>;
  negations: Set<string>;
  hedges: PhraseTable<true>;
  conditionalAuxiliaries: Set<string>;
  reflexives: Set<string>;
  titles: Set<string>;
  /** Every word the lexicon knows: a capitalized word outside it may be a name. */
  known: Set<string>;
  /** The words a cue can start with. */
  cueStarts: Set<string>;
  /**
   * Whether a sentence may hold an attribution: it holds the longest word of some cue ("said" of "is said to",
   * « garde » of « met en garde »), or a cue that is a mere preposition (« de », « pour », « aus ») and a source
   * noun or a pronoun. Most sentences hold neither, and are not parsed.
   */
  mayAttribute(tokens: readonly Token[]): boolean;
  /**
   * The category of the institution a word names, or null: a modifier of an institution's category ("ministère",
   * "government"), or, where nouns compound (German), a word ending in one (« Innenministerium », « Autokonzern »).
   */
  institution(word: string): SourceCategory | null;
}

const PEOPLE: ReadonlySet<string> = new Set(["close", "witness", "other"]);

function institutions(data: LanguageData): (word: string) => SourceCategory | null {
  const names = Object.entries(data.modifiers)
    .filter(([, category]) => !PEOPLE.has(category))
    .map(([m, category]): [string, SourceCategory] => [normalize(m), category]);
  const whole = new Map(names);
  const endings = data.capitalizedNouns ? names.filter(([m]) => m.length >= 4) : [];
  const seen = new Map<string, SourceCategory | null>();
  return (word) => {
    let found = seen.get(word);
    if (found === undefined) {
      found = whole.get(word) ?? endings.find(([m]) => word.length > m.length + 2 && word.endsWith(m))?.[1] ?? null;
      seen.set(word, found);
    }
    return found;
  };
}

const lower = (words: string[]) => new Set(words.map((w) => tokenize(w).map((t) => t.norm).join(" ")));

export function compile(data: LanguageData, hooks: LanguageHooks = {}): Language {
  const d = data.determiners;
  const determiners = new PhraseTable<DeterminerKind>(
    (Object.keys(d) as DeterminerKind[]).flatMap((kind) => d[kind].map((w): [string, DeterminerKind] => [w, kind])),
  );
  const pronouns = new Map<string, "singular" | "plural" | "impersonal">();
  for (const kind of ["singular", "plural", "impersonal"] as const) for (const p of data.pronouns[kind]) pronouns.set(p, kind);
  const c = data.cues;
  const known = new Set<string>();
  const addKnown = (phrases: Iterable<string>) => {
    for (const p of phrases) for (const t of tokenize(p)) if (t.isWord) known.add(t.norm);
  };
  addKnown(Object.keys(data.heads));
  addKnown(Object.keys(data.modifiers));
  addKnown(Object.values(d).flat());
  addKnown(data.stopwords);
  addKnown(data.titles);
  addKnown(data.partitives);
  addKnown([...data.other, ...data.same]);
  const tables = {
    before: new PhraseTable<"before" | "weak" | "bare" | "relay">([
      ...c.before.map((w): [string, "before"] => [w, "before"]),
      ...c.weakBefore.map((w): [string, "weak"] => [w, "weak"]),
      ...c.bare.map((w): [string, "bare"] => [w, "bare"]),
      ...c.relay.map((w): [string, "relay"] => [w, "relay"]),
    ]),
    after: set(c.after),
    verbs: new PhraseTable(
      (Object.keys(c.verbs) as VerbClass[]).flatMap((kind) => c.verbs[kind].map((w): [string, VerbClass] => [w, kind])),
    ),
    hearsay: new PhraseTable([
      ...data.hearsay.map((w): [string, boolean] => [w, false]),
      ...data.subjectHearsay.map((w): [string, boolean] => [w, true]),
    ]),
    outletOwn: set(data.outletOwn),
  };
  const cueStarts = new Set(Object.values(tables).flatMap((table) => [...table.firstWords()]));
  for (const modal of lower(data.reportative.modals)) cueStarts.add(modal);
  const keys = new Set<string>(lower(data.reportative.modals));
  const slight = new Set<string>();
  for (const [table, entries] of Object.entries(tables) as [string, PhraseTable<unknown>][])
    for (const [word, value] of entries.keyWords()) (table === "before" && (value === "weak" || value === "bare") ? slight : keys).add(word);
  return {
    ...tables,
    code: data.code,
    data,
    hooks,
    stopwords: lower(data.stopwords),
    determiners,
    partitives: set(data.partitives),
    same: lower(data.same),
    other: lower(data.other),
    heads: new HeadTable(
      Object.entries(data.heads).flatMap(([forms, entry]) => {
        // Forms come in pairs, singular then plural: "source|sources", « élu|élus|élue|élues »; an empty place is a
        // number the noun lacks in that form (« kreis|kreise||kreisen »: the dative is plural only).
        const all = forms.split("|");
        const key = all.find((f) => f !== "")!;
        return all.flatMap((f, n): [string, Head][] => (f ? [[f, { ...entry, key, plural: n % 2 === 1 }]] : []));
      }),
      Object.entries(data.modifiers).map(([m, category]): [string, SourceCategory] => [normalize(m), category]),
    ),
    modifiers: new PhraseTable(Object.entries(data.modifiers)),
    notSources: set(data.notSources),
    prepositions: lower(data.prepositions),
    objectPronouns: lower(data.objectPronouns),
    agents: lower(data.agents),
    complements: lower(data.complements),
    inclusions: set(data.inclusions),
    relatives: set(data.relatives),
    phraseBreaks: set(data.phraseBreaks),
    coordinators: set(data.coordinators),
    clauseBreaks: lower(data.clauseBreaks),
    describers: set(data.describers),
    skippable: set(data.skippable),
    adverbSuffix: data.adverbSuffix,
    recipients: lower(data.recipients),
    auxiliaries: lower(c.auxiliaries),
    passives: set(c.passives),
    pronouns,
    expletives: lower(data.expletives),
    reportativeModals: lower(data.reportative.modals),
    reportativePerfect: lower(data.reportative.perfect),
    reportativeParticiples: data.reportative.participles,
    locatives: set(data.locatives),
    outletVerbs: set(data.outletVerbs),
    anonymityMarkers: new PhraseTable([
      ...data.anonymityMarkers.map((w): [string, boolean] => [w, false]),
      ...data.refusedMarkers.map((w): [string, boolean] => [w, true]),
    ]),
    negations: lower(data.negations),
    hedges: set(data.hedges),
    conditionalAuxiliaries: lower(data.conditionalAuxiliaries),
    reflexives: lower(data.reflexives),
    titles: lower(data.titles),
    known,
    cueStarts,
    mayAttribute(tokens) {
      let weak = false;
      for (const t of tokens) {
        if (keys.has(t.norm)) return true;
        weak ||= slight.has(t.norm);
      }
      if (!weak) return false;
      for (let i = 0; i < tokens.length; i++) if (pronouns.has(tokens[i]!.norm) || this.heads.match(tokens, i)) return true;
      return false;
    },
    institution: institutions(data),
  };
}
