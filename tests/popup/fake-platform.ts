// A stand-in for src/platform.ts in unit tests: the extension API as spies, and i18n answered from the real
// _locales files with the browser's placeholder rules, so tests see the strings users see.
import { readFileSync } from "node:fs";
import path from "node:path";
import { vi } from "vitest";

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function readMessages(locale: string): Messages {
  const file = path.join(import.meta.dirname, "../../extension/_locales", locale, "messages.json");
  return JSON.parse(readFileSync(file, "utf8")) as Messages;
}

export const locales = { en: readMessages("en"), fr: readMessages("fr") };
let messages = locales.en;

export function useLocale(locale: keyof typeof locales): void {
  messages = locales[locale];
}

/** browser.i18n.getMessage: "$NAME$" → the placeholder's content → "$1" → the first substitution. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return "";
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? "").replace(/\$(\d)/g, (_m, n: string) => values[Number(n) - 1] ?? ""),
  );
}

export const EXTENSION_ID = "anonymark-test-id";

export function fakeBrowser() {
  return {
    i18n: { getMessage },
    runtime: {
      id: EXTENSION_ID,
      onMessage: { addListener: vi.fn() },
      sendMessage: vi.fn(async () => undefined),
      openOptionsPage: vi.fn(async () => undefined),
    },
    tabs: {
      get: vi.fn(),
      query: vi.fn(),
      sendMessage: vi.fn(),
      onUpdated: { addListener: vi.fn() },
    },
    scripting: { executeScript: vi.fn(async () => []) },
    storage: { local: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined) } },
    action: {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setBadgeTextColor: vi.fn(async () => undefined),
    },
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;

/** The module factory for vi.mock("…/src/platform"). */
export function platformModule() {
  const browser = fakeBrowser();
  return { browser, t: (key: string, substitutions?: string | string[]) => getMessage(key, substitutions) };
}
