// Optional permissions the reader grants from the options page and the background then relies on.
import { browser } from "./platform";

/**
 * The context-menu entry's permission, or null when this browser's manifest offers none: Firefox takes no menus
 * permission among optional ones, so its manifest does not list it (see build.mjs).
 */
export function contextMenuPermission(): Parameters<typeof browser.permissions.request>[0] | null {
  const names = (browser.runtime.getManifest().optional_permissions ?? []) as string[];
  return names.includes("contextMenus") ? ({ permissions: ["contextMenus"] } as never) : null;
}
