// A stand-in for src/browser/platform.ts in unit tests: the extension API as spies, and i18n answered from the real
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
      onConnect: { addListener: vi.fn() },
      sendMessage: vi.fn(async () => undefined),
      openOptionsPage: vi.fn(async () => undefined),
      getManifest: vi.fn(() => ({ optional_permissions: ["contextMenus"] })),
    },
    tabs: {
      get: vi.fn(),
      query: vi.fn(),
      sendMessage: vi.fn(),
      onUpdated: { addListener: vi.fn() },
      onRemoved: { addListener: vi.fn() },
      connect: vi.fn((_tabId: number, _options: { name: string; frameId: number }) => fakePort()),
    },
    scripting: { executeScript: vi.fn(async () => []) },
    permissions: {
      contains: vi.fn(async (_permissions: { permissions?: string[] }) => false),
      request: vi.fn(async (_permissions: { permissions?: string[] }) => true),
      remove: vi.fn(async (_permissions: { permissions?: string[] }) => true),
      onAdded: { addListener: vi.fn() },
    },
    storage: {
      local: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined) },
      session: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined), remove: vi.fn(async () => undefined) },
      onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
    },
    action: {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setBadgeTextColor: vi.fn(async () => undefined),
    },
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;

type Listener<T extends unknown[]> = (...args: T) => void;

/**
 * One end of a runtime.Port. `receive` delivers a message to this end's listeners as if the other end had posted it;
 * `hangUp` disconnects it from the other end. What this end posts is in postMessage's calls.
 */
export function fakePort(name = "", sender: { id?: string } = { id: EXTENSION_ID }) {
  const messageListeners: Listener<[unknown]>[] = [];
  const disconnectListeners: Listener<[]>[] = [];
  let connected = true;
  const port = {
    name,
    sender,
    postMessage: vi.fn((_message: unknown) => {
      if (!connected) throw new Error("Attempting to use a disconnected port object");
    }),
    disconnect: vi.fn(() => {
      connected = false;
    }),
    onMessage: { addListener: (listener: Listener<[unknown]>) => void messageListeners.push(listener) },
    onDisconnect: { addListener: (listener: Listener<[]>) => void disconnectListeners.push(listener) },
    receive(message: unknown) {
      for (const listener of messageListeners) listener(message);
    },
    hangUp() {
      connected = false;
      for (const listener of disconnectListeners) listener();
    },
    get connected() {
      return connected;
    },
    /** The messages this end posted, in order. */
    get posted(): unknown[] {
      return port.postMessage.mock.calls.map(([message]) => message);
    },
  };
  return port;
}

export type FakePort = ReturnType<typeof fakePort>;

/** The module factory for vi.mock("…/src/browser/platform"). */
export function platformModule() {
  const browser = fakeBrowser();
  return { browser, t: (key: string, substitutions?: string | string[]) => getMessage(key, substitutions) };
}
