// The reader's reviews of the claims shown in the popup: the page stores them (see src/content/reviews.ts); the popup
// keeps the current ones so that the controls, the profile and the exports agree while it is open.
import { createContext, type ComponentChildren } from "preact";
import { useContext, useRef, useState } from "preact/hooks";
import type { Ack } from "../browser/messages";
import type { PlacedClaim } from "../core/model/findings";
import type { Review, Reviews } from "../core/model/review";
import { reviewClaim } from "../browser/tab";

/** The claim's new review from its current one (null removes it). */
export type ReviewUpdate = (current: Review | undefined) => Review | null;

interface ReviewsState {
  reviews: Reviews;
  /** Changes a claim's review; the answer says whether the page stored it. */
  updateReview(claimId: string, update: ReviewUpdate): Promise<Ack>;
}

const ReviewsContext = createContext<ReviewsState>({
  reviews: {},
  updateReview: async () => ({ status: "error", message: "no page" }),
});

export function useReviews(): ReviewsState {
  return useContext(ReviewsContext);
}

export function ReviewsProvider({ tabId, claims, children }: { tabId: number; claims: PlacedClaim[]; children: ComponentChildren }) {
  const [reviews, setReviews] = useState<Reviews>(() =>
    Object.fromEntries(claims.flatMap((claim) => (claim.review ? [[claim.id, claim.review]] : []))),
  );
  // Two changes in a row (a status, then a note) must each see the other, before Preact has rendered either.
  const latest = useRef(reviews);
  const updateReview = async (claimId: string, update: ReviewUpdate): Promise<Ack> => {
    const previous = latest.current[claimId];
    const review = update(previous);
    if (review === (previous ?? null)) return { status: "ok" };
    const apply = (value: Review | undefined) => {
      const { [claimId]: _replaced, ...others } = latest.current;
      latest.current = value ? { ...others, [claimId]: value } : others;
      setReviews(latest.current);
    };
    apply(review ?? undefined);
    const answer = await reviewClaim(tabId, claimId, review).catch(
      (error: unknown): Ack => ({ status: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    if (answer.status === "error") apply(previous);
    return answer;
  };
  return <ReviewsContext.Provider value={{ reviews, updateReview }}>{children}</ReviewsContext.Provider>;
}
