import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { t } from "../platform";
import { uiLocale } from "../popup/text";
import { loadSettings, saveSettings, type Settings } from "./settings";

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const change = async (changes: Partial<Settings>) => {
    setSettings((current) => current && { ...current, ...changes });
    setSaved(false);
    await saveSettings(changes);
    setSaved(true);
  };

  return (
    <main class="options">
      <h1>{t("optionsTitle")}</h1>
      {settings && (
        <label class="option">
          <input
            type="checkbox"
            checked={settings.showVague}
            onChange={(event) => void change({ showVague: event.currentTarget.checked })}
          />
          {t("optionShowVague")}
        </label>
      )}
      <p role="status" aria-live="polite" class="saved">
        {saved ? t("optionsSaved") : ""}
      </p>
    </main>
  );
}

document.documentElement.lang = uiLocale();
document.title = t("optionsTitle");
render(<Options />, document.body);
