// Sourcing checks: for every claim the detector found, the newsroom rules it breaks or follows (AP, Reuters, NYT,
// BBC, SPJ, Munich Charter), and the article's sourcing profile. Pure and DOM-free, like the detector.
import type { Analysis, Block, Claim, Span } from "../model/claim";
import { checkDefinitions } from "./definitions";
import { compileLexicon, findAll, type Cues } from "./cues";
import { languageModules } from "../lang/index";
import type { CheckId, CheckLexicon, CheckReport, CheckResult, Severity, SourcingProfile } from "./types";

export type { CheckId, CheckLexicon, CheckReport, CheckResult, Severity, SourcingProfile } from "./types";
export { checkDefinitions, describeCheck, type CheckDefinition, type CheckDescription } from "./definitions";

interface Language {
  lexicon: CheckLexicon;
  cues: Cues;
  words: { empty: Set<string>; generic: Set<string>; sources: Set<string>; irregularPlurals: Set<string> };
}

function language(lexicon: CheckLexicon): Language {
  const set = (list: string[]) => new Set(list.map((word) => word.toLowerCase()));
  return {
    lexicon,
    cues: compileLexicon(lexicon),
    words: {
      empty: set(lexicon.emptyWords),
      generic: set(lexicon.genericHeads),
      sources: set(lexicon.sourcesHeads),
      irregularPlurals: set(lexicon.irregularPlurals),
    },
  };
}

const languages = new Map<string, Language>(
  languageModules.flatMap((m) => (m.checks ? [[m.code, language(m.checks)] as const] : [])),
);

export const checkLanguages: readonly string[] = [...languages.keys()];

export interface CheckOptions {
  /** The article's blocks (title, standfirst, body), to tell the headline and the lead. */
  blocks?: Block[];
  /** The headline, when the text has no title block: a first paragraph equal to it is the headline. */
  title?: string;
}

/** How far after an anonymity marker its reason may stand: "…, who requested anonymity because she feared…". */
const REASON_REACH = 80;
/** How close to boilerplate a reason word is part of it: "because they were not authorized to discuss". */
const BOILERPLATE_REACH = 25;
/** How far a relay cue may stand from the source phrase: "citing people familiar…", "citée par CNN". */
const RELAY_REACH = 3;
/** How many words of a source phrase are looked at for its head ("American military officials"). */
const HEAD_REACH = 4;

/** What the article says about one unnamed source, gathered over every claim resting on it. */
interface SourceFacts {
  anonymity: Claim["source"]["anonymity"];
  /** The source phrase and the clause describing it, where it is introduced. */
  description: Span[];
  markers: Span[];
  /** A reason for anonymity that is not boilerplate. */
  reasoned: boolean;
  boilerplate: Span | null;
  vantage: boolean;
  /** Nothing but a determiner and a generic head: "a source", "officials", « une source ». */
  bare: boolean;
  plural: boolean;
  counted: boolean;
  /** The head is "sources" itself. */
  sources: boolean;
  relay: Span | null;
}

type Place = "headline" | "lead" | "first quote";

export function checkClaims(text: string, analysis: Analysis, options: CheckOptions = {}): CheckReport {
  const checks: Record<string, CheckResult[]> = {};
  for (const claim of analysis.claims) checks[claim.id] = [];
  const lang = languages.get(analysis.lang);
  if (lang) {
    const article = new ArticleChecks(text, analysis.claims, lang, options);
    for (const claim of analysis.claims) checks[claim.id] = article.check(claim);
  }
  return { checks, profile: sourcingProfile(analysis, checks) };
}

class ArticleChecks {
  private readonly sources = new Map<string, SourceFacts>();
  private readonly responded: boolean;
  private readonly declines: { decline: Span; names: Set<string> }[];
  private readonly describedSources: Set<string>;
  private readonly leads: Map<number, Place>;
  private readonly firstQuote: number;

  constructor(
    private readonly text: string,
    claims: Claim[],
    private readonly lang: Language,
    options: CheckOptions,
  ) {
    const groups = new Map<string, Claim[]>();
    for (const claim of claims) groups.set(claim.group, [...(groups.get(claim.group) ?? []), claim]);
    for (const [group, members] of groups) this.sources.set(group, this.sourceFacts(members));

    const sourceSpans = claims.map((claim) => claim.source);
    // "contactée par MEE" inside a source phrase describes the source, not a response from the accused side.
    this.responded = findAll(lang.cues.responses, text).some((cue) => !sourceSpans.some((s) => overlaps(cue, s)));
    this.declines = findAll(lang.cues.declines, text).map((decline) => ({
      decline,
      names: this.names(text.slice(sentenceStart(text, decline.start), decline.start)),
    }));
    this.describedSources = new Set(
      [...this.sources].filter(([, f]) => f.anonymity === "anonymous" && !f.plural && !f.bare).map(([group]) => group),
    );
    this.leads = leadParagraphs(text, options);
    this.firstQuote = text.search(/[«“„"]/u);
  }

  check(claim: Claim): CheckResult[] {
    const facts = this.sources.get(claim.group)!;
    const results: CheckResult[] = [];
    const add = (id: CheckId, evidence?: Span, severity: Severity = checkDefinitions[id].severity) =>
      results.push(evidence ? { id, severity, evidence } : { id, severity });
    const sentence = { start: claim.start, end: claim.end };
    const anonymous = facts.anonymity === "anonymous";
    const place = this.placeOf(claim);
    const claimed = this.outside(claim, facts);

    if (anonymous) {
      if (facts.boilerplate && !facts.reasoned) add("C3", facts.boilerplate);
      else if (!facts.reasoned) {
        // Witnesses and victims are often anonymised for their protection: legitimate, so only noted.
        const severity = claim.source.category === "witness" ? "info" : undefined;
        add("C2", this.within(facts.markers, sentence) ?? claim.source, severity);
      }
      if (!facts.vantage) add("C4", claim.source, facts.bare ? "warning" : "info");
      if (!facts.plural && !this.find("corroboration", sentence)) add("C5", claim.source, place ? "warning" : "info");
      const othersDescribed = [...this.describedSources].filter((group) => group !== claim.group).length;
      if (facts.sources && facts.plural && !facts.counted && othersDescribed <= 1) add("C6", claim.source);
    }
    if (facts.anonymity !== "outlet") {
      const judgement = claimed("judgement");
      const speculation = claimed("speculation");
      if (judgement) add("C7", judgement, "warning");
      else if (speculation) add("C7", speculation, "info");
      if (place) add("C8", claim.source, place === "headline" ? "warning" : "info");
    }
    const allegation = claimed("allegations");
    if (allegation && !this.responded) add("C9", allegation);
    if (facts.anonymity === "vague") add("C10", claim.source);
    const relay = claim.relayedBy ? this.spanOf(claim.relayedBy, sentence) : facts.relay;
    if (claim.relayedBy || facts.relay) add("C11", relay ?? undefined);
    if (facts.anonymity === "outlet") add("C12", claim.source);
    const reservation = this.reservation(claim);
    if (reservation) add("C13", reservation);
    if (anonymous) {
      const names = this.names(facts.description.map((span) => span.text).join(" "));
      const conflict = this.declines.find((d) => [...d.names].some((name) => names.has(name)));
      if (conflict) add("C14", conflict.decline);
    }
    return results;
  }

  private sourceFacts(members: Claim[]): SourceFacts {
    const { cues } = this.lang;
    const intro = members.find((claim) => claim.kind === "explicit") ?? members[0]!;
    const sentences = unique(members.map((claim) => ({ start: claim.start, end: claim.end })));
    const description = unique(
      members.filter((claim) => claim.kind !== "continuation").map((claim) => this.describedBy(claim)),
    );
    const markers = sentences.flatMap((s) => findAll(cues.anonymityMarkers, this.text, s.start, s.end));
    const boilerplate = sentences.flatMap((s) => findAll(cues.boilerplateReasons, this.text, s.start, s.end));
    // "because they were not authorized to discuss…" is boilerplate, not a reason: a reason counts away from it.
    const genuine = (reason: Span) =>
      !boilerplate.some((b) => Math.max(b.start - reason.end, reason.start - b.end) <= BOILERPLATE_REACH);
    const reasoned = markers.some((marker) => {
      const end = Math.min(marker.end + REASON_REACH, sentences.find((s) => within(marker, s))!.end);
      const purpose = findAll(cues.purposes, this.text, marker.end, end)[0];
      const purposeFollows = purpose !== undefined && /^[\s,]*$/u.test(this.text.slice(marker.end, purpose.start));
      return (purposeFollows && genuine(purpose)) || findAll(cues.reasons, this.text, marker.end, end).some(genuine);
    });
    const words = this.sourceWords(intro.source.text);
    const opening = (list: RegExp) => findAll(list, intro.source.text).some((m) => m.start === 0);
    // What the detector read of the phrase, when it says; else told from the words (claims stored or made by hand).
    const plural =
      intro.source.plural ??
      (opening(cues.pluralOpenings) ||
        (!opening(cues.singularOpenings) && words.slice(0, HEAD_REACH).some((word) => this.looksPlural(word))));
    return {
      anonymity: intro.source.anonymity,
      description,
      markers,
      reasoned,
      boilerplate: boilerplate[0] ?? null,
      vantage: description.some((span) => findAll(cues.vantage, this.text, span.start, span.end).length > 0),
      bare: words.every((word) => this.lang.words.generic.has(word)),
      plural,
      counted: /\p{N}/u.test(intro.source.text) || findAll(cues.numbers, intro.source.text).length > 0,
      sources: words.some((word) => this.lang.words.sources.has(word)),
      relay: description.map((span) => this.relayNear(span)).find((relay) => relay !== null) ?? null,
    };
  }

  /** The source phrase, with the relative clause that follows it ("a person, who attended the meeting, said"). */
  private describedBy(claim: Claim): Span {
    const { source } = claim;
    const after = findAll(this.lang.cues.relatives, this.text, source.end, claim.end)[0];
    const between = after ? this.text.slice(source.end, after.start) : "";
    if (!after || !/^[\s,]*$/u.test(between)) return source;
    const clauseEnd = this.text.slice(after.end, claim.end).search(/[,;:.!?«»“”"]/u);
    const end = clauseEnd < 0 ? claim.end : after.end + clauseEnd;
    return { text: this.text.slice(source.start, end), start: source.start, end };
  }

  /** The words of a source phrase that could describe it: no articles, counts, or statement of anonymity. */
  private sourceWords(phrase: string): string[] {
    const unmarked = phrase.replace(this.lang.cues.anonymityMarkers, " ");
    return (unmarked.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !this.lang.words.empty.has(word));
  }

  private looksPlural(word: string): boolean {
    return this.lang.words.irregularPlurals.has(word) || (word.length > 3 && /(?:[^sui]s|x)$/u.test(word));
  }

  private relayNear(span: Span): Span | null {
    const from = Math.max(0, span.start - 40);
    return (
      findAll(this.lang.cues.relays, this.text, from, Math.min(this.text.length, span.end + 40)).find(
        (relay) => relay.end >= span.start - RELAY_REACH && relay.start <= span.end + RELAY_REACH,
      ) ?? null
    );
  }

  /** A cue of the list in the claim's sentence, outside the source's own description. */
  private outside(claim: Claim, facts: SourceFacts): (list: keyof Cues) => Span | undefined {
    const excluded = [claim.source, ...facts.description, ...facts.markers];
    return (list) =>
      findAll(this.lang.cues[list], this.text, claim.start, claim.end).find((cue) => !excluded.some((e) => overlaps(cue, e)));
  }

  private find(list: keyof Cues, range: { start: number; end: number }): Span | undefined {
    return findAll(this.lang.cues[list], this.text, range.start, range.end)[0];
  }

  private within(spans: Span[], range: { start: number; end: number }): Span | undefined {
    return spans.find((span) => within(span, range));
  }

  private spanOf(phrase: string, range: { start: number; end: number }): Span | null {
    const at = this.text.slice(range.start, range.end).indexOf(phrase);
    return at < 0 ? null : { text: phrase, start: range.start + at, end: range.start + at + phrase.length };
  }

  /** A hedge in the claim, or a stated limit of verification in it or in the rest of its paragraph. */
  private reservation(claim: Claim): Span | null {
    for (const hedge of claim.hedges) {
      const span = this.spanOf(hedge, claim);
      if (span) return span;
    }
    const paragraphEnd = this.text.indexOf("\n", claim.end);
    return this.find("caveats", { start: claim.start, end: paragraphEnd < 0 ? this.text.length : paragraphEnd }) ?? null;
  }

  private placeOf(claim: Claim): Place | null {
    const paragraph = this.leads.get(paragraphStart(this.text, claim.start));
    if (paragraph) return paragraph;
    return this.firstQuote >= claim.start && this.firstQuote < claim.end ? "first quote" : null;
  }

  /** Proper names in a passage ("FDIC", "Clinton"), to tell whether a refusal and a source are the same side. */
  private names(passage: string): Set<string> {
    const names = new Set<string>();
    for (const [word] of passage.matchAll(/\p{Lu}[\p{L}\p{M}\p{N}'’-]+/gu)) {
      const name = word.replace(/['’]s$/u, "").toLowerCase();
      if (name.length >= 3 && !this.lang.words.empty.has(name) && !this.lang.words.generic.has(name)) names.add(name);
    }
    return names;
  }
}

/** The paragraphs that are the headline or the lead, by where they start. */
function leadParagraphs(text: string, { blocks, title }: CheckOptions): Map<number, Place> {
  const leads = new Map<number, Place>();
  if (blocks && blocks.length > 0) {
    for (const block of blocks) if (block.role !== "body") leads.set(block.start, block.role === "title" ? "headline" : "lead");
    const firstBody = blocks.find((block) => block.role === "body");
    if (firstBody) leads.set(firstBody.start, "lead");
    return leads;
  }
  const paragraphs = [...text.matchAll(/[^\n]+/gu)].filter((p) => p[0].trim());
  const [first, second] = paragraphs;
  if (!first) return leads;
  const isTitle = title !== undefined && first[0].trim() === title.trim();
  leads.set(first.index, isTitle ? "headline" : "lead");
  if (isTitle && second) leads.set(second.index, "lead");
  return leads;
}

function paragraphStart(text: string, offset: number): number {
  const newline = text.lastIndexOf("\n", offset - 1);
  let start = newline + 1;
  while (start < offset && /\s/u.test(text[start]!)) start++;
  return start;
}

function sentenceStart(text: string, offset: number): number {
  const before = text.slice(0, offset);
  const end = Math.max(...[".", "!", "?", "\n"].map((mark) => before.lastIndexOf(mark)));
  return end + 1;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function within(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start >= b.start && a.end <= b.end;
}

function unique<T extends { start: number; end: number }>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}:${span.end}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function sourcingProfile(analysis: Analysis, checks: Record<string, CheckResult[]>): SourcingProfile {
  const { claims } = analysis;
  const sourced = claims.filter((claim) => claim.source.anonymity !== "outlet");
  const unnamedSentences = new Set(claims.map((claim) => claim.start)).size;
  const counts = new Map<CheckId, number>();
  for (const results of Object.values(checks)) {
    for (const id of new Set(results.filter((r) => r.severity !== "positive").map((r) => r.id))) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const order = Object.keys(checkDefinitions);
  return {
    unnamedSources: new Set(sourced.map((claim) => claim.group)).size,
    unnamedAttributions: new Set(claims.map((claim) => `${claim.start}:${claim.group}`)).size,
    namedAttributions: analysis.named.length,
    sentences: analysis.sentenceCount,
    unnamedSentences,
    unnamedShare: analysis.sentenceCount > 0 ? Math.min(1, unnamedSentences / analysis.sentenceCount) : 0,
    topChecks: [...counts]
      .map(([id, count]) => ({ id, claims: count }))
      .sort((a, b) => b.claims - a.claims || order.indexOf(a.id) - order.indexOf(b.id)),
  };
}
