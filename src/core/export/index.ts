// Exports of an article's claims, checks and reviews, for the popup's copy and download and for the CLI. Pure.
import { toClaimReviews } from "./claim-review";
import { toCsv } from "./csv";
import { toHypothesis, toWebAnnotations } from "./annotations";
import { toMarkdown } from "./markdown";
import { exportContext, type ExportContext, type ExportInput } from "./model";

export type { ExportInput } from "./model";
export { passageLink, textDirective, encodeDirectivePart } from "./fragment";
export { csvField, hypothesisColumns, anonymarkColumns } from "./csv";

export type ExportFormat = "md" | "csv" | "json" | "web-annotation" | "hypothesis" | "claim-review";

export interface ExportFile {
  content: string;
  filename: string;
  mime: string;
}

/** Our own claim model, with each claim's checks, review and link. */
function toJson(context: ExportContext): object {
  const { input, exportedAt } = context;
  return {
    generator: "Anonymark",
    exportedAt,
    article: input.article,
    ...(input.profile ? { profile: input.profile } : {}),
    claims: context.claims,
  };
}

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

const formats: Record<ExportFormat, { extension: string; mime: string; write: (context: ExportContext) => string }> = {
  md: { extension: "md", mime: "text/markdown", write: toMarkdown },
  csv: { extension: "csv", mime: "text/csv", write: toCsv },
  json: { extension: "json", mime: "application/json", write: (c) => json(toJson(c)) },
  "web-annotation": { extension: "jsonld", mime: "application/ld+json", write: (c) => json(toWebAnnotations(c)) },
  hypothesis: { extension: "hypothesis.json", mime: "application/json", write: (c) => json(toHypothesis(c)) },
  "claim-review": { extension: "claimreview.jsonld", mime: "application/ld+json", write: (c) => json(toClaimReviews(c)) },
};

export const exportFormats: readonly ExportFormat[] = Object.keys(formats) as ExportFormat[];

/** A file name from the article's title: "anonymark-khalifa-haftar-a-alger.md". */
function filename(title: string, extension: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  return `anonymark${slug ? `-${slug}` : ""}.${extension}`;
}

export function exportAs(format: ExportFormat, input: ExportInput): ExportFile {
  const { extension, mime, write } = formats[format];
  return { content: write(exportContext(input)), filename: filename(input.article.title, extension), mime };
}
