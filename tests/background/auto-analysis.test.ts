// @vitest-environment jsdom
// Automatic analysis: a page of a listed site whose permission the reader granted is analysed once it has loaded,
// with the popup's own analysis, and its claims are sent to the page to be placed; other pages are left alone.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { shouldAnalyze } from "../../src/background/auto-analysis";
import { browser } from "../../src/browser/platform";
import { fakePort, type FakeBrowser, type FakePort } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());
// The background as Firefox's build has it: it parses pages itself (jsdom has a DOMParser). Chrome's, which asks its
// offscreen document, is exercised in the browser (tests/e2e/chromium-auto.test.ts).
vi.stubGlobal("__FIREFOX__", true);

const fake = browser as unknown as FakeBrowser;
const seedHtml = readFileSync(path.join(import.meta.dirname, "../fixtures/seed-mee-haftar.html"), "utf8");
const seed = JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/seed-mee-haftar.expected.json"), "utf8")) as {
  mustFlag: { sentence: string }[];
};

type UpdateListener = (tabId: number, changeInfo: { status?: string }, tab: { id: number; url?: string }) => void;
let onUpdated: UpdateListener;
let storage: Record<string, unknown>;
let granted: string[];

beforeAll(async () => {
  await import("../../src/background/index");
  // The badge's listener comes first; automatic analysis adds its own.
  onUpdated = fake.tabs.onUpdated.addListener.mock.calls.at(-1)![0] as UpdateListener;
});

beforeEach(() => {
  storage = { autoSites: ["middleeasteye.net"] };
  granted = ["https://www.middleeasteye.net/*"];
  fake.storage.local.get.mockImplementation((async (keys: string | string[]) =>
    Object.fromEntries([keys].flat().filter((key) => key in storage).map((key) => [key, storage[key]]))) as never);
  fake.permissions.contains.mockReset().mockImplementation((async ({ origins }: { origins?: string[] }) =>
    (origins ?? []).every((origin) => granted.includes(origin))) as never);
  fake.scripting.executeScript.mockClear();
  fake.tabs.connect.mockClear();
});

describe("the decision to analyse a page", () => {
  const sites = ["middleeasteye.net"];
  it("analyses a page of a listed site whose permission is granted", async () => {
    expect(await shouldAnalyze("https://www.middleeasteye.net/fr/news/haftar", sites)).toBe(true);
  });
  it("leaves a listed site alone once the reader withdrew its permission in the browser", async () => {
    granted = [];
    expect(await shouldAnalyze("https://www.middleeasteye.net/fr/news/haftar", sites)).toBe(false);
  });
  it("leaves alone a site that is not listed, even one the extension may read", async () => {
    granted = ["https://www.lemonde.fr/*"];
    expect(await shouldAnalyze("https://www.lemonde.fr/a.html", sites)).toBe(false);
    expect(fake.permissions.contains).not.toHaveBeenCalled();
  });
  it("leaves alone a tab whose address the extension cannot see", async () => {
    expect(await shouldAnalyze(undefined, sites)).toBe(false);
  });
});

describe("a page that finishes loading", () => {
  const url = "https://www.middleeasteye.net/fr/news/haftar";

  it("is read and analysed in the background, and its claims sent to the page to be placed", async () => {
    let port: FakePort | undefined;
    fake.tabs.connect.mockImplementation(() => {
      port = fakePort("anonymark-analysis");
      port.postMessage.mockImplementation((message: unknown) => {
        // The content script answers the request with the page's HTML.
        if ((message as { type: string }).type === "analyze") {
          queueMicrotask(() => port!.receive({ type: "snapshot", html: seedHtml, done: true, url, articleInFrame: false, selected: false }));
        }
      });
      return port;
    });
    onUpdated(7, { status: "loading" }, { id: 7, url });
    onUpdated(7, { status: "complete" }, { id: 7, url });
    await vi.waitFor(() => expect(port?.posted.some((m) => (m as { type: string }).type === "place")).toBe(true), { timeout: 10_000 });
    expect(fake.scripting.executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 7 }, files: ["content.js"] });
    const sentClaims = port!.posted.flatMap((m) =>
      (m as { type: string }).type === "claims" ? (m as { claims: { text: string }[] }).claims : [],
    );
    for (const { sentence } of seed.mustFlag) {
      expect(sentClaims.some((claim) => claim.text.includes(sentence.slice(0, 60)))).toBe(true);
    }
    expect(port!.posted[0]).toEqual({ type: "analyze", includeVague: true });
  });

  it("is left alone when its site is not listed", async () => {
    storage = { autoSites: [] };
    onUpdated(8, { status: "complete" }, { id: 8, url });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });
});
