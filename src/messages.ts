// The protocol between the popup, the content script and the background, and the checks every message passes on
// receipt. Messages cross contexts as plain JSON: nothing received is trusted until its shape has been checked, and
// only messages from this extension are accepted.
import type { Anonymity, Claim, ClaimKind, Source, SourceCategory, Span } from "./types";

// --- Protocol ---------------------------------------------------------------------------------------------------------

/** Popup → content script. */
export type ContentRequest =
  | { type: "analyze"; includeVague: boolean }
  | { type: "reveal"; claimId: string }
  | { type: "setHighlights"; visible: boolean };

/** Content script → background: the number of claims flagged in the sender's tab, for the toolbar badge. */
export type BackgroundRequest = { type: "claimCount"; count: number };

/** What the popup shows about the article; the article text itself stays in the page. */
export interface ArticleSummary {
  title: string;
  lang: string;
  url: string;
  droppedLead: boolean;
}

export interface PlacedClaim extends Claim {
  /** False when the claim could not be found again in the live page, so it has no highlight. */
  placed: boolean;
}

export interface ClaimCounts {
  claims: number;
  /** Distinct sources (claim groups). */
  sources: number;
  unplaced: number;
}

export type AnalyzeResult =
  | { status: "ok"; article: ArticleSummary; claims: PlacedClaim[]; counts: ClaimCounts; highlightsVisible: boolean }
  | { status: "no-article" }
  | { status: "unsupported-language"; article: ArticleSummary; supportedLanguages: string[] }
  | { status: "error"; message: string };

/** The answer to reveal and setHighlights. */
export type Ack = { status: "ok" } | { status: "error"; message: string };

export type ContentResponse<R extends ContentRequest> = R extends { type: "analyze" } ? AnalyzeResult : Ack;

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
  category: member(sourceCategories), anonymity: member(anonymities),
});

const isPlacedClaim = shape<PlacedClaim>({
  id: isString, text: isString, start: isCount, end: isCount,
  source: isSource, cue: nullable(isSpan), kind: member(claimKinds), group: isString,
  hedges: arrayOf(isString), relayedBy: optional(isString), placed: isBoolean,
});

const isArticleSummary = shape<ArticleSummary>({ title: isString, lang: isString, url: isString, droppedLead: isBoolean });

const isError = shape<{ status: "error"; message: string }>({ status: literal("error"), message: isString });

const isContentRequest: Guard<ContentRequest> = anyOf(
  shape<{ type: "analyze"; includeVague: boolean }>({ type: literal("analyze"), includeVague: isBoolean }),
  shape<{ type: "reveal"; claimId: string }>({ type: literal("reveal"), claimId: isString }),
  shape<{ type: "setHighlights"; visible: boolean }>({ type: literal("setHighlights"), visible: isBoolean }),
);

const isBackgroundRequest = shape<BackgroundRequest>({ type: literal("claimCount"), count: isCount });

const isAnalyzeResult: Guard<AnalyzeResult> = anyOf(
  shape<Extract<AnalyzeResult, { status: "ok" }>>({
    status: literal("ok"), article: isArticleSummary, claims: arrayOf(isPlacedClaim),
    counts: shape<ClaimCounts>({ claims: isCount, sources: isCount, unplaced: isCount }),
    highlightsVisible: isBoolean,
  }),
  shape<{ status: "no-article" }>({ status: literal("no-article") }),
  shape<Extract<AnalyzeResult, { status: "unsupported-language" }>>({
    status: literal("unsupported-language"), article: isArticleSummary, supportedLanguages: arrayOf(isString),
  }),
  isError,
);

const isAck: Guard<Ack> = anyOf(shape<{ status: "ok" }>({ status: literal("ok") }), isError);

/** The message if it has the shape of one, else null. */
function parser<T>(guard: Guard<T>): (value: unknown) => T | null {
  return (value) => (guard(value) ? value : null);
}

export const parseContentRequest = parser(isContentRequest);
export const parseBackgroundRequest = parser(isBackgroundRequest);
export const parseAnalyzeResult = parser(isAnalyzeResult);
export const parseAck = parser(isAck);
