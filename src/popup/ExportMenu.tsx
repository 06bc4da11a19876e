// Export of the article's claims, checks and reviews, in the formats fact-checking desks and annotation tools read;
// copied to the clipboard or downloaded from the popup itself (a Blob and <a download>: no downloads permission).
import { useState } from "preact/hooks";
import type { SourcingProfile } from "../core/checks/types";
import type { ExportFile, ExportFormat } from "../core/export";
import type { ArticleSummary, PlacedClaim, ReviewedClaim } from "../core/model/findings";
import { t } from "../browser/platform";
import { articleText } from "../browser/tab";
import { useReviews } from "./ReviewsContext";
import { uiLocale } from "../browser/i18n";
import { loadSettings } from "../browser/storage/settings";

const FORMAT_MESSAGES: Record<ExportFormat, string> = {
  md: "exportMd",
  csv: "exportCsv",
  json: "exportJson",
  "web-annotation": "exportWebAnnotation",
  hypothesis: "exportHypothesis",
  "claim-review": "exportClaimReview",
};

/** How long a downloaded file's object URL lives: the browser reads it after the click returns. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

interface ExportMenuProps {
  tabId: number;
  article: ArticleSummary;
  claims: PlacedClaim[];
  profile: SourcingProfile;
}

export function ExportMenu({ tabId, article, claims, profile }: ExportMenuProps) {
  const { reviews } = useReviews();
  const [format, setFormat] = useState<ExportFormat>("md");
  const [message, setMessage] = useState("");

  const build = async (): Promise<ExportFile> => {
    // The page keeps the article's text: the popup asks for it only when a passage link is to be made.
    const [answer, { exportAs }, settings] = await Promise.all([articleText(tabId), import("../core/export"), loadSettings()]);
    if (answer.status === "error") throw new Error(answer.message);
    // The reviews as the popup holds them now, which the reader may have changed since the page answered.
    const reviewed: ReviewedClaim[] = claims.map(({ placed: _placed, review: _review, ...claim }) =>
      reviews[claim.id] ? { ...claim, review: reviews[claim.id] } : claim,
    );
    const { title, url, lang, siteName, byline, published } = article;
    return exportAs(format, {
      article: { title, url, lang, siteName, byline, published },
      text: answer.text,
      claims: reviewed,
      profile,
      locale: uiLocale(),
      reviewer: { name: settings.reviewerName, organisation: settings.reviewerOrganisation },
      ratingScale: settings.ratingScale,
      csvSeparator: settings.csvSeparator,
    });
  };

  const run = (action: (file: ExportFile) => Promise<string>) => async () => {
    setMessage("");
    try {
      setMessage(await action(await build()));
    } catch (error) {
      setMessage(t("exportFailed", error instanceof Error ? error.message : String(error)));
    }
  };

  const copy = run(async (file) => {
    await navigator.clipboard.writeText(file.content);
    return t("exportCopied");
  });

  const download = run(async (file) => {
    const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mime};charset=utf-8` }));
    const link = document.createElement("a");
    link.href = url;
    link.download = file.filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
    return t("exportDownloaded", file.filename);
  });

  return (
    <details class="export" data-testid="export">
      <summary>{t("exportTitle")}</summary>
      <div class="export-controls">
        <label>
          {t("exportFormat")}
          <select
            data-testid="export-format"
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
          >
            {(Object.keys(FORMAT_MESSAGES) as ExportFormat[]).map((name) => (
              <option key={name} value={name}>
                {t(FORMAT_MESSAGES[name])}
              </option>
            ))}
          </select>
        </label>
        <p class="export-hint" data-testid="export-hint">
          {t(`${FORMAT_MESSAGES[format]}Hint`)}
        </p>
        <button type="button" data-testid="export-copy" onClick={copy}>
          {t("exportCopy")}
        </button>
        <button type="button" data-testid="export-download" onClick={download}>
          {t("exportDownload")}
        </button>
      </div>
      <p class="export-status" role="status" data-testid="export-status">
        {message}
      </p>
    </details>
  );
}
