// The extension API, for every extension context. webextension-polyfill gives Chrome the promise-based `browser`
// namespace Firefox has (newer Chrome has it natively; the polyfill then steps aside). It throws when loaded outside an
// extension, so it is imported here only, and unit tests mock this module.
import browser from "webextension-polyfill";

export { browser };
export type { Runtime, Scripting, Tabs } from "webextension-polyfill";

/** A UI string from _locales, in the browser's language (English when we have no strings for it). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
