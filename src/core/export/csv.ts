// CSV (RFC 4180): the columns of Hypothesis' CSV export first, so that sheets built for it keep working, then ours.
// It starts with a byte-order mark: without one, Excel on Windows reads UTF-8 as its legacy code page ("Ã©" for "é").
import { revealBidiControls } from "../text/bidi";
import { commentText, reviewerName, tags, type CsvSeparator, type ExportContext } from "./model";

const BYTE_ORDER_MARK = "\ufeff";

/** The column names of Hypothesis' CSV export (its client's annotations exporter). */
export const hypothesisColumns = ["Created at", "Author", "Page", "URL", "Group", "Annotation/Reply Type", "Quote", "Comment", "Tags"];
export const anonymarkColumns = [
  "Claim ID", "Source", "Category", "Anonymity", "Kind", "Cue", "Hedges", "Checks", "Review status", "Note", "Link",
  "Start", "End",
];

/**
 * One field, quoted when it holds a quote, the separator or a line break (RFC 4180). Page text that starts like a
 * spreadsheet formula is prefixed with an apostrophe so that opening the file runs nothing (OWASP CSV injection), and
 * its bidi controls are shown rather than obeyed, so that the sheet reads as the page is written (Start and End still
 * index the analysed text, controls included).
 */
export function csvField(field: string, separator: CsvSeparator = ","): string {
  const value = revealBidiControls(field);
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /["\r\n]/u.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(context: ExportContext): string {
  const { input, exportedAt, labels } = context;
  const separator = input.csvSeparator ?? ",";
  // Hypothesis' "Group" names where an annotation was shared; ours are the reviewer's desk's, or the reader's own.
  const group = input.reviewer?.organisation || labels.privateGroup;
  const rows = context.claims.map((claim) => {
    const { checks, review, link } = claim;
    return [
      review?.updated ?? exportedAt,
      reviewerName(input.reviewer) ?? labels.reader,
      input.article.title,
      input.article.url,
      group,
      "Annotation",
      claim.text,
      commentText(claim, context),
      tags(claim).join(","),
      claim.id,
      claim.source.text,
      claim.source.category,
      claim.source.anonymity,
      claim.kind,
      claim.cue?.text ?? "",
      claim.hedges.join("; "),
      checks.map((check) => check.id).join(" "),
      review?.status ?? "",
      review?.note ?? "",
      link,
      String(claim.start),
      String(claim.end),
    ];
  });
  const lines = [[...hypothesisColumns, ...anonymarkColumns], ...rows].map((row) =>
    row.map((field) => csvField(field, separator)).join(separator),
  );
  return BYTE_ORDER_MARK + lines.join("\r\n") + "\r\n";
}
