// What the scenarios need from a browser with the extension loaded, whichever library drives it (playwright-core for
// Chromium, puppeteer-core over WebDriver BiDi for Firefox).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";

export const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One tab: a web page or an extension page. Functions given to evaluate run in the tab's main world. */
export interface BrowserTab {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until fn returns a truthy value, polling in the tab. */
  waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Clicks at a point of the viewport (CSS pixels), as a mouse would. */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses a key on the keyboard, e.g. "Tab", "Shift+Tab", "Enter", " " (space). */
  press(key: string): Promise<void>;
  /** Makes this the tab the browser shows: background tabs may not run animations (Firefox). */
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** A PNG of the viewport, or of the part of it in clip (CSS pixels). */
  screenshot(clip?: Box): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * How a tab's functions are handed to the drivers: their arguments are plain JSON values, never handles, which the
 * drivers' generic signatures cannot express.
 */
export type Serialisable<R> = (arg: unknown) => R | Promise<R>;

export interface ExtensionBrowser {
  readonly name: "chromium" | "firefox";
  /**
   * Errors the extension caused so far: console errors and uncaught exceptions in its own pages and background,
   * and those a page reports from the extension's scripts.
   */
  readonly extensionErrors: string[];
  /**
   * Opens a web page in a new tab and waits for it to load. beforeLoad is a script the page runs before any of its
   * own (e.g. an observer that must see everything from the start).
   */
  open(url: string, options?: { beforeLoad?: string; timeoutMs?: number }): Promise<BrowserTab>;
  /** The WebExtension tab id of the tab showing url. */
  tabId(url: string): Promise<number>;
  /** Opens url in a new tab through the extension API (for pages a driver cannot navigate to); returns its tab id. */
  createTab(url: string): Promise<number>;
  /** The text of the extension's toolbar badge for a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Opens the popup as a tab, analysing the tab tabId (`popup.html?tab=<tabId>`). */
  openPopup(tabId: number): Promise<BrowserTab>;
  close(): Promise<void>;
}

/** The part of the WebExtension API the tests call from an extension context. */
interface TabsApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: {
    query(query: { url?: string }): Promise<{ id?: number; url?: string }[]>;
    create(properties: { url: string; active?: boolean }): Promise<{ id?: number }>;
  };
}

/**
 * Finds a tab's id from inside the extension. Self-contained: it is serialised into the extension's context.
 * Firefox matches no URL pattern that has a port, so query by host and pick the tab by its full URL.
 */
export async function findTabIdInExtension(url: string): Promise<number> {
  const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (scope.browser ?? scope.chrome) as TabsApi;
  const { protocol, hostname } = new URL(url);
  const tabs = await api.tabs.query({ url: `${protocol}//${hostname}/*` });
  const id = tabs.find((tab) => tab.url === url)?.id;
  if (id === undefined) throw new Error(`no tab shows ${url} (tabs seen: ${tabs.map((tab) => tab.url).join(", ")})`);
  return id;
}

/** Opens a tab from inside the extension and returns its id. Self-contained, like findTabIdInExtension. */
export async function createTabInExtension(url: string): Promise<number> {
  const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (scope.browser ?? scope.chrome) as TabsApi;
  const tab = await api.tabs.create({ url, active: false });
  if (tab.id === undefined) throw new Error(`the browser opened ${url} without a tab id`);
  return tab.id;
}

/** Reads a tab's badge from inside the extension. Self-contained, like findTabIdInExtension. */
export async function badgeTextInExtension(tabId: number): Promise<string> {
  const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  return (scope.browser ?? scope.chrome)!.action.getBadgeText({ tabId });
}

/**
 * The extension build the browser loads. The tests need the test build (`npm run build:test`): only its extra host
 * permission lets the extension script http://127.0.0.1 pages without a user gesture. ANONYMARK_DIST names another
 * build folder to test (e.g. one made from a clean checkout), dist/ of this repository by default.
 */
export function testBuild(folder: "chrome" | "firefox"): string {
  const dir = `${process.env.ANONYMARK_DIST ?? `${repositoryRoot}dist`}/${folder}`;
  const manifestPath = `${dir}/manifest.json`;
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build:test\` first`);
  const { host_permissions: hosts } = JSON.parse(readFileSync(manifestPath, "utf8")) as { host_permissions?: string[] };
  if (!hosts?.includes("http://127.0.0.1/*")) {
    throw new Error(`${dir} is not the test build (no http://127.0.0.1/* host permission): run \`npm run build:test\``);
  }
  return dir;
}

/**
 * describe() for a browser's specs, run only when its executable is installed. Without it the specs skip with a
 * banner that cannot be missed, except in CI (CI=true), where a missing browser is a failure.
 */
export function describeInBrowser(browserName: string, executablePath: string, specs: () => void): void {
  const name = `Anonymark in ${browserName}`;
  if (existsSync(executablePath)) {
    describe(name, specs);
    return;
  }
  const message = `${browserName} is not installed (${executablePath}): its end-to-end tests cannot run`;
  if (process.env.CI) {
    describe(name, () => {
      it("has its browser installed", () => {
        throw new Error(`${message}. CI requires them: install it (apt-get install -y chromium firefox-esr).`);
      });
    });
    return;
  }
  const rule = "!".repeat(100);
  const install = "!!! SKIPPED. Install the browsers: apt-get install -y chromium firefox-esr";
  console.warn(`\n${rule}\n!!! ${message}\n${install}\n${rule}\n`);
  describe.skip(name, specs);
}
