// The user's settings, kept in storage.local (never synced: nothing leaves the device).
import { browser } from "../platform";
import type { CheckId } from "../../core/checks/types";
import type { SourceCategory } from "../../core/model/claim";
import { csvSeparators, ratingScales, type CsvSeparator, type RatingScale } from "../../core/export/options";

/** The Okabe–Ito palette: colours told apart with the common colour-vision deficiencies. */
export const highlightColors = {
  yellow: "#f0e442",
  orange: "#e69f00",
  skyBlue: "#56b4e9",
  bluishGreen: "#009e73",
  blue: "#0072b2",
  vermillion: "#d55e00",
  reddishPurple: "#cc79a7",
} as const;

export type HighlightColor = keyof typeof highlightColors;

export interface Settings {
  /** Flag vague collective attributions ("some experts say", "selon plusieurs médias"). */
  showVague: boolean;
  /** Source categories whose claims the popup leaves out. */
  hiddenCategories: SourceCategory[];
  /** Checks the popup does not show. */
  hiddenChecks: CheckId[];
  /** The highlight of a claim's sentence, and of its source phrase within it. */
  claimColor: HighlightColor;
  sourceColor: HighlightColor;
  /** Who reviews, credited in the exports; empty until the reader says. */
  reviewerName: string;
  reviewerOrganisation: string;
  /** How ClaimReview rates a verdict. */
  ratingScale: RatingScale;
  csvSeparator: CsvSeparator;
}

export const defaultSettings: Settings = {
  showVague: true,
  hiddenCategories: [],
  hiddenChecks: [],
  claimColor: "yellow",
  sourceColor: "orange",
  reviewerName: "",
  reviewerOrganisation: "",
  ratingScale: "five",
  csvSeparator: ",",
};

const isColor = (value: unknown): value is HighlightColor => typeof value === "string" && Object.hasOwn(highlightColors, value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const oneOf = <T extends string>(values: readonly T[]) => (value: unknown): value is T => values.includes(value as T);
const text = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(Object.keys(defaultSettings));
  // Storage outlives versions of the extension: what does not read as a setting falls back to its default.
  return {
    showVague: typeof stored.showVague === "boolean" ? stored.showVague : defaultSettings.showVague,
    hiddenCategories: isStringList(stored.hiddenCategories)
      ? (stored.hiddenCategories as SourceCategory[])
      : defaultSettings.hiddenCategories,
    hiddenChecks: isStringList(stored.hiddenChecks) ? (stored.hiddenChecks as CheckId[]) : defaultSettings.hiddenChecks,
    claimColor: isColor(stored.claimColor) ? stored.claimColor : defaultSettings.claimColor,
    sourceColor: isColor(stored.sourceColor) ? stored.sourceColor : defaultSettings.sourceColor,
    reviewerName: text(stored.reviewerName, defaultSettings.reviewerName),
    reviewerOrganisation: text(stored.reviewerOrganisation, defaultSettings.reviewerOrganisation),
    ratingScale: oneOf(ratingScales)(stored.ratingScale) ? stored.ratingScale : defaultSettings.ratingScale,
    csvSeparator: oneOf(csvSeparators)(stored.csvSeparator) ? stored.csvSeparator : defaultSettings.csvSeparator,
  };
}

export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(changes);
}

/** The claims outside the source categories the reader hid: only these are listed, counted and highlighted. */
export function inShownCategories<C extends { source: { category: SourceCategory } }>(claims: C[], hiddenCategories: readonly string[]): C[] {
  if (hiddenCategories.length === 0) return claims;
  const hidden = new Set(hiddenCategories);
  return claims.filter((claim) => !hidden.has(claim.source.category));
}

/** Calls `listener` with the hidden categories each time the reader changes them in the options page. */
export function watchHiddenCategories(listener: (hiddenCategories: SourceCategory[]) => void): void {
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === "local" && "hiddenCategories" in changes) {
      void loadSettings().then((settings) => listener(settings.hiddenCategories));
    }
  });
}
