// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { Highlighter } from "../../src/dom/highlight/highlighter";
import type { CheckedClaim } from "../../src/core/model/findings";
import type { Article, Claim } from "../../src/core/model/claim";
import { EXTENSION_ID, fakePort, type FakeBrowser, type FakePort } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());
// The page is read at once; the first claim is placed on the page, the others are not.
const place = vi.hoisted(() =>
  vi.fn((_article: Article, claims: readonly Claim[]) =>
    claims.map((claim) => ({ claimId: claim.id, range: claim.id === "c1" ? new Range() : null, sourceRange: null })),
  ),
);
vi.mock("../../src/dom/anchor", async () => (await import("./fake-anchor")).fakeAnchorModule(place));
vi.mock("../../src/dom/highlight/highlighter", async () => (await import("./fake-anchor")).fakeHighlighterModule());

const fake = browser as unknown as FakeBrowser;
const highlighters = vi.mocked(Highlighter);
type MessageListener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
let onMessage: MessageListener;
let onConnect: (port: FakePort) => void;

// From "Trump's pick for Pentagon job" style wire copy: one anonymous official, one vague collective.
const text =
  "A senior official said the talks had stalled.\n\nSome experts say the deal will not survive the summer.";
function claim(id: string, sentence: string, source: string, anonymity: Claim["source"]["anonymity"], group: string): CheckedClaim {
  const start = text.indexOf(sentence);
  const sourceStart = text.indexOf(source);
  return {
    id, text: sentence, start, end: start + sentence.length,
    source: { text: source, start: sourceStart, end: sourceStart + source.length, category: "official", anonymity },
    cue: null, kind: "explicit", group, hedges: [], rule: "cue-before", checks: [],
  };
}
const official = claim("c1", "A senior official said the talks had stalled.", "A senior official", "anonymous", "g1");
const experts = claim("c2", "Some experts say the deal will not survive the summer.", "Some experts", "vague", "g2");
const outline = {
  title: "Talks stall", byline: null, lang: "en", standfirst: null,
  blocks: [], url: "https://news.example/talks", siteName: null, published: null, droppedLead: true,
};
const profile = {
  unnamedSources: 2, unnamedAttributions: 2, namedAttributions: 0, sentences: 2, unnamedSentences: 2, unnamedShare: 1,
  topChecks: [],
};

/** A popup connecting to the page. */
function connect(sender: { id?: string } = { id: EXTENSION_ID }, name = "anonymark-analysis"): FakePort {
  const port = fakePort(name, sender);
  onConnect(port);
  return port;
}

const events = (port: FakePort) => port.posted as { type: string; [field: string]: unknown }[];
const untilEvent = (port: FakePort, type: string) =>
  vi.waitFor(() => {
    const event = events(port).find((candidate) => candidate.type === type);
    expect(event).toBeDefined();
    return event!;
  });

/** The whole exchange for one analysis: the popup asks, reads the page, sends the article and claims, gets a result. */
async function analyse(claims: CheckedClaim[] = [official, experts], includeVague = true) {
  const port = connect();
  port.receive({ type: "analyze", includeVague });
  await untilEvent(port, "snapshot");
  await vi.waitFor(() => expect(events(port).some((event) => event.type === "snapshot" && event.done)).toBe(true));
  port.receive({ type: "text", chunk: text.slice(0, 20) });
  port.receive({ type: "text", chunk: text.slice(20) });
  port.receive({ type: "claims", claims });
  port.receive({ type: "place", article: outline, includeVague, profile });
  return { port, result: (await untilEvent(port, "result")).result as Record<string, unknown> };
}

let page = 0;
beforeAll(async () => {
  await import("../../src/content/index");
  onMessage = fake.runtime.onMessage.addListener.mock.calls[0]![0] as MessageListener;
  onConnect = fake.runtime.onConnect.addListener.mock.calls[0]![0] as (port: FakePort) => void;
});

beforeEach(() => {
  place.mockClear();
  fake.runtime.sendMessage.mockClear();
  document.body.innerHTML = `<article><h1>Talks stall</h1><p>${text.replace("\n\n", "</p><p>")}</p></article>`;
  // Each test on a page of its own, so that no result is answered from an earlier test's page.
  history.replaceState(null, "", `/article-${++page}`);
});

describe("analysis over the port", () => {
  it("sends the page's HTML, then places the claims it is sent and answers with the result and the badge count", async () => {
    const { port, result } = await analyse();
    const html = events(port)
      .filter((event) => event.type === "snapshot")
      .map((event) => event.html)
      .join("");
    expect(html).toMatch(/^<!DOCTYPE html>|^<html/);
    expect(html).toContain("<p>A senior official said the talks had stalled.</p>");
    expect(events(port).find((event) => event.type === "snapshot")).toMatchObject({ url: location.href, articleInFrame: false });
    expect(place.mock.calls.map(([article]) => article.text)).toContain(text);
    expect(result).toMatchObject({
      status: "ok",
      article: { title: "Talks stall", lang: "en", url: "https://news.example/talks", droppedLead: true },
      claims: [
        { id: "c1", placed: true },
        { id: "c2", placed: false },
      ],
      counts: { claims: 2, sources: 2, unplaced: 1 },
      highlightsVisible: true,
    });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: "claimCount", count: 2 });
  });

  it("hands over the text the reader selected, then places its claims like an article's", async () => {
    const paragraph = document.querySelectorAll("article p")[1]!;
    document.getSelection()!.selectAllChildren(paragraph);
    const first = connect();
    first.receive({ type: "analyze", includeVague: true });
    await vi.waitFor(() => expect(events(first).some((event) => event.type === "snapshot" && event.done)).toBe(true));
    expect(events(first).find((event) => event.type === "snapshot")).toMatchObject({ selected: true });
    first.hangUp();

    const port = connect();
    port.receive({ type: "analyzeSelection", includeVague: true });
    const selection = await untilEvent(port, "selection");
    expect(selection).toMatchObject({ text: paragraph.textContent, url: location.href, title: document.title });
    port.receive({ type: "text", chunk: experts.text });
    port.receive({ type: "claims", claims: [{ ...experts, start: 0, end: experts.text.length }] });
    port.receive({ type: "place", article: outline, includeVague: true, profile });
    expect((await untilEvent(port, "result")).result).toMatchObject({ status: "ok", counts: { claims: 1 } });
    document.getSelection()!.removeAllRanges();
  });

  it("reports progress while it places the claims", async () => {
    const many = Array.from({ length: 30 }, (_, n) => ({ ...official, id: `c${n + 1}` }));
    const { port } = await analyse(many);
    const progress = events(port).filter((event) => event.type === "progress");
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ type: "progress", placed: 30, total: 30 });
  });

  it("answers a second popup from the same page without reading it again", async () => {
    const { result } = await analyse();
    const second = connect();
    second.receive({ type: "analyze", includeVague: true });
    const again = await untilEvent(second, "result");
    expect(again.result).toEqual(result);
    expect(events(second).some((event) => event.type === "snapshot")).toBe(false);
  });

  it("stops placing claims when the popup goes away", async () => {
    const many = Array.from({ length: 400 }, (_, n) => ({ ...official, id: `c${n + 1}` }));
    const port = connect();
    port.receive({ type: "text", chunk: text });
    port.receive({ type: "claims", claims: many });
    port.receive({ type: "place", article: outline, includeVague: true, profile });
    port.hangUp();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const placed = place.mock.calls.reduce((sum, [, claims]) => sum + claims.length, 0);
    expect(placed).toBeLessThan(many.length);
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it("says when a frame covering most of the page may hold the article", async () => {
    document.body.innerHTML = '<iframe src="about:blank"></iframe>';
    const frame = document.querySelector("iframe")!;
    frame.getBoundingClientRect = () => ({ left: 0, top: 0, right: innerWidth, bottom: innerHeight, width: innerWidth, height: innerHeight }) as DOMRect;
    const port = connect();
    port.receive({ type: "analyze", includeVague: true });
    expect(await untilEvent(port, "snapshot")).toMatchObject({ articleInFrame: true });
    port.hangUp();
  });

  it("lets a popup that asks while another analysis of the page runs share its result instead of cancelling it", async () => {
    // The popup opened while the automatic analysis of a listed site runs, or the other way round.
    const first = connect();
    first.receive({ type: "analyze", includeVague: true });
    await vi.waitFor(() => expect(events(first).some((event) => event.type === "snapshot" && event.done)).toBe(true));
    const second = connect();
    second.receive({ type: "analyze", includeVague: true });
    first.receive({ type: "text", chunk: text });
    first.receive({ type: "claims", claims: [official, experts] });
    first.receive({ type: "place", article: outline, includeVague: true, profile });
    const [mine, shared] = await Promise.all([untilEvent(first, "result"), untilEvent(second, "result")]);
    expect(shared.result).toEqual(mine.result);
    expect(events(second).some((event) => event.type === "snapshot")).toBe(false);
  });

  it("starts afresh for a popup that asks after the one reading the page went away", async () => {
    const first = connect();
    first.receive({ type: "analyze", includeVague: true });
    await untilEvent(first, "snapshot");
    const second = connect();
    second.receive({ type: "analyze", includeVague: true });
    first.hangUp();
    expect(await untilEvent(second, "snapshot")).toMatchObject({ url: location.href });
    second.hangUp();
  });
});

describe("highlights", () => {
  it("reveals a claim and turns highlights off, and a later popup knows they are off", async () => {
    await analyse();
    const highlighter = highlighters.mock.results.at(-1)!.value as InstanceType<typeof Highlighter> & {
      reveal: ReturnType<typeof vi.fn>;
      setVisible: ReturnType<typeof vi.fn>;
    };
    expect(await onMessage({ type: "reveal", claimId: "c1" }, { id: EXTENSION_ID })).toEqual({ status: "ok" });
    expect(highlighter.reveal).toHaveBeenCalledWith("c1");
    expect(await onMessage({ type: "setHighlights", visible: false }, { id: EXTENSION_ID })).toEqual({ status: "ok" });
    expect(highlighter.setVisible).toHaveBeenCalledWith(false);
    const second = connect();
    second.receive({ type: "analyze", includeVague: true });
    expect((await untilEvent(second, "result")).result).toMatchObject({ highlightsVisible: false });
  });

  it("clears the previous article's highlights when a single-page app moves to another address", async () => {
    await analyse();
    const previous = highlighters.mock.results.at(-1)!.value as { clear: ReturnType<typeof vi.fn> };
    history.pushState(null, "", "/next-article");
    document.body.append(document.createElement("main"));
    await vi.waitFor(() => expect(previous.clear).toHaveBeenCalled(), { timeout: 2000 });
    expect(await onMessage({ type: "reveal", claimId: "c1" }, { id: EXTENSION_ID })).toMatchObject({ status: "error" });
  });

  it("places the claims again when the page re-renders the article, but not when our own card comes and goes", async () => {
    await analyse();
    const calls = place.mock.calls.length;
    const highlighter = highlighters.mock.results.at(-1)!.value as { draw: ReturnType<typeof vi.fn> };
    const card = document.createElement("div");
    card.setAttribute("data-anonymark-ui", "");
    document.body.append(card);
    card.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(highlighter.draw).toHaveBeenCalledTimes(1);
    // The mock's ranges are collapsed, so any change by the page makes them look broken.
    document.querySelector("article")!.replaceWith(document.querySelector("article")!.cloneNode(true));
    await vi.waitFor(() => expect(highlighter.draw).toHaveBeenCalledTimes(2), { timeout: 2000 });
    expect(place.mock.calls.length).toBeGreaterThan(calls);
  });
});

describe("who it listens to", () => {
  it("ignores ports from other extensions and ports of another name", async () => {
    for (const port of [connect({ id: "another-extension" }), connect({ id: EXTENSION_ID }, "something-else")]) {
      port.receive({ type: "analyze", includeVague: true });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(port.postMessage).not.toHaveBeenCalled();
    }
  });

  it("ignores malformed requests", async () => {
    const port = connect();
    port.receive({ type: "analyze" });
    port.receive({ type: "claims", claims: [{ id: "c1" }] });
    port.receive({ type: "place", article: { title: 3 }, includeVague: true, profile });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(port.postMessage).not.toHaveBeenCalled();
    expect(onMessage({ type: "reveal", claimId: 3 }, { id: EXTENSION_ID })).toBeUndefined();
    expect(onMessage({ type: "reveal", claimId: "c1" }, { id: "another-extension" })).toBeUndefined();
  });

  it("does not act on messages posted by the page", async () => {
    window.postMessage({ type: "analyze", includeVague: true }, "*");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(place).not.toHaveBeenCalled();
  });

  it("leaves nothing on the page's window and no claim data in the page's DOM", async () => {
    const before = new Set(Object.keys(window));
    await analyse();
    // The content script's one global lives in its own world in a browser; here the worlds are one, so that flag is
    // the only name allowed.
    expect(Object.keys(window).filter((name) => !before.has(name) && name !== "anonymarkContent")).toEqual([]);
    expect(document.documentElement.outerHTML).not.toContain("c1");
    expect(document.documentElement.outerHTML).not.toContain("anonymous");
  });

  it("sets itself up once however many times the popup injects it", async () => {
    vi.resetModules();
    await import("../../src/content/index");
    // The module ran again (as a new injection does) on the same extension API: one listener all the same.
    expect(fake.runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
    expect(fake.runtime.onConnect.addListener).toHaveBeenCalledTimes(1);
  });
});
