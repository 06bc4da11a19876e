// A reader's review of one flagged claim: shared by the popup, the in-page card, storage and the exports.

export const reviewStatuses = ["to-check", "verified", "disputed", "false-flag"] as const;

export type ReviewStatus = (typeof reviewStatuses)[number];

export interface Review {
  status: ReviewStatus;
  /** Free text: what the reader found, where, whom they asked. */
  note: string;
  /** When the review was last changed (ISO 8601). */
  updated: string;
}

/** Reviews by claim id. */
export type Reviews = Record<string, Review>;
