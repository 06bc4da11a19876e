// The reader's choices for exports, kept in the settings: who reviewed, how ClaimReview rates a verdict, the CSV
// separator. A module of its own, with nothing to import, so that the settings do not carry the exporters.

/** Who reviewed the claims: credited as the author of annotations, claim reviews and the report. */
export interface Reviewer {
  name: string;
  organisation: string;
}

/**
 * How ClaimReview rates a verdict: by its name only, or on a numeric scale as well ("verified" 5 of 5, "disputed" 2
 * of 5; on three points 3 and 2). The verdict's name (alternateName) is always given.
 */
export const ratingScales = ["verdict", "five", "three"] as const;
export type RatingScale = (typeof ratingScales)[number];

export const csvSeparators = [",", ";"] as const;
export type CsvSeparator = (typeof csvSeparators)[number];
