// Firefox ESR with the extension installed, driven by puppeteer-core over WebDriver BiDi.
import { readFileSync } from "node:fs";
import puppeteer, { type Browser, type ConsoleMessage, type KeyInput, type Page } from "puppeteer-core";
import {
  badgeTextInExtension,
  createTabInExtension,
  findTabIdInExtension,
  type Box,
  type BrowserTab,
  type ExtensionBrowser,
  type Serialisable,
} from "./browser.js";

export const firefoxPath = "/usr/bin/firefox-esr";

/** Pinned so that the extension's pages have a known address (moz-extension://<uuid>/). */
const extensionUuid = "5d9c2f0e-7b1a-4c3e-9f60-a1b2c3d4e5f6";

export async function launchFirefox(extensionDir: string): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, "utf8")) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath,
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
    // Without it Firefox refuses to navigate to the extension's pages.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: extensionUuid }),
      // The saved real pages still name their sites' scripts, fonts and images: nothing may leave the machine. Every
      // remote request goes to a proxy that does not exist (Firefox never proxies 127.0.0.1), and fails at once.
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": 9,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": 9,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const origin = `moz-extension://${extensionUuid}`;
    // An extension page kept open to call the WebExtension API from: BiDi exposes no background context.
    const apiPage = await openExtensionPage(await browser.newPage(), `${origin}/popup.html`);
    return new FirefoxExtension(browser, origin, apiPage);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

class FirefoxExtension implements ExtensionBrowser {
  readonly name = "firefox";
  readonly extensionErrors: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly origin: string,
    private readonly apiPage: Page,
  ) {}

  /**
   * Collects the errors a web page reports from the extension's scripts. WebDriver BiDi reports nothing from the
   * extension's own pages (console, uncaught errors and preload scripts alike), nor from its background: in Firefox
   * only content script errors are seen, and the Chromium run covers the rest.
   */
  private watch(page: Page): void {
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error" && message.stackTrace().some((frame) => frame.url?.startsWith(this.origin))) {
        this.extensionErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error: unknown) => {
      const description = error instanceof Error ? (error.stack ?? error.message) : String(error);
      if (description.includes(this.origin)) this.extensionErrors.push(`${page.url()}: ${description}`);
    });
  }

  async open(url: string, options: { beforeLoad?: string; timeoutMs?: number } = {}): Promise<BrowserTab> {
    const page = await this.browser.newPage();
    this.watch(page);
    if (options.beforeLoad) await page.evaluateOnNewDocument(options.beforeLoad);
    await page.goto(url, { timeout: options.timeoutMs });
    return new FirefoxTab(page);
  }

  tabId(url: string): Promise<number> {
    return this.apiPage.evaluate(findTabIdInExtension, url);
  }

  badgeText(tabId: number): Promise<string> {
    return this.apiPage.evaluate(badgeTextInExtension, tabId);
  }

  createTab(url: string): Promise<number> {
    return this.apiPage.evaluate(createTabInExtension, url);
  }

  async openPopup(tabId: number): Promise<BrowserTab> {
    // A window of its own, as the toolbar popup is: the page under it stays the tab on show, which Firefox needs to
    // animate a scroll, and the popup too, which it needs to turn a key press into a click.
    const page = await this.browser.newPage({ type: "window" });
    return new FirefoxTab(await openExtensionPage(page, `${this.origin}/popup.html?tab=${tabId}`));
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/**
 * page.goto() never settles on a moz-extension:// URL, and page.url() does not follow it there: start the navigation,
 * then ask the tab itself until it shows the page. Evaluating while it navigates may fail: ask again.
 */
async function openExtensionPage(page: Page, url: string): Promise<Page> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => "navigating");
    if (state === `${url} complete`) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not open (the tab shows ${state})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

class FirefoxTab implements BrowserTab {
  constructor(private readonly page: Page) {}

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as Serialisable<R>, arg);
  }

  async waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 10_000): Promise<void> {
    await this.page.waitForFunction(fn as Serialisable<unknown>, { timeout: timeoutMs }, arg);
  }

  click(selector: string): Promise<void> {
    return this.page.click(selector);
  }

  clickAt(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }

  async press(key: string): Promise<void> {
    // Keys go to the window that has the focus: Firefox turns Enter or Space on a button into a click only there.
    await this.page.bringToFront();
    // Puppeteer presses one key at a time: "Shift+Tab" is a modifier held around a key.
    const keys = key === "+" ? [key] : key.split("+");
    const modifiers = keys.slice(0, -1) as KeyInput[];
    for (const modifier of modifiers) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(keys.at(-1) as KeyInput);
    for (const modifier of modifiers.reverse()) await this.page.keyboard.up(modifier);
  }

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  setViewport(width: number, height: number): Promise<void> {
    return this.page.setViewport({ width, height });
  }

  async screenshot(clip?: Box): Promise<Buffer> {
    if (!clip) return Buffer.from(await this.page.screenshot());
    // Puppeteer over BiDi reads a clip against the document, not the viewport as Playwright does.
    const scroll = await this.page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    return Buffer.from(await this.page.screenshot({ clip: { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y } }));
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
