import type { Span } from "../model/claim";

/** The sourcing checks from newsroom standards: C1 is the flag itself, C15 the article's sourcing profile. */
export const checkIds = [
  "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12", "C13", "C14", "C15",
] as const;

export type CheckId = (typeof checkIds)[number];

/** "positive" marks good practice (reservations stated), not a fault. */
export const severities = ["info", "warning", "positive"] as const;

export type Severity = (typeof severities)[number];

export interface CheckResult {
  id: CheckId;
  severity: Severity;
  /** The words that made the check fire (or, for a missing element, the source phrase it is missing from). */
  evidence?: Span;
}

export interface SourcingProfile {
  /** Distinct unnamed sources (claim groups), the outlet's own reporting left out. */
  unnamedSources: number;
  /** Claims resting on unnamed sources, one per sentence and source. */
  unnamedAttributions: number;
  namedAttributions: number;
  sentences: number;
  /** Sentences that carry at least one claim resting on an unnamed source. */
  unnamedSentences: number;
  /** unnamedSentences / sentences, 0 when the text has no sentence. */
  unnamedShare: number;
  /** Checks that fired (positive signals left out), most claims first. */
  topChecks: { id: CheckId; claims: number }[];
}

export interface CheckReport {
  /** Results by claim id; every claim has an entry, possibly empty. */
  checks: Record<string, CheckResult[]>;
  profile: SourcingProfile;
}

/**
 * Cue phrases a language uses for the checks. Each entry is a phrase as newsrooms write it, matched on word
 * boundaries, case-insensitively; "*" stands for the rest of a word ("autorisé*" for autorisé, autorisée, autorisés),
 * and the apostrophe matches both ' and ’.
 */
export interface CheckLexicon {
  /** Statements that the source is not named: "on condition of anonymity", « sous couvert d'anonymat ». */
  anonymityMarkers: string[];
  /** Why: "for fear of", « par crainte de ». Searched just after an anonymity marker. */
  reasons: string[];
  /** Purposes that give a reason when they follow a marker at once: "anonymity to discuss…", « anonymat pour… ». */
  purposes: string[];
  /** Reasons that explain nothing (NYT 2010): "not authorized to speak publicly", « n'étant pas autorisé ». */
  boilerplateReasons: string[];
  /** Words that open a clause describing the source after its phrase: "who", « qui », « ayant ». */
  relatives: string[];
  /** The source's vantage point or access: "familiar with", "briefed on", « proche du dossier ». */
  vantage: string[];
  /** Words of a source phrase that say nothing about who the source is: articles, "one", « une ». */
  emptyWords: string[];
  /** Heads that alone describe nobody: "source", "official", "people", « source », « responsable ». */
  genericHeads: string[];
  /** Heads of a count-less plural the Reuters rule is about: "sources". */
  sourcesHeads: string[];
  /** Phrase openings that make a source plural: "two", "several", "a dozen", « des », « plusieurs ». */
  pluralOpenings: string[];
  /** Phrase openings that make a source one person: "a", "one", "another", « une », « cette », "she". */
  singularOpenings: string[];
  /** Counts: "two", « deux » (digits are counts in every language). */
  numbers: string[];
  /** Plural nouns that do not end like plurals: "people". */
  irregularPlurals: string[];
  /** Corroboration: "a second source", "confirmed by", « sources concordantes », « confirmé par ». */
  corroboration: string[];
  /** Speculation: "could", "might", « pourrait », « sans doute ». */
  speculation: string[];
  /** Judgements and attacks: "incompetent", "disastrous", « catastrophique », « irresponsable ». */
  judgement: string[];
  /** Serious allegations: "accused of", "bribes", « détournement », « soupçonné ». */
  allegations: string[];
  /** A response sought or given: "declined to comment", "did not respond", « n'a pas répondu », « contacté par ». */
  responses: string[];
  /** Refusals to comment, for the "declined comment" conflict: "declined to comment", « n'a pas souhaité commenter ». */
  declines: string[];
  /** Stated limits of verification: "could not be independently verified", « n'a pas pu être vérifié ». */
  caveats: string[];
  /** Relaying another outlet's sources: "citing", "quoted by", « citant », « citée par ». */
  relays: string[];
}
