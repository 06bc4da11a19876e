import { useEffect, useState } from "preact/hooks";
import { browser, t } from "../browser/platform";
import type { AnalyzeResult } from "../browser/messages";
import type { NoArticleReason, PlacedClaim } from "../core/model/findings";
import { loadSettings } from "../browser/storage/settings";
import { ClaimChecks } from "./ClaimChecks";
import { ExportMenu } from "./ExportMenu";
import { groupBySource, type SourceGroup } from "./groups";
import {
  analyzeSelectionInTab, analyzeTab, findTargetTab, revealClaim, setHighlights, type PageAnalysis, type Progress,
} from "../browser/tab";
import { analyzeInPopup, analyzeSelectionInPopup } from "./analyze-in-popup";
import { Profile } from "./Profile";
import type { Restriction } from "../browser/restricted";
import { GoneReviews, ReviewControls } from "./ReviewControls";
import { ReviewsProvider } from "./ReviewsContext";
import { claimSegments } from "./segments";
import { revealBidiControls, textDirection } from "../core/text/bidi";
import { shownResult } from "./shown";
import { counted, languageList, summaryText, uiLocale } from "../browser/i18n";

type ArticleResult = Extract<AnalyzeResult, { status: "ok" }> & { tabId: number };
type View = { status: "loading"; progress: Progress | null } | { status: "no-tab" } | Exclude<PageAnalysis, { status: "ok" }> | ArticleResult;

const NO_ARTICLE_MESSAGES: Record<NoArticleReason, string> = {
  "not-article": "noArticleNotArticle",
  "login-wall": "noArticleLoginWall",
  "too-short": "noArticleTooShort",
};

const RESTRICTION_MESSAGES: Record<Restriction, string> = {
  browser: "restrictedBrowser",
  store: "restrictedStore",
  pdf: "restrictedPdf",
  file: "restrictedFile",
  unknown: "restrictedUnknown",
};

/** The popup: `search` is the page's query string, which may name the tab to analyse (`?tab=<id>`). */
export function App({ search }: { search: string }) {
  const [view, setView] = useState<View>({ status: "loading", progress: null });
  const [cancelling] = useState(() => new AbortController());

  /** Reads the tab (its article, or the text the reader selected in it) and shows what was found. */
  const load = (scope: "page" | "selection") => {
    const onProgress = (progress: Progress) => {
      if (!cancelling.signal.aborted) setView({ status: "loading", progress });
    };
    const run = async (): Promise<View> => {
      const [tab, settings] = await Promise.all([findTargetTab(search), loadSettings()]);
      if (!tab) return { status: "no-tab" };
      const control = { onProgress, signal: cancelling.signal };
      const analysis =
        scope === "page"
          ? await analyzeTab(tab, settings.showVague, control, analyzeInPopup)
          : await analyzeSelectionInTab(tab, settings.showVague, control, analyzeSelectionInPopup);
      return analysis.status === "ok" ? { ...shownResult(analysis, settings), tabId: tab.id } : analysis;
    };
    setView({ status: "loading", progress: null });
    run().then(setView, (error: unknown) => setView({ status: "error", message: errorMessage(error) }));
  };

  useEffect(() => {
    load("page");
    return () => cancelling.abort();
  }, [search]);

  const result = view.status === "ok" ? view : null;
  return (
    <main class="popup">
      <h1 class="visually-hidden">{t("extensionName")}</h1>
      <div class="header">
        {/* One live region for the whole life of the popup, so that screen readers announce what replaces "loading". */}
        <div class="announcement" role="status" aria-live="polite" aria-busy={view.status === "loading"}>
          {view.status === "ok" ? <Summary result={view} /> : <StatusMessage view={view} />}
        </div>
        {view.status === "no-article" && !view.articleInFrame && (
          view.selected ? (
            <button type="button" data-testid="analyze-selection" onClick={() => load("selection")}>
              {t("selectionAnalyze")}
            </button>
          ) : (
            <p class="hint">{t("selectionHint")}</p>
          )
        )}
        {view.status === "loading" && (
          <button type="button" data-testid="cancel" onClick={() => cancelling.abort()}>
            {t("cancel")}
          </button>
        )}
        {result && result.claims.length > 0 && (
          <HighlightsToggle tabId={result.tabId} initiallyVisible={result.highlightsVisible} />
        )}
      </div>
      {result && (
        <ReviewsProvider tabId={result.tabId} claims={result.claims}>
          {result.claims.length > 0 && <Profile profile={result.profile} />}
          <ClaimList result={result} />
          <GoneReviews reviews={result.goneReviews} />
          {result.claims.length > 0 && (
            <ExportMenu tabId={result.tabId} article={result.article} claims={result.claims} profile={result.profile} />
          )}
        </ReviewsProvider>
      )}
      <footer class="footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t("openOptions")}
        </button>
      </footer>
    </main>
  );
}

function StatusMessage({ view }: { view: Exclude<View, ArticleResult> }) {
  switch (view.status) {
    case "loading":
      return <LoadingMessage progress={view.progress} />;
    case "cancelled":
      return <Status>{t("cancelled")}</Status>;
    case "no-tab":
      return <Status>{t("noTab")}</Status>;
    case "restricted":
      return <Status>{t(RESTRICTION_MESSAGES[view.restriction])}</Status>;
    case "no-article":
      return <Status>{view.articleInFrame ? t("noArticleInFrame") : `${t("noArticle")} ${t(NO_ARTICLE_MESSAGES[view.reason])}`}</Status>;
    case "no-selection":
      return <Status>{t("noSelection")}</Status>;
    case "unsupported-language":
      return <Status>{t("unsupportedLanguage", languageList(view.supportedLanguages))}</Status>;
    case "error":
      return <Status>{t("error", view.message)}</Status>;
  }
}

function LoadingMessage({ progress }: { progress: Progress | null }) {
  if (progress?.stage === "placing") {
    return (
      <p class="loading">
        <label>
          {t("progressPlacing", [String(progress.placed), String(progress.total)])}
          <progress max={progress.total} value={progress.placed} />
        </label>
      </p>
    );
  }
  const message =
    progress?.stage === "reading"
      ? t("progressReading", megabytes(progress.bytes))
      : progress?.stage === "analyzing"
        ? t("progressAnalyzing")
        : t("loading");
  return <p class="loading">{message}</p>;
}

function megabytes(chars: number): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 }).format(chars / 1_000_000);
}

function Status({ children }: { children: string }) {
  return (
    <p class="status" data-testid="status">
      {children}
    </p>
  );
}

function Summary({ result }: { result: ArticleResult }) {
  return (
    <p class="summary" data-testid="summary">
      {result.claims.length > 0 ? summaryText(result.counts) : t("noClaims")}
    </p>
  );
}

function HighlightsToggle({ tabId, initiallyVisible }: { tabId: number; initiallyVisible: boolean }) {
  const [visible, setVisible] = useState(initiallyVisible);
  const toggle = () => {
    setVisible(!visible);
    void setHighlights(tabId, !visible);
  };
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={visible}
      data-testid="toggle-highlights"
      onClick={toggle}
    >
      {t("toggleHighlights")}
    </button>
  );
}

function ClaimList({ result }: { result: ArticleResult }) {
  const reveal = (claimId: string) => void revealClaim(result.tabId, claimId);
  return (
    <>
      {result.counts.unplaced > 0 && <p class="note">{counted("unplaced", result.counts.unplaced)}</p>}
      {result.article.droppedLead && <p class="note">{t("droppedLead")}</p>}
      <ul class="groups">
        {groupBySource(result.claims).map((group) => (
          <GroupView key={group.id} group={group} onReveal={reveal} />
        ))}
      </ul>
    </>
  );
}

function GroupView({ group, onReveal }: { group: SourceGroup; onReveal: (claimId: string) => void }) {
  const { source } = group;
  return (
    <li class="group" data-testid="group">
      {/* Page text in its own direction, isolated from the interface's, its bidi controls shown rather than obeyed. */}
      <h2 class="group-source" dir={textDirection(source.text)}>
        {revealBidiControls(source.text)}
      </h2>
      <p class="group-meta">
        <span class={`category category-${source.category}`}>{t(`category_${source.category}`)}</span>
        <span>{t(`anonymity_${source.anonymity}`)}</span>
        <span>{counted("claimsInGroup", group.claims.length)}</span>
      </p>
      <ol class="claims">
        {group.claims.map((claim) => (
          <li key={claim.id}>
            <ClaimView claim={claim} onReveal={onReveal} />
            <ClaimChecks checks={claim.checks} />
            <ReviewControls claimId={claim.id} />
          </li>
        ))}
      </ol>
    </li>
  );
}

function ClaimView({ claim, onReveal }: { claim: PlacedClaim; onReveal: (claimId: string) => void }) {
  const content = (
    <>
      <span class="sentence" dir={textDirection(claim.text)}>
        {claimSegments(claim).map(({ text, mark }) =>
          mark === "source" ? <mark>{text}</mark> : mark === "cue" ? <strong>{text}</strong> : text,
        )}
      </span>
      <span class="claim-meta">
        <span>{t(`kind_${claim.kind}`)}</span>
        {claim.hedges.length > 0 && <span>{t("hedges", claim.hedges.join(", "))}</span>}
        {!claim.placed && <span class="unplaced">{t("notPlaced")}</span>}
      </span>
    </>
  );
  // An unplaced claim has nothing to scroll to in the page, so it is not a button.
  return claim.placed ? (
    <button
      type="button"
      class="claim"
      data-testid="claim"
      data-claim-id={claim.id}
      title={t("revealHint")}
      onClick={() => onReveal(claim.id)}
    >
      {content}
    </button>
  ) : (
    <div class="claim" data-testid="claim" data-claim-id={claim.id}>
      {content}
    </div>
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
