// schema.org ClaimReview (JSON-LD) for the claims a reader has given a verdict. A "false flag" judges the detector,
// not the claim, so it is no verdict and is left out, as are claims still to check.
import type { ReviewStatus } from "../model/review";
import type { ExportContext, RatingScale, Reviewer } from "./model";

type Verdict = "verified" | "disputed";

const verdicts: Partial<Record<ReviewStatus, Verdict>> = { verified: "verified", disputed: "disputed" };

/** Each numeric scale's points for a verdict: verified is true; disputed is mostly false, or mixed on three points. */
const scales: Record<Exclude<RatingScale, "verdict">, { best: number; worst: number; points: Record<Verdict, number> }> = {
  five: { best: 5, worst: 1, points: { verified: 5, disputed: 2 } },
  three: { best: 3, worst: 1, points: { verified: 3, disputed: 2 } },
};

/** The reviewer as schema.org has them: a person with their organisation, or the organisation alone. */
export function schemaAuthor(reviewer: Reviewer | undefined): object | null {
  const name = reviewer?.name;
  const organisation = reviewer?.organisation;
  const org = organisation ? { "@type": "Organization", name: organisation } : null;
  if (name) return { "@type": "Person", name, ...(org ? { affiliation: org } : {}) };
  return org;
}

export function toClaimReviews(context: ExportContext): object {
  const { input, labels } = context;
  const { article } = input;
  const author = schemaAuthor(input.reviewer);
  const scale = input.ratingScale ?? "five";
  const outlet = article.siteName ? { "@type": "Organization", name: article.siteName } : null;
  const reviews = context.claims.flatMap((claim) => {
    const { review, link } = claim;
    const verdict = review && verdicts[review.status];
    if (!review || !verdict) return [];
    const numeric = scale === "verdict" ? null : scales[scale];
    return [
      {
        "@type": "ClaimReview",
        url: link,
        claimReviewed: claim.text,
        datePublished: review.updated.slice(0, 10),
        ...(author ? { author } : {}),
        ...(review.note ? { reviewBody: review.note } : {}),
        reviewRating: {
          "@type": "Rating",
          ...(numeric
            ? { ratingValue: numeric.points[verdict], bestRating: numeric.best, worstRating: numeric.worst }
            : {}),
          alternateName: labels.verdict[verdict],
        },
        itemReviewed: {
          "@type": "Claim",
          description: labels.labelled(labels.unnamedSource, claim.source.text),
          // The claim is the outlet's as published: its author is the outlet, its date the article's.
          ...(outlet ? { author: outlet } : {}),
          ...(article.published ? { datePublished: article.published.slice(0, 10) } : {}),
          appearance: {
            "@type": "CreativeWork",
            url: link,
            headline: article.title,
            ...(article.byline ? { author: { "@type": "Person", name: article.byline } } : {}),
            ...(article.published ? { datePublished: article.published } : {}),
            ...(outlet ? { publisher: outlet } : {}),
          },
        },
      },
    ];
  });
  return { "@context": "https://schema.org", "@graph": reviews };
}
