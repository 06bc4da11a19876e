// @vitest-environment jsdom
// The content script's side of reviews: stored from the popup and the in-page card, found again when the page is
// analysed, never shown on the page (a false flag is highlighted like the rest), and the article text handed to exports.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import type { CardReviews } from "../../src/content/card";
import { Highlighter } from "../../src/dom/highlight/highlighter";
import { quoteOf } from "../../src/core/model/quote";
import type { CheckedClaim } from "../../src/core/model/findings";
import type { Review } from "../../src/core/model/review";
import type { Article, Claim } from "../../src/core/model/claim";
import { EXTENSION_ID, fakePort, type FakeBrowser, type FakePort } from "../popup/fake-platform";
import { installFakeStorage } from "../reviews/fake-storage";
import { reviewKey } from "../../src/core/reviews/key";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());
// The page is read at once; every claim is placed on the page.
const place = vi.hoisted(() =>
  vi.fn((_article: Article, claims: readonly Claim[]) =>
    claims.map((claim) => ({ claimId: claim.id, range: new Range(), sourceRange: null })),
  ),
);
vi.mock("../../src/dom/anchor", async () => (await import("./fake-anchor")).fakeAnchorModule(place));
vi.mock("../../src/dom/highlight/highlighter", async () => (await import("./fake-anchor")).fakeHighlighterModule());
// The real card, the review stores it is given recorded: the test uses the one the page hands it.
const cardReviews = vi.hoisted(() => [] as CardReviews[]);
vi.mock("../../src/content/card", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/content/card")>();
  class RecordedCard extends actual.SourceCard {
    constructor(...args: ConstructorParameters<typeof actual.SourceCard>) {
      super(...args);
      if (args[2]) cardReviews.push(args[2]);
    }
  }
  return { ...actual, SourceCard: RecordedCard };
});

const fake = browser as unknown as FakeBrowser;
const highlighters = vi.mocked(Highlighter);
type MessageListener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
let onMessage: MessageListener;
let onConnect: (port: FakePort) => void;

// Sentences of the seed article (Middle East Eye, French edition, 18 December 2016).
const text = [
  "Selon une source diplomatique, Alger se serait montrée très ferme.",
  "Une source diplomatique algérienne a révélé à Middle East Eye que le maréchal rebelle avait demandé des armes.",
].join("\n\n");
function claim(id: string, sentence: string, source: string, group: string): CheckedClaim {
  const start = text.indexOf(sentence);
  const sourceStart = text.indexOf(source);
  return {
    id, text: sentence, start, end: start + sentence.length,
    source: { text: source, start: sourceStart, end: sourceStart + source.length, category: "diplomatic", anonymity: "anonymous" },
    cue: null, kind: "explicit", group, hedges: [], rule: "cue-before", checks: [{ id: "C2", severity: "warning" }],
  };
}
const firm = claim("c1", "Selon une source diplomatique, Alger se serait montrée très ferme.", "une source diplomatique", "g1");
const arms = claim("c2", text.split("\n\n")[1]!, "Une source diplomatique algérienne", "g2");
const outline = {
  title: "Khalifa Haftar à Alger", byline: null, lang: "fr", standfirst: null, blocks: [],
  // The page's canonical address, on its own site (jsdom's pages are on localhost).
  url: `${location.origin}/fr/reportages/haftar`, siteName: "Middle East Eye", published: null, droppedLead: false,
};
const profile = {
  unnamedSources: 2, unnamedAttributions: 2, namedAttributions: 0, sentences: 2, unnamedSentences: 2, unnamedShare: 1,
  topChecks: [{ id: "C2", claims: 2 }],
};
const verified: Review = { status: "verified", note: "Confirmed by a second diplomat", updated: "2024-05-02T10:00:00.000Z" };

let storage: ReturnType<typeof installFakeStorage>;
/** The reviews storage holds. */
const stored = () =>
  Object.entries(storage.data).flatMap(([key, value]) => (key.startsWith("reviews:") ? [value] : [])) as (Review & {
    url: string;
    quote: { exact: string };
  })[];
let page = 0;

const events = (port: FakePort) => port.posted as { type: string; [field: string]: unknown }[];

/** One analysis over the port, as the popup runs it, with new claim ids each time (a new analysis). */
async function analyse(run = String(page), article = outline) {
  const port = fakePort("anonymark-analysis", { id: EXTENSION_ID });
  onConnect(port);
  port.receive({ type: "analyze", includeVague: true });
  await vi.waitFor(() => expect(events(port).some((event) => event.type === "snapshot" && event.done)).toBe(true));
  port.receive({ type: "text", chunk: text });
  port.receive({ type: "claims", claims: [firm, arms].map((c) => ({ ...c, id: `${run}-${c.id}` })) });
  port.receive({ type: "place", article, includeVague: true, profile });
  const result = await vi.waitFor(() => {
    const event = events(port).find((candidate) => candidate.type === "result");
    expect(event).toBeDefined();
    return event!.result as { claims: { id: string; review?: Review }[]; goneReviews: unknown[] };
  });
  const highlighter = highlighters.mock.results.at(-1)!.value as { draw: ReturnType<typeof vi.fn> };
  return { result, highlighter, ids: [`${run}-c1`, `${run}-c2`] };
}

/** The popup opened again on the analysed page: the page answers with the result it has. */
async function reopen() {
  const port = fakePort("anonymark-analysis", { id: EXTENSION_ID });
  onConnect(port);
  port.receive({ type: "analyze", includeVague: true });
  return vi.waitFor(() => {
    const event = events(port).find((candidate) => candidate.type === "result");
    expect(event).toBeDefined();
    return event!.result as { claims: { id: string; review?: Review }[] };
  });
}

const ask = (message: unknown) => onMessage(message, { id: EXTENSION_ID }) as Promise<unknown>;
const drawnIds = (highlighter: { draw: ReturnType<typeof vi.fn> }) =>
  (highlighter.draw.mock.calls.at(-1)![1] as Claim[]).map((c) => c.id);

beforeAll(async () => {
  await import("../../src/content/index");
  onMessage = fake.runtime.onMessage.addListener.mock.calls[0]![0] as MessageListener;
  onConnect = fake.runtime.onConnect.addListener.mock.calls[0]![0] as (port: FakePort) => void;
});

beforeEach(() => {
  storage = installFakeStorage(fake);
  document.body.innerHTML = `<article><p>${text.replace("\n\n", "</p><p>")}</p></article>`;
  history.replaceState(null, "", `/article-${++page}`);
});

it("stores a review from the popup with the claim's quote, and gives it back on the next analysis", async () => {
  const first = await analyse("first");
  expect(await ask({ type: "review", claimId: first.ids[1], review: verified })).toEqual({ status: "ok" });
  expect(stored()).toMatchObject([{ ...verified, url: outline.url, quote: quoteOf(text, arms.start, arms.end) }]);

  history.replaceState(null, "", `/article-${++page}`);
  const again = await analyse("again");
  expect(again.result.claims.map((c) => c.review)).toEqual([undefined, verified]);
  expect(again.result.goneReviews).toEqual([]);
});

it("a false flag stays highlighted like every other claim, so that the page cannot tell the reader's review", async () => {
  const first = await analyse("first");
  const draws = first.highlighter.draw.mock.calls.length;
  await ask({ type: "review", claimId: first.ids[0], review: { ...verified, status: "false-flag" } });
  expect(first.highlighter.draw.mock.calls).toHaveLength(draws);

  history.replaceState(null, "", `/article-${++page}`);
  const again = await analyse("again");
  expect(again.result.claims[0]!.review?.status).toBe("false-flag");
  expect(drawnIds(again.highlighter)).toEqual(again.ids);
});

it("draws its highlights again before giving the popup the result it already has", async () => {
  const { highlighter } = await analyse();
  const { restore } = highlighter as unknown as { restore: ReturnType<typeof vi.fn> };
  expect(restore).not.toHaveBeenCalled();
  await reopen();
  expect(restore).toHaveBeenCalledOnce();
});

it("tells the popup a review storage refused, and leaves it out of the result the popup gets again", async () => {
  const { ids } = await analyse();
  storage.failNextWrite();
  expect(await ask({ type: "review", claimId: ids[0], review: verified })).toEqual({
    status: "error", message: "QUOTA_BYTES quota exceeded",
  });
  const reopened = await reopen();
  expect(reopened.claims.map((c) => c.review)).toEqual([undefined, undefined]);
  expect(stored()).toEqual([]);
});

it("gives the popup the reviews another tab on the article stored meanwhile", async () => {
  const { ids } = await analyse();
  await ask({ type: "review", claimId: ids[0], review: verified });
  // The other tab's writes, as storage.onChanged tells this one.
  const disputed = { ...verified, status: "disputed" as const, url: outline.url, title: outline.title };
  await storage.local.set({ [reviewKey(outline.url, quoteOf(text, arms.start, arms.end))]: { ...disputed, quote: quoteOf(text, arms.start, arms.end) } });
  await storage.local.remove(reviewKey(outline.url, quoteOf(text, firm.start, firm.end)));
  await storage.told();
  expect((await reopen()).claims.map((c) => c.review?.status)).toEqual([undefined, "disputed"]);
  expect(cardReviews.at(-1)!.statusOf(ids[1]!)).toBe("disputed");
});

it("reports stored reviews whose passage the article no longer has", async () => {
  storage.data[`reviews:${outline.url} gone`] = {
    ...verified, url: outline.url, title: outline.title,
    quote: { exact: "Le maréchal a quitté Alger sans accord.", prefix: "", suffix: "" },
  };
  const { result } = await analyse();
  expect(result.goneReviews).toMatchObject([{ quote: { exact: "Le maréchal a quitté Alger sans accord." } }]);
  expect(result.claims.every((c) => c.review === undefined)).toBe(true);
});

it("stores a status picked on the in-page card, keeping the note", async () => {
  const { ids } = await analyse();
  await ask({ type: "review", claimId: ids[0], review: { ...verified, status: "to-check" } });
  const reviews = cardReviews.at(-1)!;
  expect(reviews.statusOf(ids[0]!)).toBe("to-check");
  reviews.setStatus(ids[0]!, "disputed");
  await vi.waitFor(() => expect(stored()).toMatchObject([{ status: "disputed", note: verified.note }]));
});

it("hands the article text to the popup for exports", async () => {
  await analyse();
  expect(await ask({ type: "articleText" })).toEqual({ status: "ok", text });
});
