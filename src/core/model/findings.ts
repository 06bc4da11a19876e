// What an analysis finds on a page, as it grows on its way to the reader: claims as the detector finds them (Claim),
// with the sourcing checks that apply (CheckedClaim), with the reader's review (ReviewedClaim, what exports take),
// then placed on the live page (PlacedClaim).
import type { CheckResult, SourcingProfile } from "../checks/types";
import type { Article, Claim } from "./claim";
import type { Review } from "./review";

/** A claim with the sourcing checks that apply to it. */
export interface CheckedClaim extends Claim {
  checks: CheckResult[];
}

/** A checked claim with the reader's review of it, found again by its quote, if they made one. */
export interface ReviewedClaim extends CheckedClaim {
  review?: Review;
}

export interface PlacedClaim extends ReviewedClaim {
  /** False when the claim could not be found again in the live page, so it has no highlight. */
  placed: boolean;
}

/** What the reader is shown about the article; the article text itself stays in the page. */
export interface ArticleSummary {
  title: string;
  lang: string;
  url: string;
  droppedLead: boolean;
  /** What exports say of the article: its outlet, author and date, when the page gives them. */
  siteName: string | null;
  byline: string | null;
  published: string | null;
}

/** What the reader is shown about an article, in the language it was analysed as. */
export function summaryOf(article: Article, lang = article.lang): ArticleSummary {
  const { title, url, droppedLead, siteName, byline, published } = article;
  return { title, lang, url, droppedLead, siteName, byline, published };
}

export interface ClaimCounts {
  claims: number;
  /** Distinct sources (claim groups). */
  sources: number;
  unplaced: number;
}

/**
 * Why a page holds no article to read: it is not one (a home page, a listing), a login or subscription wall hides it,
 * or its text is too short to be one.
 */
export const noArticleReasons = ["not-article", "login-wall", "too-short"] as const;
export type NoArticleReason = (typeof noArticleReasons)[number];

/** Text the reader selected on a page, to be analysed as the page's article when the page has none to offer. */
export interface SelectedText {
  text: string;
  url: string;
  title: string;
  /** The page's declared language, "" when it declares none. */
  lang: string;
}

/** What the analyser finds in a page's HTML (or a selection of its text), before its claims are placed on the page. */
export type Findings =
  | { status: "found"; article: Article; claims: CheckedClaim[]; profile: SourcingProfile }
  | { status: "no-article"; reason: NoArticleReason }
  | { status: "unsupported-language"; article: ArticleSummary; supportedLanguages: string[] };
