// Annotation formats: the W3C Web Annotation model (JSON-LD) and the JSON that Hypothesis' "Import annotations"
// reads (the file its own export writes: { export_date, export_userid, client_version, annotations }).
import { quoteOf } from "../model/quote";
import { commentText, reviewerName, tags, type ExportContext, type ExportedClaim, type Reviewer } from "./model";

const generator = { type: "Software", name: "Anonymark" };

function selectors(context: ExportContext, claim: ExportedClaim) {
  // Offsets count UTF-16 code units of the analysed article text, as the DOM and Hypothesis do.
  return [
    { type: "TextQuoteSelector", ...quoteOf(context.input.text, claim.start, claim.end) },
    { type: "TextPositionSelector", start: claim.start, end: claim.end },
  ];
}

/** The W3C Web Annotation Data Model: one AnnotationCollection holding an annotation per claim. */
export function toWebAnnotations(context: ExportContext): object {
  const { input, exportedAt, locale } = context;
  const collection = `urn:anonymark:${encodeURIComponent(input.article.url)}`;
  const items = context.claims.map((claim) => {
    const { review } = claim;
    return {
      id: `${collection}:${claim.id}`,
      type: "Annotation",
      motivation: "assessing",
      created: exportedAt,
      ...(review ? { modified: review.updated } : {}),
      ...creator(input.reviewer),
      generator,
      body: [
        { type: "TextualBody", purpose: "assessing", format: "text/plain", language: locale, value: commentText(claim, context) },
        ...tags(claim).map((tag) => ({ type: "TextualBody", purpose: "tagging", value: tag })),
      ],
      target: { source: input.article.url, selector: selectors(context, claim) },
    };
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: collection,
    type: "AnnotationCollection",
    label: input.article.title,
    total: items.length,
    first: { id: `${collection}:page1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

/** The Web Annotation creator: the reviewer, with their organisation as the one they act for. */
function creator(reviewer: Reviewer | undefined): object {
  const name = reviewer?.name;
  const organisation = reviewer?.organisation;
  if (!name && !organisation) return {};
  if (!name) return { creator: { type: "Organization", name: organisation } };
  return { creator: { type: "Person", name, ...(organisation ? { memberOf: { type: "Organization", name: organisation } } : {}) } };
}

/**
 * The Hypothesis account an annotation is filed under: Hypothesis' importer files every annotation under the importing
 * user's own account, so this only has to read well in the file: the reviewer's name, on Anonymark's own authority.
 */
function hypothesisUser(reviewer: Reviewer | undefined): string {
  const handle = (reviewerName(reviewer) ?? "reader")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");
  return `acct:${handle || "reader"}@anonymark.invalid`;
}

/** Hypothesis' export file, which its "Import annotations" accepts. */
export function toHypothesis(context: ExportContext): object {
  const { input, exportedAt, labels } = context;
  const user = hypothesisUser(input.reviewer);
  return {
    export_date: exportedAt,
    export_userid: user,
    client_version: "anonymark",
    annotations: context.claims.map((claim) => ({
      id: `anonymark-${claim.id}`,
      created: exportedAt,
      updated: claim.review?.updated ?? exportedAt,
      user,
      user_info: { display_name: reviewerName(input.reviewer) ?? labels.reader },
      uri: input.article.url,
      group: "__world__",
      permissions: { read: ["group:__world__"] },
      text: commentText(claim, context),
      tags: tags(claim),
      target: [{ source: input.article.url, selector: selectors(context, claim) }],
      document: { title: [input.article.title] },
      links: { incontext: claim.link },
      hidden: false,
      flagged: false,
    })),
  };
}
