// schema.org ClaimReview (JSON-LD) for the claims a reader has given a verdict. A "false flag" judges the detector,
// not the claim, so it is no verdict and is left out, as are claims still to check.
import type { ReviewStatus } from "../model/review";
import type { ExportContext } from "./model";

/** Ratings on a 1–5 scale, as fact-checkers publish them: verified is true, disputed is mostly false. */
const ratings: Partial<Record<ReviewStatus, { value: number; verdict: "verified" | "disputed" }>> = {
  verified: { value: 5, verdict: "verified" },
  disputed: { value: 2, verdict: "disputed" },
};

export function toClaimReviews(context: ExportContext): object {
  const { input, labels } = context;
  const author = input.reviewer ? { "@type": "Person", name: input.reviewer } : { "@type": "Organization", name: "Anonymark" };
  const reviews = context.claims.flatMap(({ claim, review, link }) => {
    const rating = review && ratings[review.status];
    if (!review || !rating) return [];
    return [
      {
        "@type": "ClaimReview",
        url: link,
        claimReviewed: claim.text,
        datePublished: review.updated.slice(0, 10),
        author,
        ...(review.note ? { reviewBody: review.note } : {}),
        reviewRating: {
          "@type": "Rating",
          ratingValue: rating.value,
          bestRating: 5,
          worstRating: 1,
          alternateName: labels.verdict[rating.verdict],
        },
        itemReviewed: {
          "@type": "Claim",
          description: `${labels.unnamedSource}: ${claim.source.text}`,
          appearance: {
            "@type": "CreativeWork",
            url: link,
            headline: input.article.title,
            ...(input.article.siteName ? { publisher: { "@type": "Organization", name: input.article.siteName } } : {}),
          },
        },
      },
    ];
  });
  return { "@context": "https://schema.org", "@graph": reviews };
}
