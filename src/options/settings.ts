// The user's settings, kept in storage.local (never synced: nothing leaves the device).
import { browser } from "../platform";

export interface Settings {
  /** Flag vague collective attributions ("some experts say", "selon plusieurs médias"). */
  showVague: boolean;
}

export const defaultSettings: Settings = { showVague: true };

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(Object.keys(defaultSettings));
  return {
    showVague: typeof stored.showVague === "boolean" ? stored.showVague : defaultSettings.showVague,
  };
}

export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(changes);
}
