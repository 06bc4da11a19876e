// @vitest-environment jsdom
// The browser may stop Chrome's service worker in the middle of an automatic analysis (it stops idle workers, and
// workers busy for too long). The analysis is written down until it ends; the worker started next runs it again,
// and closes the offscreen document the stopped one left open.
import { beforeEach, expect, it, vi } from "vitest";
import { fakePort, type FakeBrowser, type FakePort } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());
// Chrome's build: the page is parsed in the offscreen document.
vi.stubGlobal("__FIREFOX__", false);

const url = "https://www.middleeasteye.net/fr/news/haftar";
type UpdateListener = (tabId: number, changeInfo: { status?: string }, tab: { id: number; url?: string }) => void;

/** storage.session, which outlives a worker and not the browser session. */
let session: Record<string, unknown>;
let offscreen: { createDocument: ReturnType<typeof vi.fn>; closeDocument: ReturnType<typeof vi.fn> };
let tabs: Record<number, string>;

beforeEach(() => {
  session = {};
  tabs = { 7: url };
  offscreen = { createDocument: vi.fn(async () => undefined), closeDocument: vi.fn(async () => undefined) };
  vi.stubGlobal("chrome", { offscreen });
});

/**
 * A worker starting: the background's modules evaluated afresh, on a browser whose listed site is granted, whose
 * content script sends the page over the port and whose offscreen document answers `parse`; storage.session is read
 * once `sessionRead` settles.
 */
async function startWorker(parse: () => Promise<unknown>, sessionRead: Promise<void> = Promise.resolve()) {
  vi.resetModules();
  const { browser } = await import("../../src/browser/platform");
  const fake = browser as unknown as FakeBrowser;
  const ports: FakePort[] = [];
  // The platform mock outlives the modules: what an earlier worker did is not this one's.
  vi.clearAllMocks();
  fake.storage.local.get.mockImplementation((async () => ({ autoSites: ["middleeasteye.net"] })) as never);
  Object.assign(fake.storage.session, {
    get: vi.fn(async () => {
      await sessionRead;
      return structuredClone(session);
    }),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(session, structuredClone(items))),
    remove: vi.fn(async (key: string) => void delete session[key]),
  });
  fake.permissions.contains.mockImplementation((async () => true) as never);
  fake.tabs.get.mockImplementation((async (tabId: number) => {
    if (!(tabId in tabs)) throw new Error(`No tab with id: ${tabId}.`);
    return { id: tabId, url: tabs[tabId] };
  }) as never);
  fake.tabs.connect.mockImplementation(() => {
    const port = fakePort("anonymark-analysis");
    port.postMessage.mockImplementation((message: unknown) => {
      if ((message as { type: string }).type === "analyze") {
        queueMicrotask(() => port.receive({ type: "snapshot", html: "<p>page</p>", done: true, url, articleInFrame: false, selected: false }));
      }
    });
    ports.push(port);
    return port;
  });
  fake.runtime.sendMessage.mockImplementation(parse as never);
  await import("../../src/background/index");
  const onUpdated = fake.tabs.onUpdated.addListener.mock.calls.at(-1)![0] as UpdateListener;
  return { fake, ports, onUpdated };
}

/** An offscreen document that never answers: the worker is stopped while it parses. */
const stopped = () => new Promise<never>(() => undefined);
const noArticle = async () => ({ status: "no-article" });

it("writes an analysis down while it runs, and the next worker runs it again and closes the left offscreen document", async () => {
  const first = await startWorker(stopped);
  first.onUpdated(7, { status: "complete" }, { id: 7, url });
  await vi.waitFor(() => expect(first.fake.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: "analyzeSnapshot" })));
  expect(Object.values(session)).toEqual([{ url, runs: 1 }]);

  // The browser stops the worker; an event starts the next one.
  const next = await startWorker(noArticle);
  await vi.waitFor(() => expect(next.ports.at(-1)?.connected).toBe(false));
  expect(next.fake.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ["content.js"] });
  expect(next.ports[0]!.posted[0]).toEqual({ type: "analyze", includeVague: true });
  // Closed first, then opened for the analysis run again, then closed when it is done.
  expect(offscreen.closeDocument.mock.invocationCallOrder[0]).toBeLessThan(offscreen.createDocument.mock.invocationCallOrder.at(-1)!);
  await vi.waitFor(() => expect(session).toEqual({}));
  expect(offscreen.closeDocument.mock.invocationCallOrder.at(-1)).toBeGreaterThan(offscreen.createDocument.mock.invocationCallOrder.at(-1)!);
});

it("closes the offscreen document a stopped worker left open even when its tab has gone, and analyses nothing", async () => {
  session["autoAnalysis:7"] = { url, runs: 1 };
  delete tabs[7];
  const next = await startWorker(noArticle);
  await vi.waitFor(() => expect(offscreen.closeDocument).toHaveBeenCalled());
  await vi.waitFor(() => expect(session).toEqual({}));
  expect(next.fake.scripting.executeScript).not.toHaveBeenCalled();
});

it("leaves alone a tab that shows another page since: its own load is analysed", async () => {
  session["autoAnalysis:7"] = { url, runs: 1 };
  tabs[7] = "https://www.middleeasteye.net/fr/news/other";
  const next = await startWorker(noArticle);
  await vi.waitFor(() => expect(session).toEqual({}));
  expect(next.fake.scripting.executeScript).not.toHaveBeenCalled();
});

it("gives up, saying so, on a page whose analysis outlasted the worker twice", async () => {
  session["autoAnalysis:7"] = { url, runs: 2 };
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const next = await startWorker(noArticle);
  await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining(`stopped 2 times on ${url}`)));
  expect(session).toEqual({});
  expect(next.fake.scripting.executeScript).not.toHaveBeenCalled();
});

it("a page that loads again as the next worker starts is analysed once, and stays written down while that runs", async () => {
  session["autoAnalysis:7"] = { url, runs: 1 };
  let read = () => {};
  const next = await startWorker(stopped, new Promise<void>((resolve) => (read = resolve)));
  next.onUpdated(7, { status: "complete" }, { id: 7, url });
  await vi.waitFor(() => expect(next.fake.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: "analyzeSnapshot" })));
  read();
  // What the worker does with what it read takes microtasks only (the fakes answer at once): a task comes after them.
  await new Promise((resolve) => setTimeout(resolve));
  expect(session).toEqual({ "autoAnalysis:7": { url, runs: 1 } });
  expect(next.fake.scripting.executeScript).toHaveBeenCalledOnce();
  expect(offscreen.closeDocument.mock.invocationCallOrder.at(-1) ?? 0).toBeLessThan(offscreen.createDocument.mock.invocationCallOrder.at(-1)!);
});
