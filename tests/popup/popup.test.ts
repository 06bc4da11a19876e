// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { h, render } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { App } from "../../src/popup/App";
import type { AnalyzeResult } from "../../src/browser/messages";
import type { PlacedClaim } from "../../src/core/model/findings";
import type { Claim } from "../../src/core/model/claim";
import { fakePort, useLocale, type FakeBrowser, type FakePort } from "./fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("./fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser;

// Sentences of the seed article (Middle East Eye, French edition, 18 December 2016), joined as the extractor joins
// paragraphs.
const paragraphs = [
  "Selon une source diplomatique, le projet de coopération militaire proposé par le maréchal rebelle a été conditionné par les Algériens à une entente avec le Gouvernement d'union nationale.",
  "Une source diplomatique algérienne a révélé à Middle East Eye que le maréchal rebelle avait demandé des armes.",
  "Dans les prochains jours, le président Abdelaziz Bouteflika devrait, toujours selon cette source diplomatique, étudier un projet.",
];
const articleText = paragraphs.join("\n\n");

/** A claim on `sentence`, with its source and cue found in it; offsets are into the article text. */
function claimOn(
  sentence: string,
  source: string,
  cue: string,
  fields: Partial<Claim> & { group: string; placed?: boolean },
): PlacedClaim {
  const start = articleText.indexOf(sentence);
  const sourceStart = start + sentence.indexOf(source);
  const cueStart = start + sentence.indexOf(cue);
  return {
    id: `c${start}`,
    text: sentence,
    start,
    end: start + sentence.length,
    source: { text: source, start: sourceStart, end: sourceStart + source.length, category: "diplomatic", anonymity: "anonymous" },
    cue: { text: cue, start: cueStart, end: cueStart + cue.length },
    kind: "explicit",
    hedges: [],
    rule: "cue-before",
    checks: [],
    placed: true,
    ...fields,
  };
}

const standfirst = claimOn(paragraphs[0]!, "une source diplomatique", "Selon", { group: "g1" });
const algerian = claimOn(paragraphs[1]!, "Une source diplomatique algérienne", "a révélé", {
  group: "g2",
  hedges: ["avait demandé"],
});
const anaphor = claimOn(paragraphs[2]!, "cette source diplomatique", "selon", { group: "g2", kind: "anaphoric" });

function okResult(claims: PlacedClaim[]): AnalyzeResult {
  return {
    status: "ok",
    article: {
      title: "Algérie-Libye", lang: "fr", url: "http://127.0.0.1/seed.html", droppedLead: false,
      siteName: null, byline: null, published: null,
    },
    claims,
    counts: {
      claims: claims.length,
      sources: new Set(claims.map((claim) => claim.group)).size,
      unplaced: claims.filter((claim) => !claim.placed).length,
    },
    highlightsVisible: true,
    profile: {
      unnamedSources: new Set(claims.map((claim) => claim.group)).size,
      unnamedAttributions: claims.length,
      namedAttributions: 0,
      sentences: 3,
      unnamedSentences: claims.length,
      unnamedShare: claims.length / 3,
      topChecks: [],
    },
    goneReviews: [],
  };
}

const TAB = { id: 7, url: "http://127.0.0.1:8080/seed.html" };
let container: HTMLElement;

/** The analysis port the popup opened to the page, most recent first. */
const pagePort = () => fake.tabs.connect.mock.results.at(-1)!.value as FakePort;

/** Opens the popup on a tab whose content script has `result` ready, and answers `analyze` with it. */
async function openPopup(result: unknown, { search = "", tab = TAB } = {}) {
  fake.tabs.query.mockResolvedValue([tab]);
  fake.tabs.get.mockResolvedValue(tab);
  fake.tabs.sendMessage.mockResolvedValue({ status: "ok" });
  fake.tabs.connect.mockImplementation(() => {
    const port = fakePort();
    port.postMessage.mockImplementation((message) => {
      if ((message as { type: string }).type === "analyze") queueMicrotask(() => port.receive({ type: "result", result }));
    });
    return port;
  });
  render(h(App, { search }), container);
  await vi.waitFor(() => expect(container.querySelector(".loading")).toBeNull());
}

const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];

beforeEach(() => {
  vi.clearAllMocks();
  fake.storage.local.get.mockResolvedValue({});
  fake.scripting.executeScript.mockResolvedValue([]);
  useLocale("en");
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe("summary", () => {
  it("counts claims and distinct sources, in English", async () => {
    await openPopup(okResult([standfirst, algerian, anaphor]));
    expect($("summary")?.textContent).toBe("3 claims rest on 2 unnamed sources in this article.");
  });

  it("uses the singular for one claim on one source", async () => {
    await openPopup(okResult([standfirst]));
    expect($("summary")?.textContent).toBe("1 claim rests on 1 unnamed source in this article.");
  });

  it("follows French plural rules", async () => {
    useLocale("fr");
    await openPopup(okResult([standfirst, algerian, anaphor]));
    expect($("summary")?.textContent).toBe("3 affirmations reposent sur 2 sources anonymes dans cet article.");
    render(null, container);
    await openPopup(okResult([standfirst]));
    expect($("summary")?.textContent).toBe("1 affirmation repose sur 1 source anonyme dans cet article.");
  });

  it("says so when nothing rests on an unnamed source, with no toggle", async () => {
    await openPopup(okResult([]));
    expect($("summary")?.textContent).toBe("No claim in this article rests on an unnamed source.");
    expect($("toggle-highlights")).toBeNull();
  });
});

describe("claims", () => {
  it("groups claims by the source they rest on, in article order", async () => {
    await openPopup(okResult([anaphor, standfirst, algerian]));
    const groups = $$("group");
    expect(groups.map((group) => group.querySelector("h2")?.textContent)).toEqual([
      "une source diplomatique",
      "Une source diplomatique algérienne",
    ]);
    const idsIn = (group: HTMLElement) =>
      [...group.querySelectorAll("[data-testid=claim]")].map((claim) => claim.getAttribute("data-claim-id"));
    expect(idsIn(groups[0]!)).toEqual([standfirst.id]);
    expect(idsIn(groups[1]!)).toEqual([algerian.id, anaphor.id]);
    expect(groups[1]!.textContent).toContain("Diplomatic");
    expect(groups[1]!.textContent).toContain("2 claims");
  });

  it("marks the source phrase and the cue where they sit in the sentence", async () => {
    await openPopup(okResult([anaphor]));
    const sentence = container.querySelector(`[data-claim-id="${anaphor.id}"] .sentence`)!;
    expect(sentence.textContent).toBe(anaphor.text);
    expect(sentence.querySelector("mark")?.textContent).toBe("cette source diplomatique");
    expect(sentence.querySelector("strong")?.textContent).toBe("selon");
    // The text before the cue is left as it is.
    expect(sentence.firstChild?.textContent).toBe("Dans les prochains jours, le président Abdelaziz Bouteflika devrait, toujours ");
  });

  it("shows the kind and the hedges of each claim", async () => {
    await openPopup(okResult([algerian, anaphor]));
    const [first, second] = $$("claim");
    expect(first!.textContent).toContain("Hedged: avait demandé");
    expect(second!.textContent).toContain("Refers back to this source");
  });

  it("renders page text as text, never as markup", async () => {
    const hostile = claimOn(paragraphs[0]!, "une source diplomatique", "Selon", { group: "g1" });
    hostile.text = hostile.text.replace("le projet", '<img src=x onerror="alert(1)">');
    await openPopup(okResult([hostile]));
    expect(container.querySelector("img")).toBeNull();
    expect($("claim")!.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it("lists claims the page could not place, without a way to reveal them", async () => {
    await openPopup(okResult([{ ...standfirst, placed: false }]));
    const claim = $("claim")!;
    expect(claim.textContent).toContain("Not placed on the page");
    expect(claim.tagName).not.toBe("BUTTON");
    expect(container.textContent).toContain("1 of them could not be placed on the page.");
  });
});

describe("talking to the page", () => {
  it("injects the content script into the target tab, then asks it to analyse", async () => {
    await openPopup(okResult([standfirst]));
    expect(fake.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ["content.js"] });
    expect(fake.tabs.connect).toHaveBeenCalledWith(7, { name: "anonymark-analysis", frameId: 0 });
    expect(pagePort().posted[0]).toEqual({ type: "analyze", includeVague: true });
  });

  it("analyses the tab named in ?tab= instead of the active tab", async () => {
    await openPopup(okResult([standfirst]), { search: "?tab=42", tab: { ...TAB, id: 42 } });
    expect(fake.tabs.get).toHaveBeenCalledWith(42);
    expect(fake.tabs.query).not.toHaveBeenCalled();
    expect(fake.tabs.connect).toHaveBeenCalledWith(42, expect.objectContaining({ frameId: 0 }));
  });

  it("leaves vague attributions out when the user turned them off", async () => {
    fake.storage.local.get.mockResolvedValue({ showVague: false });
    await openPopup(okResult([standfirst]));
    expect(pagePort().posted[0]).toEqual({ type: "analyze", includeVague: false });
  });

  it("reveals a claim in the page when it is activated; claims are real buttons, so Enter and Space work", async () => {
    await openPopup(okResult([standfirst, algerian]));
    const claim = container.querySelector<HTMLButtonElement>(`[data-claim-id="${algerian.id}"]`)!;
    expect(claim.tagName).toBe("BUTTON");
    expect(claim.type).toBe("button");
    claim.focus();
    expect(document.activeElement).toBe(claim);
    claim.click();
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: "reveal", claimId: algerian.id }, { frameId: 0 });
  });

  it("turns the highlights off and on with the toggle", async () => {
    await openPopup(okResult([standfirst]));
    const toggle = $("toggle-highlights")!;
    expect(toggle.getAttribute("role")).toBe("switch");
    expect(toggle.getAttribute("aria-checked")).toBe("true");
    toggle.click();
    await vi.waitFor(() => expect(toggle.getAttribute("aria-checked")).toBe("false"));
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: "setHighlights", visible: false }, { frameId: 0 });
    toggle.click();
    await vi.waitFor(() => expect(toggle.getAttribute("aria-checked")).toBe("true"));
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: "setHighlights", visible: true }, { frameId: 0 });
  });
});

describe("pages without a result", () => {
  it("refuses a browser page before trying to inject", async () => {
    await openPopup(okResult([]), { tab: { id: 3, url: "chrome://extensions/" } });
    expect($("status")?.textContent).toContain("can't read this page");
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });

  it("says the stores are protected", async () => {
    await openPopup(okResult([]), { tab: { id: 3, url: "https://addons.mozilla.org/en-US/firefox/" } });
    expect($("status")?.textContent).toBe("Anonymark can't read extension store pages: browsers protect them.");
  });

  it("explains a refused local file by file access", async () => {
    fake.scripting.executeScript.mockRejectedValue(new Error("Cannot access contents of url \"file:///tmp/a.html\"."));
    await openPopup(okResult([]), { tab: { id: 3, url: "file:///tmp/a.html" } });
    expect($("status")?.textContent).toContain("allow Anonymark access to file URLs");
  });

  it("explains a refused injection instead of failing", async () => {
    fake.scripting.executeScript.mockRejectedValue(new Error("Cannot access contents of the page."));
    await openPopup(okResult([]));
    expect($("status")?.textContent).toBe("Anonymark can't read this page.");
  });

  it("says when the page has no article, and why", async () => {
    await openPopup({ status: "no-article", reason: "login-wall" });
    expect($("status")?.textContent).toBe(
      "No article found on this page. The article seems to be behind a login or a subscription: open it where you have access, then try again.",
    );
    expect($("analyze-selection")).toBeNull();
    expect(container.textContent).toContain("select it on the page and open Anonymark again");
  });

  it("analyses the text the reader selected when the page has no article, and lists its claims", async () => {
    await openPopup({ status: "no-article", reason: "not-article", selected: true });
    const selection = { text: paragraphs[0]!, url: TAB.url, title: "Une", lang: "fr" };
    fake.tabs.connect.mockImplementation(() => {
      const port = fakePort();
      port.postMessage.mockImplementation((message) => {
        const request = message as { type: string; claims?: PlacedClaim[] };
        if (request.type === "analyzeSelection") queueMicrotask(() => port.receive({ type: "selection", ...selection }));
        if (request.type === "claims") {
          const placed = request.claims!.map((claim) => ({ ...claim, placed: true }));
          queueMicrotask(() => port.receive({ type: "result", result: okResult(placed) }));
        }
      });
      return port;
    });
    $("analyze-selection")!.click();
    await vi.waitFor(() => expect($("summary")?.textContent).toContain("1 claim"));
    const sent = pagePort().postMessage.mock.calls.map(([message]) => (message as { type: string }).type);
    expect(sent).toEqual(["analyzeSelection", "text", "claims", "place"]);
  });

  it("says so when the selection is gone by the time the reader asks", async () => {
    await openPopup({ status: "no-article", reason: "not-article", selected: true });
    fake.tabs.connect.mockImplementation(() => {
      const port = fakePort();
      port.postMessage.mockImplementation(() =>
        queueMicrotask(() => port.receive({ type: "selection", text: " ", url: TAB.url, title: "", lang: "" })),
      );
      return port;
    });
    $("analyze-selection")!.click();
    await vi.waitFor(() => expect($("status")?.textContent).toContain("Nothing is selected on the page."));
  });

  it("shows page text in its own direction, its bidi controls as code points, never obeyed", async () => {
    const turned = claimOn(paragraphs[0]!, "une source diplomatique", "Selon", { group: "g1" });
    const hostile = { ...turned, source: { ...turned.source, text: "une source \u202Eeuqitamolpid\u202C" } };
    // Written for this test: an Arabic claim in the list.
    const arabic = { ...turned, id: "ar", group: "g2", text: "قالت مصادر مطلعة إن المفاوضات توقفت.", cue: null, hedges: [] };
    await openPopup(okResult([hostile, arabic]));
    const [first, second] = $$("group");
    expect(first!.querySelector(".group-source")!.textContent).toBe("une source ⟨U+202E⟩euqitamolpid⟨U+202C⟩");
    expect(first!.querySelector(".group-source")!.getAttribute("dir")).toBe("ltr");
    expect(second!.querySelector(".sentence")!.getAttribute("dir")).toBe("rtl");
  });

  it("lists the languages it reads when the article is in another one", async () => {
    const article = {
      title: "Noticia", lang: "es", url: "https://elpais.com/", droppedLead: false, siteName: null, byline: null, published: null,
    };
    await openPopup({ status: "unsupported-language", article, supportedLanguages: ["fr", "en"] });
    expect($("status")?.textContent).toBe(
      "Anonymark reads articles in French and English; this one seems to be in another language.",
    );
  });

  it("shows an error for a malformed answer from the page", async () => {
    await openPopup({ status: "ok", claims: "everything" });
    expect($("status")?.textContent).toContain("Something went wrong");
  });

  it("shows an error when the page does not answer", async () => {
    fake.tabs.query.mockResolvedValue([TAB]);
    fake.tabs.connect.mockImplementation(() => {
      const port = fakePort();
      queueMicrotask(() => port.hangUp());
      return port;
    });
    render(h(App, { search: "" }), container);
    await vi.waitFor(() => expect($("status")?.textContent).toContain("the page went away"));
  });

  it("announces what replaces the loading message to screen readers", async () => {
    await openPopup({ status: "no-article", reason: "too-short" });
    expect($("status")?.closest("[aria-live]")).not.toBeNull();
    render(null, container);
    await openPopup(okResult([standfirst]));
    expect($("summary")?.closest("[aria-live]")).not.toBeNull();
  });
});

describe("a page analysed in parts", () => {
  const seedHtml = readFileSync(`${import.meta.dirname}/../fixtures/seed-mee-haftar.html`, "utf8");

  /** Opens the popup on a tab whose content script sends its HTML in two parts and then waits for the claims. */
  async function openOnSnapshot() {
    fake.tabs.query.mockResolvedValue([TAB]);
    fake.tabs.connect.mockImplementation(() => {
      const port = fakePort();
      port.postMessage.mockImplementation((message) => {
        if ((message as { type: string }).type !== "analyze") return;
        const half = Math.floor(seedHtml.length / 2);
        const snapshot = { type: "snapshot", url: TAB.url, articleInFrame: false, selected: false };
        queueMicrotask(() => {
          port.receive({ ...snapshot, html: seedHtml.slice(0, half), done: false });
          port.receive({ ...snapshot, html: seedHtml.slice(half), done: true });
        });
      });
      return port;
    });
    render(h(App, { search: "" }), container);
    await vi.waitFor(() => expect(pagePort().posted.at(-1)).toMatchObject({ type: "place" }), { timeout: 10_000 });
    return pagePort();
  }

  it("analyses the page's HTML itself, sends the article and its claims back in parts, and shows progress", async () => {
    const port = await openOnSnapshot();
    const posted = port.posted as { type: string; chunk?: string; claims?: Claim[] }[];
    // The article's text first, then its claims, then the request to place them.
    const order = posted.slice(1).map(({ type }) => ["text", "claims", "place"].indexOf(type));
    expect(posted[0]!.type).toBe("analyze");
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(order.filter((step) => step === 2)).toHaveLength(1);
    const text = posted.map((message) => message.chunk ?? "").join("");
    expect(text).toContain("Selon une source diplomatique, Alger se serait montrée très ferme");
    const claims = posted.flatMap((message) => message.claims ?? []);
    expect(claims.length).toBeGreaterThanOrEqual(8);
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);

    port.receive({ type: "progress", placed: 3, total: claims.length });
    await vi.waitFor(() => expect(container.querySelector("progress")?.getAttribute("value")).toBe("3"));
    expect(container.textContent).toContain(`3 of ${claims.length}`);
  });

  it("stops when the reader cancels: the port to the page is closed", async () => {
    const port = await openOnSnapshot();
    $("cancel")!.click();
    await vi.waitFor(() => expect($("status")?.textContent).toContain("Analysis cancelled."));
    expect(port.disconnect).toHaveBeenCalled();
  });

  it("says so when the page has no article of its own but a frame covers it", async () => {
    fake.tabs.query.mockResolvedValue([TAB]);
    fake.tabs.connect.mockImplementation(() => {
      const port = fakePort();
      port.postMessage.mockImplementation(() =>
        queueMicrotask(() =>
          port.receive({
            type: "snapshot", url: TAB.url, articleInFrame: true, selected: false, done: true,
            html: '<html><body><iframe src="https://reader.example/article"></iframe></body></html>',
          }),
        ),
      );
      return port;
    });
    render(h(App, { search: "" }), container);
    await vi.waitFor(() => expect($("status")?.textContent).toContain("it seems to be shown in a frame"));
  });
});
