// The claim model shared by the detector, the extension (content script, popup) and the CLI.
// Defined once here; every adapter imports it.

export const sourceCategories = [
  "official", "diplomatic", "security", "military", "intelligence", "judicial", "political", "business", "close",
  "media", "expert", "witness", "other",
] as const;

export type SourceCategory = (typeof sourceCategories)[number];

/**
 * How the source is withheld:
 * - anonymous: an identifiable person or group whose identity is withheld ("une source diplomatique");
 * - vague: an unspecific collective or hearsay ("plusieurs médias locaux", "some experts");
 * - outlet: the outlet's own unattributed reporting ("selon nos informations", "The Times has learned").
 */
export const anonymities = ["anonymous", "vague", "outlet"] as const;

export type Anonymity = (typeof anonymities)[number];

export const claimKinds = ["explicit", "anaphoric", "continuation"] as const;

export type ClaimKind = (typeof claimKinds)[number];

/** A piece of the analysed text, with UTF-16 offsets into it. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Source extends Span {
  category: SourceCategory;
  anonymity: Anonymity;
  /** What the detector read of the phrase, for the checks: a plural source ("officials", « des sources »). */
  plural?: boolean;
}

export interface Claim {
  id: string;
  /** The sentence (or clause) that carries the claim. */
  text: string;
  start: number;
  end: number;
  source: Source;
  /** "selon", "a révélé", "said"; null for continuations. */
  cue: Span | null;
  kind: ClaimKind;
  /** Claims resting on the same source share a group ("toujours selon cette source"). */
  group: string;
  /** Reservations in the claim: "se serait montrée", "reportedly". */
  hedges: string[];
  /**
   * The grammar rule that raised the flag, a short stable name ("cue-before" for "selon X", "verb-inverted" for
   * "…, relève X", "quote-continuation" for a quotation continuing an anonymous source's words).
   */
  rule: string;
  /** Second-hand anonymity: the outlet that is relayed ("rapporte Le Monde, citant des sources"). */
  relayedBy?: string;
}

/** A named attribution, counted for the article's sourcing profile but never flagged. */
export interface NamedAttribution {
  source: Span;
  cue: Span | null;
  start: number;
  end: number;
}

export interface Analysis {
  /** The language the text was analysed as (BCP 47 primary subtag: "fr", "en"). */
  lang: string;
  /** True when the language has no data module: no claims can be found. */
  unsupported: boolean;
  claims: Claim[];
  named: NamedAttribution[];
  /** Number of sentences in the text. */
  sentenceCount: number;
}

export interface AnalyzeOptions {
  /** The language of the text; guessed from the text when absent. */
  lang?: string;
}

/** A paragraph-like block of the article text: the detector segments block by block. */
export interface Block {
  start: number;
  end: number;
  role: BlockRole;
}

export const blockRoles = ["title", "standfirst", "body"] as const;

export type BlockRole = (typeof blockRoles)[number];

export interface Article {
  title: string;
  byline: string | null;
  lang: string;
  standfirst: string | null;
  /** Title, standfirst and body paragraphs, joined by blank lines ("\n\n"). */
  text: string;
  blocks: Block[];
  /** The page's canonical URL (rel=canonical, og:url, then the document URL). */
  url: string;
  siteName: string | null;
  /** When the page says the article was published (its metadata, ISO 8601 as the page gives it). */
  published: string | null;
  /** Paragraphs of the page that look like the lead but that Readability left out. */
  droppedLead: boolean;
}
