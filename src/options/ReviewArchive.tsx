// Every review, across articles, saved to one file and read back from one: to keep them, or to move them to another
// browser. Reading a file merges it with what is stored (core/reviews/archive.ts) and says what it changed.
import { useState } from "preact/hooks";
import { t } from "../browser/platform";
import { counted } from "../browser/i18n";
import { exportReviews, importReviews } from "../browser/storage/review-archive";

/** How long a downloaded file's object URL lives: the browser reads it after the click returns. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

const IMPORT_ERRORS: Record<string, string> = {
  "not-json": "reviewsImportNotJson",
  "not-archive": "reviewsImportNotArchive",
  version: "reviewsImportVersion",
  malformed: "reviewsImportMalformed",
};

export function ReviewArchiveControls({ announce, onImported }: { announce: (message: string) => void; onImported: () => void }) {
  const [busy, setBusy] = useState(false);

  const save = async () => {
    try {
      const archive = await exportReviews();
      const url = URL.createObjectURL(new Blob([`${JSON.stringify(archive, null, 2)}\n`], { type: "application/json" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `anonymark-reviews-${archive.exportedAt.slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
      announce(counted("reviewsExported", archive.reviews.length));
    } catch (error) {
      announce(t("reviewsExportFailed", error instanceof Error ? error.message : String(error)));
    }
  };

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setBusy(true);
    try {
      const { added, updated, unchanged } = await importReviews(await file.text());
      announce(t("reviewsImported", [counted("reviewsAdded", added), counted("reviewsUpdated", updated), counted("reviewsUnchanged", unchanged)]));
      onImported();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      announce(IMPORT_ERRORS[reason] ? t(IMPORT_ERRORS[reason]!) : t("reviewsImportFailed", reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="archive" data-testid="review-archive">
      <button type="button" data-testid="reviews-export" onClick={() => void save()}>
        {t("reviewsExport")}
      </button>{" "}
      <label class="file-button">
        {t("reviewsImport")}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="reviews-import"
          disabled={busy}
          onChange={(event) => void load(event.currentTarget)}
        />
      </label>
      <p class="note">{t("reviewsArchiveNote")}</p>
    </div>
  );
}
