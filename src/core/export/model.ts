// What every export format is made from, and the pieces they share: a claim's link, text and tags.
import { describeCheck, type CheckResult, type SourcingProfile } from "../checks";
import type { Claim } from "../model/claim";
import type { ReviewedClaim } from "../model/findings";
import { labelsFor, type ExportLabels } from "./labels";
import { passageLink } from "./fragment";
import type { CsvSeparator, RatingScale, Reviewer } from "./options";

export type { CsvSeparator, RatingScale, Reviewer } from "./options";

export interface ExportInput {
  article: {
    title: string;
    url: string;
    lang: string;
    siteName?: string | null;
    byline?: string | null;
    /** When the page says it was published (ISO 8601). */
    published?: string | null;
  };
  /** The analysed text the claims' offsets point into. */
  text: string;
  /** The claims with their checks and, where the reader made one, their review. */
  claims: ReviewedClaim[];
  profile?: SourcingProfile;
  /** The language of the report's own words and of the checks' explanations; the article's by default. */
  locale?: string;
  /** When the export is made (ISO 8601); now by default. */
  exportedAt?: string;
  reviewer?: Reviewer;
  ratingScale?: RatingScale;
  /** "," by default; ";" for spreadsheets whose locale writes decimals with a comma. */
  csvSeparator?: CsvSeparator;
}

/** "Jeanne Martin (Les Décodeurs)", "Les Décodeurs", or null when the reader has not said who they are. */
export function reviewerName(reviewer: Reviewer | undefined): string | null {
  const name = reviewer?.name ?? "";
  const organisation = reviewer?.organisation ?? "";
  if (name && organisation) return `${name} (${organisation})`;
  return name || organisation || null;
}

/** One claim with everything the formats say about it: its checks, its review, and the link to its passage. */
export interface ExportedClaim extends ReviewedClaim {
  link: string;
}

export interface ExportContext {
  input: ExportInput;
  labels: ExportLabels;
  locale: string;
  exportedAt: string;
  claims: ExportedClaim[];
}

export function exportContext(input: ExportInput): ExportContext {
  const locale = input.locale ?? input.article.lang;
  // The reviewer as typed in the options: spaces around a name are not part of it.
  const reviewer = input.reviewer && { name: input.reviewer.name.trim(), organisation: input.reviewer.organisation.trim() };
  return {
    input: { ...input, reviewer },
    labels: labelsFor(locale),
    locale,
    exportedAt: input.exportedAt ?? new Date().toISOString(),
    claims: input.claims.map((claim) => ({ ...claim, link: passageLink(input.article.url, input.text, claim.start, claim.end) })),
  };
}

/** "C2 No reason given for anonymity (AP, The New York Times, SPJ Code of Ethics)" */
export function checkLine(result: CheckResult, locale: string): string {
  const check = describeCheck(result.id, locale);
  return `${check.id} ${check.title} (${check.standards.join(", ")})`;
}

/** The plain-text body of an annotation on the claim: its source, its checks, its review. */
export function commentText(claim: ExportedClaim, { labels, locale }: ExportContext): string {
  const { checks, review } = claim;
  const lines = [labels.labelled(labels.unnamedSource, sourceLine(claim, labels))];
  const checkList = checks.length > 0 ? checks.map((c) => checkLine(c, locale)).join("; ") : labels.noChecks;
  lines.push(labels.labelled(labels.checks, checkList));
  if (review) lines.push(labels.labelled(labels.review, `${labels.status[review.status]}${review.note ? ` — ${review.note}` : ""}`));
  return lines.join("\n");
}

/**
 * "une source diplomatique (diplomatique, anonyme)": the source phrase, as the format writes page text, with its
 * category and anonymity named.
 */
export function sourceLine({ source }: Claim, labels: ExportLabels, asText = (text: string) => text): string {
  return `${asText(source.text)} (${labels.category[source.category]}, ${labels.anonymity[source.anonymity]})`;
}

/** Tags that let annotation tools filter the claims: category, anonymity, checks, review status. */
export function tags({ source, checks, review }: ExportedClaim): string[] {
  const list = ["anonymark", `source:${source.category}`, `anonymity:${source.anonymity}`];
  list.push(...new Set(checks.map((check) => check.id)));
  if (review) list.push(`review:${review.status}`);
  return list;
}
