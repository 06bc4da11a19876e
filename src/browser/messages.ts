// The protocol between the popup, the content script and the background, and the checks every message passes on
// receipt. Messages cross contexts as plain JSON: nothing received is trusted until its shape has been checked, and
// only messages from this extension are accepted.
import type { CheckId, CheckResult, Severity, SourcingProfile } from "../core/checks/types";
import type { QuoteContext } from "../core/export/fragment";
import type { Review, ReviewStatus } from "../core/model/review";
import type { StoredReview } from "../core/reviews/match";
import type { Anonymity, Article, Block, Claim, ClaimKind, Source, SourceCategory, Span } from "../core/model/claim";

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
  | { type: "text"; chunk: string }
  | { type: "claims"; claims: CheckedClaim[] }
  | { type: "place"; article: ArticleOutline; includeVague: boolean; profile: SourcingProfile };

/** Content script → popup, over the analysis port. */
export type PortEvent =
  | { type: "snapshot"; html: string; done: boolean; url: string; articleInFrame: boolean }
  | { type: "progress"; placed: number; total: number }
  | { type: "result"; result: AnalyzeResult };

/** Content script → background: the number of claims flagged in the sender's tab, for the toolbar badge. */
export type BackgroundRequest = { type: "claimCount"; count: number };

/** What the popup shows about the article; the article text itself stays in the page. */
export interface ArticleSummary {
  title: string;
  lang: string;
  url: string;
  droppedLead: boolean;
}

/** A claim with the sourcing checks that apply to it. */
export interface CheckedClaim extends Claim {
  checks: CheckResult[];
}

export interface PlacedClaim extends CheckedClaim {
  /** False when the claim could not be found again in the live page, so it has no highlight. */
  placed: boolean;
  /** The reader's review of the claim, found again by its quote. */
  review?: Review;
}

export interface ClaimCounts {
  claims: number;
  /** Distinct sources (claim groups). */
  sources: number;
  unplaced: number;
}

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
  /** articleInFrame: the top document has none, but a frame that covers most of the page may hold it. */
  | { status: "no-article"; articleInFrame?: boolean }
  | { status: "unsupported-language"; article: ArticleSummary; supportedLanguages: string[] }
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

/** A guard over every member of a string union; the record makes the compiler list them all. */
function member<T extends string>(members: Record<T, true>): Guard<T> {
  return (value): value is T => isString(value) && Object.hasOwn(members, value);
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

export const sourceCategories: Record<SourceCategory, true> = {
  official: true, diplomatic: true, security: true, military: true, intelligence: true, judicial: true,
  political: true, business: true, close: true, media: true, expert: true, witness: true, other: true,
};
const anonymities: Record<Anonymity, true> = { anonymous: true, vague: true, outlet: true };
const claimKinds: Record<ClaimKind, true> = { explicit: true, anaphoric: true, continuation: true };

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

const checkIds: Record<CheckId, true> = {
  C1: true, C2: true, C3: true, C4: true, C5: true, C6: true, C7: true, C8: true, C9: true, C10: true, C11: true,
  C12: true, C13: true, C14: true, C15: true,
};
const severities: Record<Severity, true> = { info: true, warning: true, positive: true };
const reviewStatuses: Record<ReviewStatus, true> = { "to-check": true, verified: true, disputed: true, "false-flag": true };

const isCheckResult = shape<CheckResult>({ id: member(checkIds), severity: member(severities), evidence: optional(isSpan) });

const isProfile = shape<SourcingProfile>({
  unnamedSources: isCount, unnamedAttributions: isCount, namedAttributions: isCount, sentences: isCount,
  unnamedSentences: isCount, unnamedShare: (value): value is number => typeof value === "number" && value >= 0 && value <= 1,
  topChecks: arrayOf(shape<{ id: CheckId; claims: number }>({ id: member(checkIds), claims: isCount })),
});

const isReview = shape<Review>({ status: member(reviewStatuses), note: isString, updated: isString });

const isStoredReview: Guard<StoredReview> = (value): value is StoredReview =>
  isReview(value) &&
  shape<QuoteContext>({ exact: isString, prefix: isString, suffix: isString })((value as { quote?: unknown }).quote);

/** Extra fields are checked one guard at a time: shape() takes only a type's own fields. */
const isCheckedClaim: Guard<CheckedClaim> = (value): value is CheckedClaim =>
  isClaim(value) && arrayOf(isCheckResult)((value as { checks?: unknown }).checks);

const isPlacedClaim: Guard<PlacedClaim> = (value): value is PlacedClaim =>
  isCheckedClaim(value) &&
  isBoolean((value as { placed?: unknown }).placed) &&
  optional(isReview)((value as { review?: unknown }).review);

const blockRoles: Record<Block["role"], true> = { title: true, standfirst: true, body: true };

const isArticleOutline = shape<ArticleOutline>({
  title: isString, byline: nullable(isString), lang: isString, standfirst: nullable(isString),
  blocks: arrayOf(shape<Block>({ start: isCount, end: isCount, role: member(blockRoles) })),
  url: isString, siteName: nullable(isString), droppedLead: isBoolean,
});

const isArticleSummary = shape<ArticleSummary>({ title: isString, lang: isString, url: isString, droppedLead: isBoolean });

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
  shape<{ status: "no-article"; articleInFrame?: boolean }>({
    status: literal("no-article"), articleInFrame: optional(isBoolean),
  }),
  shape<Extract<AnalyzeResult, { status: "unsupported-language" }>>({
    status: literal("unsupported-language"), article: isArticleSummary, supportedLanguages: arrayOf(isString),
  }),
  isError,
);

const isPortRequest: Guard<PortRequest> = anyOf(
  shape<Extract<PortRequest, { type: "analyze" }>>({ type: literal("analyze"), includeVague: isBoolean }),
  shape<Extract<PortRequest, { type: "text" }>>({ type: literal("text"), chunk: isString }),
  shape<Extract<PortRequest, { type: "claims" }>>({ type: literal("claims"), claims: arrayOf(isCheckedClaim) }),
  shape<Extract<PortRequest, { type: "place" }>>({
    type: literal("place"), article: isArticleOutline, includeVague: isBoolean, profile: isProfile,
  }),
);

const isPortEvent: Guard<PortEvent> = anyOf(
  shape<Extract<PortEvent, { type: "snapshot" }>>({
    type: literal("snapshot"), html: isString, done: isBoolean, url: isString, articleInFrame: isBoolean,
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
