// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/platform";
import { analyzeDocument } from "../../src/pipeline";
import { Highlighter } from "../../src/anchor";
import type { Analysis, Article, Claim } from "../../src/types";
import { EXTENSION_ID, type FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/platform", async () => (await import("../popup/fake-platform")).platformModule());
vi.mock("../../src/detect", () => ({ supportedLanguages: ["fr", "en"] }));
vi.mock("../../src/pipeline", () => ({ analyzeDocument: vi.fn() }));
vi.mock("../../src/anchor", () => ({
  // The first claim is placed on the page, the others are not.
  anchorClaims: vi.fn((_doc: Document, _article: Article, claims: Claim[]) =>
    claims.map((claim, index) => ({ claimId: claim.id, range: index === 0 ? new Range() : null, sourceRange: null })),
  ),
  Highlighter: vi.fn(
    class {
      draw = vi.fn();
      clear = vi.fn();
      setVisible = vi.fn();
      reveal = vi.fn();
    },
  ),
}));

const fake = browser as unknown as FakeBrowser;
const pipeline = vi.mocked(analyzeDocument);
const highlighters = vi.mocked(Highlighter);
type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
let listener: Listener;
const fromPopup = { id: EXTENSION_ID };

// From "Trump's pick for Pentagon job" style wire copy: one anonymous official, one vague collective.
const text =
  "A senior official said the talks had stalled.\n\nSome experts say the deal will not survive the summer.";
function claim(id: string, sentence: string, source: string, anonymity: Claim["source"]["anonymity"], group: string): Claim {
  const start = text.indexOf(sentence);
  const sourceStart = text.indexOf(source);
  return {
    id, text: sentence, start, end: start + sentence.length,
    source: { text: source, start: sourceStart, end: sourceStart + source.length, category: "official", anonymity },
    cue: null, kind: "explicit", group, hedges: [],
  };
}
const official = claim("c1", "A senior official said the talks had stalled.", "A senior official", "anonymous", "g1");
const experts = claim("c2", "Some experts say the deal will not survive the summer.", "Some experts", "vague", "g2");
const article: Article = {
  title: "Talks stall", byline: null, lang: "en", standfirst: null, text,
  blocks: [], url: "https://news.example/talks", siteName: null, droppedLead: true,
};
const analysis: Analysis = { lang: "en", unsupported: false, claims: [official, experts], named: [], sentenceCount: 2 };

const send = (message: unknown, sender: { id?: string } = fromPopup) => listener(message, sender);
let page = 0;

beforeAll(async () => {
  await import("../../src/content/index");
  listener = fake.runtime.onMessage.addListener.mock.calls[0]![0] as Listener;
});

beforeEach(() => {
  pipeline.mockReset().mockReturnValue({ article, analysis });
  fake.runtime.sendMessage.mockClear();
  // Each test on a page of its own, so that no result is answered from an earlier test's page.
  history.replaceState(null, "", `/article-${++page}`);
});

describe("analyze", () => {
  it("answers with the claims, which of them are placed, and the counts, and reports the count for the badge", async () => {
    const result = await send({ type: "analyze", includeVague: true });
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

  it("leaves vague attributions out when asked to", async () => {
    const result = await send({ type: "analyze", includeVague: false });
    expect(result).toMatchObject({ claims: [{ id: "c1" }], counts: { claims: 1, sources: 1 } });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: "claimCount", count: 1 });
  });

  it("answers a second popup from the same page without analysing it again", async () => {
    await send({ type: "analyze", includeVague: true });
    await send({ type: "analyze", includeVague: true });
    expect(pipeline).toHaveBeenCalledTimes(1);
  });

  it("reports a page without an article, and one in a language it does not read", async () => {
    pipeline.mockReturnValue({ article: null, analysis: null });
    expect(await send({ type: "analyze", includeVague: true })).toEqual({ status: "no-article" });
    history.replaceState(null, "", "/elsewhere");
    pipeline.mockReturnValue({ article: { ...article, lang: "es" }, analysis: { ...analysis, lang: "es", unsupported: true } });
    expect(await send({ type: "analyze", includeVague: true })).toMatchObject({
      status: "unsupported-language",
      supportedLanguages: ["fr", "en"],
    });
  });

  it("turns a failure into an error answer instead of throwing into the page", async () => {
    pipeline.mockImplementation(() => {
      throw new TypeError("Cannot read properties of null");
    });
    expect(await send({ type: "analyze", includeVague: true })).toEqual({
      status: "error",
      message: "Cannot read properties of null",
    });
  });
});

describe("highlights", () => {
  it("reveals a claim and turns highlights off, and a later popup knows they are off", async () => {
    await send({ type: "analyze", includeVague: true });
    const highlighter = highlighters.mock.results.at(-1)!.value as InstanceType<typeof Highlighter> & {
      reveal: ReturnType<typeof vi.fn>;
      setVisible: ReturnType<typeof vi.fn>;
    };
    expect(await send({ type: "reveal", claimId: "c1" })).toEqual({ status: "ok" });
    expect(highlighter.reveal).toHaveBeenCalledWith("c1");
    expect(await send({ type: "setHighlights", visible: false })).toEqual({ status: "ok" });
    expect(highlighter.setVisible).toHaveBeenCalledWith(false);
    expect(await send({ type: "analyze", includeVague: true })).toMatchObject({ highlightsVisible: false });
  });

  it("clears the previous page's highlights before drawing new ones", async () => {
    await send({ type: "analyze", includeVague: true });
    const previous = highlighters.mock.results.at(-1)!.value as { clear: ReturnType<typeof vi.fn> };
    history.replaceState(null, "", "/next-article");
    await send({ type: "analyze", includeVague: true });
    expect(previous.clear).toHaveBeenCalled();
  });
});

describe("who it listens to", () => {
  it("ignores messages from other extensions", async () => {
    expect(send({ type: "analyze", includeVague: true }, { id: "another-extension" })).toBeUndefined();
    expect(pipeline).not.toHaveBeenCalled();
  });

  it("ignores malformed messages", () => {
    expect(send({ type: "analyze" })).toBeUndefined();
    expect(send({ type: "reveal", claimId: 3 })).toBeUndefined();
    expect(pipeline).not.toHaveBeenCalled();
  });

  it("does not act on messages posted by the page", async () => {
    window.postMessage({ type: "analyze", includeVague: true }, "*");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pipeline).not.toHaveBeenCalled();
  });

  it("sets itself up once however many times the popup injects it", async () => {
    vi.resetModules();
    await import("../../src/content/index");
    // The module ran again (as a new injection does) on the same extension API: one listener all the same.
    expect(fake.runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
  });
});
