// The protocol between the popup, the content script and the background, and the checks every message passes on
// receipt. Messages cross contexts as plain JSON: nothing received is trusted until its shape has been checked, and
// only messages from this extension are accepted.
import { checkIds, severities, type CheckId, type CheckResult, type SourcingProfile } from "../core/checks/types";
import { anonymities, blockRoles, claimKinds, sourceCategories, type Article, type Block, type Claim, type Source, type Span } from "../core/model/claim";
import {
  noArticleReasons, type ArticleSummary, type CheckedClaim, type ClaimCounts, type Findings, type NoArticleReason,
  type PlacedClaim, type SelectedText,
} from "../core/model/findings";
import type { TextQuote } from "../core/model/quote";
import { reviewStatuses, type Review } from "../core/model/review";
import type { StoredReview } from "../core/reviews/match";

// --- Protocol ---------------------------------------------------------------------------------------------------------

/** Popup → content script, one request and its answer. */
export type ContentRequest =
  | { type: "reveal"; claimId: string }
  | { type: "setHighlights"; visible: boolean }
  /** Sets (or, with null, removes) the reader's review of a claim; the page stores it. */
  | { type: "review"; claimId: string; review: Review | null }
  /** The analysed article's text, which exports need for passage links. */
  | { type: "articleText" };

/**
 * An analysis runs over a port from the popup to the content script, so that the page's thread does its share in
 * slices and the popup hears progress; closing the port (the popup closes, or the reader cancels) stops it.
 *
 *   popup ── analyze ──▶ page          page ── result ──▶ popup       (the page already has the result)
 *                                      page ── snapshot × n ──▶ popup  (the page's HTML, in slices)
 *   popup ── text × n, claims × n, place ──▶ page                     (the article and its claims, in slices)
 *                                      page ── progress × n, result ──▶ popup
 */
export const ANALYSIS_PORT = "anonymark-analysis";

/** The article without its text, which travels in slices. */
export type ArticleOutline = Omit<Article, "text">;

/** Popup → content script, over the analysis port. */
export type PortRequest =
  | { type: "analyze"; includeVague: boolean }
  /** The text the reader selected, analysed as the page's article (for pages Readability finds none in). */
  | { type: "analyzeSelection"; includeVague: boolean }
  | { type: "text"; chunk: string }
  | { type: "claims"; claims: CheckedClaim[] }
  | { type: "place"; article: ArticleOutline; includeVague: boolean; profile: SourcingProfile };

/** Content script → popup, over the analysis port. */
export type PortEvent =
  /** selected: the reader has selected text on the page, which may be analysed if the page holds no article. */
  | { type: "snapshot"; html: string; done: boolean; url: string; articleInFrame: boolean; selected: boolean }
  | ({ type: "selection" } & SelectedText)
  | { type: "progress"; placed: number; total: number }
  | { type: "result"; result: AnalyzeResult };

/** Content script → background: the number of claims flagged in the sender's tab, for the toolbar badge. */
export type BackgroundRequest = { type: "claimCount"; count: number };

export type AnalyzeResult =
  | {
      status: "ok";
      article: ArticleSummary;
      claims: PlacedClaim[];
      counts: ClaimCounts;
      highlightsVisible: boolean;
      profile: SourcingProfile;
      /** Reviews stored for this article whose passage is no longer found in it. */
      goneReviews: StoredReview[];
    }
  /**
   * articleInFrame: the top document has none, but a frame that covers most of the page may hold it; selected: the
   * reader has selected text there, which can be analysed instead.
   */
  | { status: "no-article"; reason: NoArticleReason; articleInFrame?: boolean; selected?: boolean }
  | Extract<Findings, { status: "unsupported-language" }>
  | { status: "error"; message: string };

/** The answer to reveal, setHighlights and review. */
export type Ack = { status: "ok" } | { status: "error"; message: string };

/** The answer to articleText. */
export type ArticleText = { status: "ok"; text: string } | { status: "error"; message: string };


// --- Sender ---------------------------------------------------------------------------------------------------------

/**
 * Runtime messages reach a content script or the background only from this extension's own contexts or from other
 * extensions (never from page scripts); the sender's id tells the two apart.
 */
export function isFromExtension(sender: { id?: string }, extensionId: string): boolean {
  return sender.id === extensionId;
}

// --- Shape checks -----------------------------------------------------------------------------------------------------

type Guard<T> = (value: unknown) => value is T;
type Fields<T> = { [K in keyof T]-?: Guard<T[K]> };

const isString: Guard<string> = (value): value is string => typeof value === "string";
const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === "boolean";
const isCount: Guard<number> = (value): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shape<T>(fields: Fields<T>): Guard<T> {
  const entries = Object.entries(fields) as [string, Guard<unknown>][];
  return (value): value is T => isRecord(value) && entries.every(([key, guard]) => guard(value[key]));
}

function literal<const T extends string>(...values: T[]): Guard<T> {
  return (value): value is T => values.includes(value as T);
}

/** A guard over the members of one of the model's value lists. */
function member<T extends string>(members: readonly T[]): Guard<T> {
  return (value): value is T => isString(value) && members.includes(value as T);
}

function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (value): value is T | undefined => value === undefined || guard(value);
}

function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value): value is T | null => value === null || guard(value);
}

function arrayOf<T>(guard: Guard<T>): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every(guard);
}

function anyOf<T extends unknown[]>(...guards: { [I in keyof T]: Guard<T[I]> }): Guard<T[number]> {
  return (value): value is T[number] => guards.some((guard) => guard(value));
}

const isSpan = shape<Span>({ text: isString, start: isCount, end: isCount });

const isSource = shape<Source>({
  text: isString, start: isCount, end: isCount,
  category: member(sourceCategories), anonymity: member(anonymities), plural: optional(isBoolean),
});

const isClaim = shape<Claim>({
  id: isString, text: isString, start: isCount, end: isCount,
  source: isSource, cue: nullable(isSpan), kind: member(claimKinds), group: isString,
  hedges: arrayOf(isString), rule: isString, relayedBy: optional(isString),
});

const isCheckResult = shape<CheckResult>({ id: member(checkIds), severity: member(severities), evidence: optional(isSpan) });

const isProfile = shape<SourcingProfile>({
  unnamedSources: isCount, unnamedAttributions: isCount, namedAttributions: isCount, sentences: isCount,
  unnamedSentences: isCount, unnamedShare: (value): value is number => typeof value === "number" && value >= 0 && value <= 1,
  topChecks: arrayOf(shape<{ id: CheckId; claims: number }>({ id: member(checkIds), claims: isCount })),
});

const isReview = shape<Review>({ status: member(reviewStatuses), note: isString, updated: isString });

const isStoredReview: Guard<StoredReview> = (value): value is StoredReview =>
  isReview(value) &&
  shape<TextQuote>({ exact: isString, prefix: isString, suffix: isString })((value as { quote?: unknown }).quote);

/** Extra fields are checked one guard at a time: shape() takes only a type's own fields. */
const isCheckedClaim: Guard<CheckedClaim> = (value): value is CheckedClaim =>
  isClaim(value) && arrayOf(isCheckResult)((value as { checks?: unknown }).checks);

const isPlacedClaim: Guard<PlacedClaim> = (value): value is PlacedClaim =>
  isCheckedClaim(value) &&
  isBoolean((value as { placed?: unknown }).placed) &&
  optional(isReview)((value as { review?: unknown }).review);

const isArticleOutline = shape<ArticleOutline>({
  title: isString, byline: nullable(isString), lang: isString, standfirst: nullable(isString),
  blocks: arrayOf(shape<Block>({ start: isCount, end: isCount, role: member(blockRoles) })),
  url: isString, siteName: nullable(isString), published: nullable(isString), droppedLead: isBoolean,
});

const isArticleSummary = shape<ArticleSummary>({
  title: isString, lang: isString, url: isString, droppedLead: isBoolean,
  siteName: nullable(isString), byline: nullable(isString), published: nullable(isString),
});

const isError = shape<{ status: "error"; message: string }>({ status: literal("error"), message: isString });

const isContentRequest: Guard<ContentRequest> = anyOf(
  shape<{ type: "reveal"; claimId: string }>({ type: literal("reveal"), claimId: isString }),
  shape<{ type: "setHighlights"; visible: boolean }>({ type: literal("setHighlights"), visible: isBoolean }),
  shape<Extract<ContentRequest, { type: "review" }>>({
    type: literal("review"), claimId: isString, review: nullable(isReview),
  }),
  shape<{ type: "articleText" }>({ type: literal("articleText") }),
);

const isBackgroundRequest = shape<BackgroundRequest>({ type: literal("claimCount"), count: isCount });

const isAnalyzeResult: Guard<AnalyzeResult> = anyOf(
  shape<Extract<AnalyzeResult, { status: "ok" }>>({
    status: literal("ok"), article: isArticleSummary, claims: arrayOf(isPlacedClaim),
    counts: shape<ClaimCounts>({ claims: isCount, sources: isCount, unplaced: isCount }),
    highlightsVisible: isBoolean, profile: isProfile, goneReviews: arrayOf(isStoredReview),
  }),
  shape<Extract<AnalyzeResult, { status: "no-article" }>>({
    status: literal("no-article"), reason: member(noArticleReasons), articleInFrame: optional(isBoolean),
    selected: optional(isBoolean),
  }),
  shape<Extract<AnalyzeResult, { status: "unsupported-language" }>>({
    status: literal("unsupported-language"), article: isArticleSummary, supportedLanguages: arrayOf(isString),
  }),
  isError,
);

const isPortRequest: Guard<PortRequest> = anyOf(
  shape<Extract<PortRequest, { type: "analyze" }>>({ type: literal("analyze"), includeVague: isBoolean }),
  shape<Extract<PortRequest, { type: "analyzeSelection" }>>({ type: literal("analyzeSelection"), includeVague: isBoolean }),
  shape<Extract<PortRequest, { type: "text" }>>({ type: literal("text"), chunk: isString }),
  shape<Extract<PortRequest, { type: "claims" }>>({ type: literal("claims"), claims: arrayOf(isCheckedClaim) }),
  shape<Extract<PortRequest, { type: "place" }>>({
    type: literal("place"), article: isArticleOutline, includeVague: isBoolean, profile: isProfile,
  }),
);

const isPortEvent: Guard<PortEvent> = anyOf(
  shape<Extract<PortEvent, { type: "snapshot" }>>({
    type: literal("snapshot"), html: isString, done: isBoolean, url: isString, articleInFrame: isBoolean, selected: isBoolean,
  }),
  shape<Extract<PortEvent, { type: "selection" }>>({
    type: literal("selection"), text: isString, url: isString, title: isString, lang: isString,
  }),
  shape<Extract<PortEvent, { type: "progress" }>>({ type: literal("progress"), placed: isCount, total: isCount }),
  shape<Extract<PortEvent, { type: "result" }>>({ type: literal("result"), result: isAnalyzeResult }),
);

const isAck: Guard<Ack> = anyOf(shape<{ status: "ok" }>({ status: literal("ok") }), isError);

const isArticleText: Guard<ArticleText> = anyOf(
  shape<{ status: "ok"; text: string }>({ status: literal("ok"), text: isString }),
  isError,
);

/** The message if it has the shape of one, else null. */
function parser<T>(guard: Guard<T>): (value: unknown) => T | null {
  return (value) => (guard(value) ? value : null);
}

export const parseContentRequest = parser(isContentRequest);
export const parseBackgroundRequest = parser(isBackgroundRequest);
export const parseAnalyzeResult = parser(isAnalyzeResult);
export const parseAck = parser(isAck);
export const parseArticleText = parser(isArticleText);
export const parsePortRequest = parser(isPortRequest);
export const parsePortEvent = parser(isPortEvent);
