// The options page: which claims and checks are shown, the highlight colours, the keyboard shortcut, the local
// history of analysed pages with a summary per outlet, and what Anonymark keeps, to delete.
import { Fragment } from "preact";
import { useEffect, useState } from "preact/hooks";
import { contextMenuPermission } from "../browser/permissions";
import { checkDefinitions, describeCheck } from "../core/checks/definitions";
import type { CheckId } from "../core/checks/types";
import { sourceCategories } from "../core/model/claim";
import { browser, t } from "../browser/platform";
import { uiLocale } from "../browser/i18n";
import { clearHistory, loadHistory, outletSummaries, type Visit } from "../browser/storage/history";
import { highlightColors, loadSettings, saveSettings, type HighlightColor, type Settings } from "../browser/storage/settings";
import { addSite, loadSites, removeSite, siteOf } from "../browser/storage/sites";
import { csvSeparators, ratingScales, type CsvSeparator, type RatingScale } from "../core/export/options";
import { ReviewArchiveControls } from "./ReviewArchive";
import { EraseEverything, StoredReviews } from "./StoredData";

/** C1 is the flag itself and C15 the profile: neither is a check one would turn off. */
const optionalChecks = (Object.keys(checkDefinitions) as CheckId[]).filter((id) => id !== "C1" && id !== "C15");

const colors = Object.keys(highlightColors) as HighlightColor[];

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [announcement, setAnnouncement] = useState("");

  /** Counts the times everything was deleted: the sections that read storage are made afresh. */
  const [erased, setErased] = useState(0);

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, [erased]);

  const change = async (changes: Partial<Settings>) => {
    setSettings((current) => current && { ...current, ...changes });
    setAnnouncement("");
    await saveSettings(changes);
    setAnnouncement(t("optionsSaved"));
  };

  /** Shown unless listed as hidden: a checkbox per member, its change toggling the member in the hidden list. */
  const toggle = <T extends string>(hidden: T[], member: T, shown: boolean): T[] =>
    shown ? hidden.filter((other) => other !== member) : [...hidden, member];

  return (
    <main class="options">
      <h1>{t("optionsTitle")}</h1>
      {settings && (
        <>
          <section>
            <h2>{t("optionsClaims")}</h2>
            <label class="option">
              <input
                type="checkbox"
                checked={settings.showVague}
                onChange={(event) => void change({ showVague: event.currentTarget.checked })}
              />
              {t("optionShowVague")}
            </label>
            <fieldset class="choices" data-testid="categories">
              <legend>{t("optionsCategories")}</legend>
              {sourceCategories.map((category) => (
                <label key={category} class="option">
                  <input
                    type="checkbox"
                    value={category}
                    checked={!settings.hiddenCategories.includes(category)}
                    onChange={(event) =>
                      void change({ hiddenCategories: toggle(settings.hiddenCategories, category, event.currentTarget.checked) })
                    }
                  />
                  {t(`category_${category}`)}
                </label>
              ))}
            </fieldset>
          </section>
          <section>
            <h2>{t("optionsChecks")}</h2>
            <div class="choices" data-testid="checks">
              {optionalChecks.map((id) => (
                <label key={id} class="option">
                  <input
                    type="checkbox"
                    value={id}
                    checked={!settings.hiddenChecks.includes(id)}
                    onChange={(event) =>
                      void change({ hiddenChecks: toggle(settings.hiddenChecks, id, event.currentTarget.checked) })
                    }
                  />
                  {describeCheck(id, uiLocale()).title}
                </label>
              ))}
            </div>
          </section>
          <section data-testid="exports">
            <h2>{t("optionsExports")}</h2>
            <p class="hint">{t("optionsExportsHint")}</p>
            <TextSetting
              label={t("optionsReviewerName")}
              autocomplete="name"
              value={settings.reviewerName}
              onInput={(reviewerName) => void change({ reviewerName })}
            />
            <TextSetting
              label={t("optionsReviewerOrganisation")}
              autocomplete="organization"
              value={settings.reviewerOrganisation}
              onInput={(reviewerOrganisation) => void change({ reviewerOrganisation })}
            />
            <label class="field">
              {t("optionsRatingScale")}
              <select
                value={settings.ratingScale}
                onChange={(event) => void change({ ratingScale: event.currentTarget.value as RatingScale })}
              >
                {ratingScales.map((scale) => (
                  <option key={scale} value={scale}>
                    {t(`ratingScale_${scale}`)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              {t("optionsCsvSeparator")}
              <select
                value={settings.csvSeparator}
                onChange={(event) => void change({ csvSeparator: event.currentTarget.value as CsvSeparator })}
              >
                {csvSeparators.map((separator) => (
                  <option key={separator} value={separator}>
                    {t(separator === "," ? "csvSeparatorComma" : "csvSeparatorSemicolon")}
                  </option>
                ))}
              </select>
            </label>
          </section>
          <section>
            <h2>{t("optionsColors")}</h2>
            <ColorChoice label={t("optionsClaimColor")} value={settings.claimColor} onChange={(claimColor) => void change({ claimColor })} />
            <ColorChoice label={t("optionsSourceColor")} value={settings.sourceColor} onChange={(sourceColor) => void change({ sourceColor })} />
          </section>
        </>
      )}
      <Shortcut />
      <ContextMenuOption />
      <Fragment key={erased}>
        <AutomaticSites />
        <History onCleared={() => setAnnouncement(t("optionsHistoryCleared"))} />
        <StoredReviews announce={setAnnouncement} />
      </Fragment>
      <ReviewArchiveControls announce={setAnnouncement} onImported={() => setErased((count) => count + 1)} />
      <EraseEverything announce={setAnnouncement} onErased={() => setErased((count) => count + 1)} />
      <p role="status" aria-live="polite" class="saved">
        {announcement}
      </p>
    </main>
  );
}

/** A text setting, saved as it is typed. */
function TextSetting({ label, autocomplete, value, onInput }: {
  label: string; autocomplete: string; value: string; onInput: (value: string) => void;
}) {
  return (
    <label class="field">
      {label}
      <input type="text" autocomplete={autocomplete} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
    </label>
  );
}

function ColorChoice({ label, value, onChange }: { label: string; value: HighlightColor; onChange: (color: HighlightColor) => void }) {
  return (
    <label class="option color-choice">
      <span class="swatch" style={{ backgroundColor: highlightColors[value] }} aria-hidden="true" />
      {label}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value as HighlightColor)}>
        {colors.map((color) => (
          <option key={color} value={color}>
            {t(`color_${color}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface CommandsApi {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]>; openShortcutSettings?(): Promise<void> };
}

/** The shortcut the manifest suggests, which the browser assigns unless another extension has taken it. */
function suggestedShortcut(): string {
  const commands = (browser.runtime.getManifest() as { commands?: Record<string, { suggested_key?: { default?: string } }> })
    .commands;
  return commands?._execute_action?.suggested_key?.default ?? "";
}

function Shortcut() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  const { commands } = browser as unknown as CommandsApi;
  useEffect(() => {
    void commands
      .getAll()
      .then((all) => all.find((command) => command.name === "_execute_action")?.shortcut ?? "")
      .catch(() => "")
      .then(setShortcut);
  }, []);
  // Some browsers answer with no shortcut for the toolbar button's command while their own settings show the default:
  // then the default is shown as such, with the way to check it.
  const shown = () => {
    if (shortcut) return t("optionsShortcutIs", shortcut);
    const suggested = suggestedShortcut();
    return suggested ? t("optionsShortcutDefault", suggested) : t("optionsShortcutNone");
  };
  // Firefox opens its own shortcut page; Chrome's is a chrome:// page, which only the tabs API may open.
  const openSettings = () =>
    void (commands.openShortcutSettings
      ? commands.openShortcutSettings()
      : browser.tabs.create({ url: "chrome://extensions/shortcuts" }));
  return (
    <section>
      <h2>{t("optionsShortcut")}</h2>
      {shortcut !== null && (
        <p data-testid="shortcut">{shown()}</p>
      )}
      <button type="button" class="link" onClick={openSettings}>
        {t("optionsShortcutChange")}
      </button>
    </section>
  );
}

function ContextMenuOption() {
  const [permission] = useState(contextMenuPermission);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    if (permission) void browser.permissions.contains(permission).then(setEnabled);
  }, []);
  // The request comes first in the handler: browsers grant permissions only during the reader's gesture.
  const change = async (input: HTMLInputElement) => {
    if (!permission) return;
    const on = input.checked
      ? await browser.permissions.request(permission)
      : !(await browser.permissions.remove(permission));
    // A refusal leaves the state as it was, so Preact would not render: the box is set back by hand.
    input.checked = on;
    setEnabled(on);
  };
  if (enabled === null) return null;
  return (
    <label class="option">
      <input
        type="checkbox"
        data-testid="context-menu"
        checked={enabled}
        onChange={(event) => void change(event.currentTarget)}
      />
      {t("optionsContextMenu")}
    </label>
  );
}

/** The sites whose pages are analysed as they load, each added with its permission and removed with it. */
function AutomaticSites() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [problem, setProblem] = useState("");
  useEffect(() => {
    void loadSites().then(setSites);
  }, []);
  // The permission request comes first in the handler: browsers grant permissions only during the reader's gesture.
  const add = async (form: HTMLFormElement) => {
    const site = siteOf(String(new FormData(form).get("site") ?? ""));
    if (!site) return setProblem(t("optionsAutoSiteInvalid"));
    if (!(await addSite(site))) return setProblem(t("optionsAutoSiteRefused", site));
    setProblem("");
    form.reset();
    setSites(await loadSites());
  };
  const remove = async (site: string) => {
    await removeSite(site);
    setSites(await loadSites());
  };
  return (
    <section data-testid="auto-sites">
      <h2>{t("optionsAuto")}</h2>
      <p class="note">{t("optionsAutoNote")}</p>
      <form
        class="option"
        onSubmit={(event) => {
          event.preventDefault();
          void add(event.currentTarget);
        }}
      >
        <label for="auto-site">{t("optionsAutoSite")}</label>
        <input id="auto-site" name="site" type="text" inputMode="url" placeholder="lemonde.fr" />
        <button type="submit">{t("optionsAutoAdd")}</button>
      </form>
      <p role="alert" class="note">
        {problem}
      </p>
      {sites && sites.length > 0 && (
        <ul data-testid="auto-site-list">
          {sites.map((site) => (
            <li key={site}>
              {site}{" "}
              <button type="button" class="link" aria-label={t("optionsAutoRemoveSite", site)} onClick={() => void remove(site)}>
                {t("optionsAutoRemove")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ onCleared }: { onCleared: () => void }) {
  const [history, setHistory] = useState<Visit[] | null>(null);
  useEffect(() => {
    void loadHistory().then(setHistory);
  }, []);
  const locale = uiLocale();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const clear = async () => {
    await clearHistory();
    setHistory([]);
    onCleared();
  };
  return (
    <section data-testid="history">
      <h2>{t("optionsHistory")}</h2>
      <p class="note">{t("optionsHistoryNote")}</p>
      {history?.length === 0 && <p>{t("optionsHistoryEmpty")}</p>}
      {history && history.length > 0 && (
        <>
          <h3>{t("optionsOutlets")}</h3>
          <table data-testid="outlets">
            <thead>
              <tr>
                <th scope="col">{t("optionsOutlet")}</th>
                <th scope="col">{t("optionsPages")}</th>
                <th scope="col">{t("optionsClaimCount")}</th>
                <th scope="col">{t("optionsClaimsPerPage")}</th>
              </tr>
            </thead>
            <tbody>
              {outletSummaries(history).map((outlet) => (
                <tr key={outlet.site}>
                  <th scope="row">{outlet.site}</th>
                  <td>{outlet.pages}</td>
                  <td>{outlet.claims}</td>
                  <td>{decimal.format(outlet.claimsPerPage)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t("optionsHistory")}</h3>
          <table data-testid="pages">
            <thead>
              <tr>
                <th scope="col">{t("optionsPage")}</th>
                <th scope="col">{t("optionsOutlet")}</th>
                <th scope="col">{t("optionsClaimCount")}</th>
                <th scope="col">{t("optionsSourceCount")}</th>
                <th scope="col">{t("optionsDate")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((visit) => (
                <tr key={visit.url}>
                  <th scope="row">
                    <a href={visit.url} target="_blank" rel="noreferrer">
                      {visit.title || visit.url}
                    </a>
                  </th>
                  <td>{visit.site}</td>
                  <td>{visit.claims}</td>
                  <td>{visit.sources}</td>
                  <td>{date.format(new Date(visit.date))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" data-testid="clear-history" onClick={() => void clear()}>
            {t("optionsClearHistory")}
          </button>
        </>
      )}
    </section>
  );
}
