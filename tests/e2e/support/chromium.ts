// Chromium with the extension loaded, driven by playwright-core (Debian's chromium; Playwright never downloads one).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from "playwright-core";
import {
  badgeTextInExtension,
  createTabInExtension,
  findTabIdInExtension,
  type Box,
  type BrowserTab,
  type ExtensionBrowser,
  type Serialisable,
} from "./browser.js";

export const chromiumPath = "/usr/lib/chromium/chromium";

/** lang: the browser's interface language, which the extension's strings follow ("en" unless given). */
export async function launchChromium(extensionDir: string, { lang = "en" } = {}): Promise<ChromiumExtension> {
  const userDataDir = await mkdtemp(join(tmpdir(), "anonymark-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    locale: lang,
    // Chromium on Linux takes its interface language from the environment.
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` },
    args: [
      `--lang=${lang}`,
      // Playwright adds --disable-extensions by default: without this exception the extension silently fails to load.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // The saved real pages still name their sites' scripts, fonts and images: nothing may leave the machine, and a
      // failed lookup is instant where a network timeout is not.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    return new ChromiumExtension(context, worker, userDataDir);
  } catch (error) {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Chromium adds what only it can do: the browser's own extension pages, the raw Playwright context and pages. */
export class ChromiumExtension implements ExtensionBrowser {
  readonly name = "chromium";
  readonly extensionErrors: string[] = [];
  /** chrome-extension://<id>/ */
  readonly origin: string;

  constructor(
    readonly context: BrowserContext,
    private readonly worker: Worker,
    private readonly userDataDir: string,
  ) {
    // URL.origin is "null" for chrome-extension: URLs in Node; the extension's root is all the tests need.
    this.origin = new URL("/", worker.url()).href;
    context.on("console", (message) => this.onConsole(message));
    context.on("weberror", (webError) => {
      const page = webError.page();
      const error = webError.error();
      if (page?.url().startsWith(this.origin) || error.stack?.includes(this.origin)) {
        this.extensionErrors.push(`${page?.url() ?? "?"}: ${error.stack ?? error.message}`);
      }
    });
  }

  /** The context's console has the pages' and the service worker's; content scripts log with their script URL. */
  private onConsole(message: ConsoleMessage): void {
    if (message.type() !== "error") return;
    const page = message.page();
    if (!page || page.url().startsWith(this.origin) || message.location().url.startsWith(this.origin)) {
      this.extensionErrors.push(`${page?.url() ?? "background"}: ${message.text()}`);
    }
  }

  async open(url: string, options: { beforeLoad?: string; timeoutMs?: number } = {}): Promise<ChromiumTab> {
    const page = await this.context.newPage();
    if (options.beforeLoad) await page.addInitScript({ content: options.beforeLoad });
    await page.goto(url, { timeout: options.timeoutMs });
    return new ChromiumTab(page);
  }

  /** Opens one of the extension's pages (e.g. "options.html") in a tab. */
  async openExtensionPage(path: string): Promise<ChromiumTab> {
    const page = await this.context.newPage();
    await page.goto(this.origin + path);
    return new ChromiumTab(page);
  }

  /**
   * The warnings chrome://extensions shows for this extension: its manifest errors and install warnings. The
   * browser collects them only in developer mode, so this turns it on and reloads the extension (its service worker
   * restarts: call it last).
   */
  async manifestWarnings(): Promise<string[]> {
    const page = await this.context.newPage();
    try {
      await page.goto("chrome://extensions/");
      const id = new URL(this.origin).host;
      return await page.evaluate(async (extensionId) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        await api.updateProfileConfiguration({ inDeveloperMode: true });
        await api.reload(extensionId, { failQuietly: true });
        // The reload returns before the manifest has been read again: wait until the extension is back.
        for (let tries = 0; tries < 100; tries++) {
          const info = await api.getExtensionInfo(extensionId).catch(() => null);
          if (info?.state === "ENABLED") {
            return [
              ...info.manifestErrors.map((error) => `manifest: ${error.message}`),
              ...info.installWarnings.map((warning) => `install: ${warning}`),
            ];
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error("the extension did not come back after its reload");
      }, id);
    } finally {
      await page.close();
    }
  }

  tabId(url: string): Promise<number> {
    return this.worker.evaluate(findTabIdInExtension, url);
  }

  badgeText(tabId: number): Promise<string> {
    return this.worker.evaluate(badgeTextInExtension, tabId);
  }

  createTab(url: string): Promise<number> {
    return this.worker.evaluate(createTabInExtension, url);
  }

  async openPopup(tabId: number): Promise<BrowserTab> {
    const page = await this.context.newPage();
    await page.goto(`${this.origin}popup.html?tab=${tabId}`);
    return new ChromiumTab(page);
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.userDataDir, { recursive: true, force: true });
  }
}

/** The part of chrome://extensions' private API the manifest check uses. */
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  reload(extensionId: string, options: { failQuietly: boolean }): Promise<void>;
  getExtensionInfo(extensionId: string): Promise<{
    state: string;
    manifestErrors: { message: string }[];
    installWarnings: string[];
  }>;
}

export class ChromiumTab implements BrowserTab {
  constructor(readonly page: Page) {}

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as Serialisable<R>, arg);
  }

  async waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 10_000): Promise<void> {
    await this.page.waitForFunction(fn as Serialisable<unknown>, arg, { timeout: timeoutMs });
  }

  click(selector: string): Promise<void> {
    return this.page.click(selector);
  }

  clickAt(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  setViewport(width: number, height: number): Promise<void> {
    return this.page.setViewportSize({ width, height });
  }

  screenshot(clip?: Box): Promise<Buffer> {
    return this.page.screenshot({ clip });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
