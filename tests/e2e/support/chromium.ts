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

export async function launchChromium(extensionDir: string): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), "anonymark-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      // Playwright adds --disable-extensions by default: without this exception the extension silently fails to load.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
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

class ChromiumExtension implements ExtensionBrowser {
  readonly name = "chromium";
  readonly extensionErrors: string[] = [];
  /** chrome-extension://<id>/ */
  private readonly origin: string;

  constructor(
    private readonly context: BrowserContext,
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

  async open(url: string): Promise<BrowserTab> {
    const page = await this.context.newPage();
    await page.goto(url);
    return new ChromiumTab(page);
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

class ChromiumTab implements BrowserTab {
  constructor(private readonly page: Page) {}

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as Serialisable<R>, arg);
  }

  async waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 10_000): Promise<void> {
    await this.page.waitForFunction(fn as Serialisable<unknown>, arg, { timeout: timeoutMs });
  }

  click(selector: string): Promise<void> {
    return this.page.click(selector);
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
