// The page's context-menu entry that opens Anonymark on the page, as the toolbar button does. The contextMenus
// permission is optional: the options page asks for it when the reader turns the entry on, and the entry exists only
// while the permission is granted. Chrome only: Firefox takes no menus permission among optional ones, so its manifest
// does not list it (src/browser/permissions.ts) and the options page does not offer the entry.
import { browser, t } from "../browser/platform";

const MENU_ID = "anonymark-analyze";

interface MenusApi {
  create(properties: { id: string; title: string; contexts: string[] }): void;
  removeAll(): Promise<void>;
  onClicked: {
    addListener(listener: (info: { menuItemId: string | number }) => void): void;
    hasListener(listener: (info: { menuItemId: string | number }) => void): boolean;
  };
}

/** The menus API, there only while the permission is granted. */
function menus(): MenusApi | undefined {
  return (browser as unknown as { contextMenus?: MenusApi }).contextMenus;
}

function onClicked(info: { menuItemId: string | number }): void {
  // A menu click is a user action: the browser lets it open the popup, with activeTab granted on the page.
  if (info.menuItemId === MENU_ID) void browser.action.openPopup();
}

/** Creates the entry when the permission is granted (items may outlive the worker, so they are made afresh). */
async function showEntry(): Promise<void> {
  const api = menus();
  if (!api) return;
  if (!api.onClicked.hasListener(onClicked)) api.onClicked.addListener(onClicked);
  await api.removeAll();
  api.create({ id: MENU_ID, title: t("contextMenuAnalyze"), contexts: ["page", "selection"] });
}

/** Called at the background's top level, so that the listeners wake the worker up. */
export function setUpContextMenu(): void {
  const update = () =>
    void showEntry().catch((error: unknown) =>
      console.warn("Anonymark: could not set up the context menu:", error instanceof Error ? error.message : error),
    );
  browser.permissions.onAdded.addListener(update);
  update();
}
