// A claim's review in the popup: its status (to check, verified, disputed, false flag) and a free-text note; and the
// stored reviews whose passage the article no longer has, shown rather than dropped.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { t } from "../browser/platform";
import { reviewStatuses, type ReviewStatus } from "../core/model/review";
import type { StoredReview } from "../core/reviews/match";
import { useReviews, type ReviewUpdate } from "./ReviewsContext";

export const REVIEW_STATUS_MESSAGES: Record<ReviewStatus, string> = {
  "to-check": "reviewToCheck",
  verified: "reviewVerified",
  disputed: "reviewDisputed",
  "false-flag": "reviewFalseFlag",
};

/** A note is saved this long after the reader stops typing, and at once when the box loses focus or the popup closes. */
const NOTE_SAVE_MS = 400;

export function ReviewControls({ claimId }: { claimId: string }) {
  const { reviews, updateReview } = useReviews();
  const review = reviews[claimId];
  const [note, setNote] = useState(review?.note ?? "");
  const [failure, setFailure] = useState<string | null>(null);
  /** A note the page could not store: it stays in the box, for the reader to save again, not the stored one. */
  const unsaved = useRef<string | null>(null);
  useEffect(() => {
    if (unsaved.current === null) setNote(review?.note ?? "");
  }, [review?.note]);

  const save = async (update: ReviewUpdate, typed?: string) => {
    const answer = await updateReview(claimId, update);
    setFailure(answer.status === "error" ? answer.message : null);
    unsaved.current = answer.status === "error" && typed !== undefined ? typed : null;
    if (unsaved.current !== null) setNote(unsaved.current);
  };
  const updated = () => new Date().toISOString();

  // The note typed and not saved yet: saved when the reader pauses, leaves the box, or closes the popup.
  const typing = useRef<{ text: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const saveNote = (text: string) => {
    if (typing.current) clearTimeout(typing.current.timer);
    typing.current = null;
    // A note alone is worth keeping: it makes the claim one "to check".
    void save((current) => {
      if (text === (current?.note ?? "")) return current ?? null;
      const status = current?.status ?? (text ? "to-check" : null);
      return status && { status, note: text, updated: updated() };
    }, text);
  };
  const saveSoon = (text: string) => {
    if (typing.current) clearTimeout(typing.current.timer);
    typing.current = { text, timer: setTimeout(() => saveNote(text), NOTE_SAVE_MS) };
  };
  // Listening from the first render on, before the reader can type.
  useLayoutEffect(() => {
    const flush = () => typing.current && saveNote(typing.current.text);
    const onHidden = () => document.visibilityState === "hidden" && flush();
    addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
      flush();
    };
  }, []);

  return (
    <div class="review" data-testid="review" data-status={review?.status ?? ""}>
      <label class="review-status">
        {t("reviewLabel")}
        <select
          data-testid="review-status"
          value={review?.status ?? ""}
          onChange={(event) => {
            const status = (event.currentTarget.value || null) as ReviewStatus | null;
            void save((current) => status && { status, note: current?.note ?? note, updated: updated() });
          }}
        >
          <option value="">{t("reviewNone")}</option>
          {reviewStatuses.map((status) => (
            <option key={status} value={status}>
              {t(REVIEW_STATUS_MESSAGES[status])}
            </option>
          ))}
        </select>
      </label>
      <label class="review-note">
        <span class="visually-hidden">{t("reviewNote")}</span>
        <textarea
          data-testid="review-note"
          rows={1}
          placeholder={t("reviewNotePlaceholder")}
          value={note}
          onInput={(event) => {
            setNote(event.currentTarget.value);
            saveSoon(event.currentTarget.value);
          }}
          onChange={(event) => saveNote(event.currentTarget.value)}
        />
      </label>
      {failure && (
        <p class="review-failure" role="alert">
          {t("reviewSaveFailed", failure)}
        </p>
      )}
    </div>
  );
}

export function GoneReviews({ reviews }: { reviews: StoredReview[] }) {
  if (reviews.length === 0) return null;
  return (
    <section class="gone-reviews" data-testid="gone-reviews" aria-labelledby="gone-reviews-title">
      <h2 id="gone-reviews-title" class="section-title">
        {t("reviewsGoneTitle")}
      </h2>
      <ul>
        {reviews.map((review, index) => (
          <li key={index} data-testid="gone-review">
            <q>{review.quote.exact}</q>
            <span class="claim-meta">
              <span>{t(REVIEW_STATUS_MESSAGES[review.status])}</span>
              <span class="unplaced">{t("reviewGone")}</span>
            </span>
            {review.note && <p class="gone-note">{review.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
