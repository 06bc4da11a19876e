// @vitest-environment jsdom
// The content script's side of reviews: stored from the popup and the in-page card, found again when the page is
// analysed, a false flag left out of the highlights, and the article text handed to exports.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { Highlighter, type CardReviews } from "../../src/dom/anchor";
import { quoteContext } from "../../src/core/export/fragment";
import type { CheckedClaim } from "../../src/browser/messages";
import { reviewsKey } from "../../src/core/reviews/key";
import type { Review } from "../../src/core/model/review";
import type { Article, Claim } from "../../src/core/model/claim";
import { EXTENSION_ID, fakePort, type FakeBrowser, type FakePort } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());
// The page is read at once; every claim is placed on the page.
const place = vi.hoisted(() =>
  vi.fn((_article: Article, claims: readonly Claim[]) =>
    claims.map((claim) => ({ claimId: claim.id, range: new Range(), sourceRange: null })),
  ),
);
vi.mock("../../src/dom/anchor", async () => (await import("./fake-anchor")).fakeAnchorModule(place));

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
  url: "https://www.middleeasteye.net/fr/reportages/haftar", siteName: "Middle East Eye", droppedLead: false,
};
const profile = {
  unnamedSources: 2, unnamedAttributions: 2, namedAttributions: 0, sentences: 2, unnamedSentences: 2, unnamedShare: 1,
  topChecks: [{ id: "C2", claims: 2 }],
};
const key = reviewsKey(outline.url);
const verified: Review = { status: "verified", note: "Confirmed by a second diplomat", updated: "2024-05-02T10:00:00.000Z" };

let storage: Record<string, unknown>;
let page = 0;

const events = (port: FakePort) => port.posted as { type: string; [field: string]: unknown }[];

/** One analysis over the port, as the popup runs it, with new claim ids each time (a new analysis). */
async function analyse(run = String(page)) {
  const port = fakePort("anonymark-analysis", { id: EXTENSION_ID });
  onConnect(port);
  port.receive({ type: "analyze", includeVague: true });
  await vi.waitFor(() => expect(events(port).some((event) => event.type === "snapshot" && event.done)).toBe(true));
  port.receive({ type: "text", chunk: text });
  port.receive({ type: "claims", claims: [firm, arms].map((c) => ({ ...c, id: `${run}-${c.id}` })) });
  port.receive({ type: "place", article: outline, includeVague: true, profile });
  const result = await vi.waitFor(() => {
    const event = events(port).find((candidate) => candidate.type === "result");
    expect(event).toBeDefined();
    return event!.result as { claims: { id: string; review?: Review }[]; goneReviews: unknown[] };
  });
  const highlighter = highlighters.mock.results.at(-1)!.value as { draw: ReturnType<typeof vi.fn> };
  return { result, highlighter, ids: [`${run}-c1`, `${run}-c2`] };
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
  storage = {};
  Object.assign(fake.storage.local, {
    get: vi.fn(async (keys: string | string[]) =>
      Object.fromEntries([keys].flat().filter((name) => name in storage).map((name) => [name, structuredClone(storage[name])])),
    ),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(storage, structuredClone(items))),
    remove: vi.fn(async (name: string) => void delete storage[name]),
  });
  document.body.innerHTML = `<article><p>${text.replace("\n\n", "</p><p>")}</p></article>`;
  history.replaceState(null, "", `/article-${++page}`);
});

it("stores a review from the popup with the claim's quote, and gives it back on the next analysis", async () => {
  const first = await analyse("first");
  expect(await ask({ type: "review", claimId: first.ids[1], review: verified })).toEqual({ status: "ok" });
  expect(storage[key]).toMatchObject({ url: outline.url, reviews: [{ ...verified, quote: quoteContext(text, arms.start, arms.end) }] });

  history.replaceState(null, "", `/article-${++page}`);
  const again = await analyse("again");
  expect(again.result.claims.map((c) => c.review)).toEqual([undefined, verified]);
  expect(again.result.goneReviews).toEqual([]);
});

it("a false flag loses its highlight at once and on the next analysis; taking it back restores it", async () => {
  const first = await analyse("first");
  expect(drawnIds(first.highlighter)).toEqual(first.ids);
  await ask({ type: "review", claimId: first.ids[0], review: { ...verified, status: "false-flag" } });
  expect(drawnIds(first.highlighter)).toEqual([first.ids[1]]);

  history.replaceState(null, "", `/article-${++page}`);
  const again = await analyse("again");
  expect(drawnIds(again.highlighter)).toEqual([again.ids[1]]);
  await ask({ type: "review", claimId: again.ids[0], review: null });
  expect(drawnIds(again.highlighter)).toEqual(again.ids);
  expect(storage[key]).toBeUndefined();
});

it("reports stored reviews whose passage the article no longer has", async () => {
  storage[key] = {
    url: outline.url, title: outline.title,
    reviews: [{ ...verified, quote: { exact: "Le maréchal a quitté Alger sans accord.", prefix: "", suffix: "" } }],
  };
  const { result } = await analyse();
  expect(result.goneReviews).toMatchObject([{ quote: { exact: "Le maréchal a quitté Alger sans accord." } }]);
  expect(result.claims.every((c) => c.review === undefined)).toBe(true);
});

it("stores a status picked on the in-page card, keeping the note", async () => {
  const { ids } = await analyse();
  await ask({ type: "review", claimId: ids[0], review: { ...verified, status: "to-check" } });
  const card = highlighters.mock.calls.at(-1)![2] as { reviews: CardReviews };
  expect(card.reviews.statusOf(ids[0]!)).toBe("to-check");
  card.reviews.setStatus(ids[0]!, "disputed");
  await vi.waitFor(() => expect(storage[key]).toMatchObject({ reviews: [{ status: "disputed", note: verified.note }] }));
});

it("hands the article text to the popup for exports", async () => {
  await analyse();
  expect(await ask({ type: "articleText" })).toEqual({ status: "ok", text });
});
