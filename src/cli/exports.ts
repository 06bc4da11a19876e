// The export formats the extension's popup offers, for `anonymark analyze --format`: each document's claims with
// their sourcing checks, through the same exportAs. The CLI has no reviews, so a ClaimReview file lists nothing
// until claims carry a verdict. Markdown reports follow one another; CSV files share one header.
import { checkClaims } from "../core/checks";
import { exportAs, type ExportFormat } from "../core/export";
import type { Report } from "./analyze";

export const exportFormats = ["md", "csv", "web-annotation", "hypothesis", "claim-review"] as const satisfies readonly ExportFormat[];

export function exportReports(reports: Report[], format: (typeof exportFormats)[number]): string {
  const files = reports.map((report) => exportAs(format, exportInput(report)).content);
  if (format === "md") return files.join("\n");
  if (format === "csv") return files.map((file, index) => (index === 0 ? file : file.slice(file.indexOf("\r\n") + 2))).join("");
  // Several documents: one JSON array of their files, in argument order, as --format json does.
  if (files.length === 1) return files[0]!;
  return `${JSON.stringify(files.map((file) => JSON.parse(file) as unknown), null, 2)}\n`;
}

function exportInput({ input, article, text, blocks, analysis }: Report) {
  const title = article?.title || input;
  const { checks, profile } = checkClaims(text, analysis, { blocks, title });
  return {
    article: { title, url: article?.url ?? "", lang: analysis.lang, siteName: article?.siteName ?? null },
    text,
    claims: analysis.claims.map((claim) => ({ ...claim, checks: checks[claim.id] ?? [] })),
    profile,
  };
}
