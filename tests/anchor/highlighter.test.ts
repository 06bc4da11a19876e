// Highlights on the seed article: <mark> elements where the browser has no CSS Custom Highlight API (jsdom has
// none), and the Highlight API when it is there.
import { afterEach, describe, expect, test, vi } from "vitest";
import { anchorClaims, type Placement } from "../../src/dom/anchor";
import { Highlighter } from "../../src/dom/highlight/highlighter";
import { extracted, fakeHighlightApi, loadPage, seedClaims } from "./pages";

function seedPage() {
  const { dom, doc } = loadPage("seed-mee-haftar.html");
  const article = extracted(doc);
  const claims = seedClaims(article);
  const placements = anchorClaims(doc, article, claims);
  return { window: dom.window, doc, article, claims, placements };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("without the Highlight API: <mark> elements", () => {
  test("wrap each claim, with the source phrase marked apart", () => {
    const { doc, claims, placements } = seedPage();
    const highlighter = new Highlighter(doc);
    expect(highlighter.usesHighlightApi).toBe(false);
    highlighter.draw(placements, claims);
    const sources = [...doc.querySelectorAll("mark[data-anonymark=source]")].map((mark) => mark.textContent);
    expect(sources).toEqual([
      "une source diplomatique",
      "Une source diplomatique algérienne",
      "cette source diplomatique",
      "une source diplomatique",
      "plusieurs médias locaux",
      "une source sécuritaire",
      "une source sécuritaire algérienne contactée par MEE",
    ]);
    // The sentence through <em>Middle East Eye</em> is marked on both sides of the element and inside it.
    expect(doc.querySelector(".article-body em mark[data-anonymark=claim]")!.textContent).toBe("Middle East Eye");
    const marked = [...doc.querySelectorAll("mark[data-anonymark]")].map((mark) => mark.textContent).join("");
    expect(marked.replace(/\s+/g, "")).toBe(claims.map((claim) => claim.text).join("").replace(/\s+/g, ""));
  });

  test("clear() leaves the page byte for byte as it was, with the very text nodes it had", () => {
    const { doc, article, claims } = seedPage();
    const before = doc.documentElement.outerHTML;
    const emText = doc.querySelector(".article-body em")!.firstChild;
    const highlighter = new Highlighter(doc);
    for (let round = 0; round < 2; round++) {
      // Marks split text nodes: anchoring is redone on the clean page before each drawing.
      highlighter.draw(anchorClaims(doc, article, claims), claims);
      expect(doc.documentElement.outerHTML).not.toBe(before);
      highlighter.reveal("firm");
      highlighter.clear();
      expect(doc.documentElement.outerHTML).toBe(before);
    }
    expect(doc.querySelector(".article-body em")!.firstChild).toBe(emText);
    const paragraph = doc.querySelector(".article-body p:nth-of-type(2)")!;
    expect([...paragraph.childNodes].map((node) => node.nodeName)).toEqual(["#text", "EM", "#text"]);
  });

  test("setVisible(false) takes the colour away and true brings it back", () => {
    const { window, doc, claims, placements } = seedPage();
    const highlighter = new Highlighter(doc);
    highlighter.draw(placements, claims);
    const mark = doc.querySelector("mark[data-anonymark=claim]")!;
    const shown = window.getComputedStyle(mark).backgroundColor;
    highlighter.setVisible(false);
    const hidden = window.getComputedStyle(mark).backgroundColor;
    highlighter.setVisible(true);
    expect(shown).toMatch(/^rgba\(240, 228, 66/);
    expect(hidden).not.toBe(shown);
    expect(window.getComputedStyle(mark).backgroundColor).toBe(shown);
  });

  test("reveal() scrolls to the claim and flashes it for a moment; an unplaced claim is not revealed", () => {
    vi.useFakeTimers();
    const { window, doc, claims, placements } = seedPage();
    const scrolled: Element[] = [];
    // jsdom does no layout, so it has no scrollIntoView: record the calls a browser would act on.
    window.Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const unplaced: Placement = { claimId: "media", range: null, sourceRange: null };
    const highlighter = new Highlighter(doc);
    highlighter.draw(placements.map((placement) => (placement.claimId === "media" ? unplaced : placement)), claims);

    expect(highlighter.reveal("media")).toBe(false);
    expect(highlighter.reveal("firm")).toBe(true);
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]!.closest("p")!.textContent).toMatch(/^Selon une source diplomatique, Alger/);
    const flashing = () => [...doc.querySelectorAll("mark[data-anonymark-flash]")].map((m) => m.textContent).join("");
    expect(flashing()).toMatch(/^Selon une source diplomatique, Alger se serait montrée très ferme/);
    vi.advanceTimersByTime(1600);
    expect(flashing()).toBe("");
  });
});

describe("with the Highlight API", () => {
  test("is chosen, registers the claims and the source phrases apart, and never touches the DOM", () => {
    const { window, doc, claims, placements } = seedPage();
    const { registry, FakeHighlight } = fakeHighlightApi(window);
    // The registry is shared with the page: its own highlights must survive ours.
    registry.set("page-own", new FakeHighlight());
    const before = doc.documentElement.outerHTML;
    const highlighter = new Highlighter(doc);
    expect(highlighter.usesHighlightApi).toBe(true);

    highlighter.draw(placements, claims);
    expect([...registry.keys()].sort()).toEqual(["anonymark-claim", "anonymark-source", "page-own"]);
    const claimRanges = [...registry.get("anonymark-claim")!].map((range) => range.toString());
    expect(claimRanges).toEqual(placements.map((placement) => placement.range!.toString()));
    const sourceHighlight = registry.get("anonymark-source")!;
    expect([...sourceHighlight].map((range) => range.toString())).toContain("une source sécuritaire algérienne contactée par MEE");
    expect(sourceHighlight.priority).toBeGreaterThan(registry.get("anonymark-claim")!.priority);
    expect((doc as Document & { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(doc.documentElement.outerHTML).toBe(before);

    highlighter.clear();
    expect([...registry.keys()]).toEqual(["page-own"]);
    expect((doc as Document & { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test("restore() puts our highlights and styles back where the page deleted, emptied or faked them, and only there", () => {
    const { window, doc, claims, placements } = seedPage();
    const { registry, FakeHighlight } = fakeHighlightApi(window);
    const highlighter = new Highlighter(doc);
    highlighter.draw(placements, claims);
    const drawn = () => [...(registry.get("anonymark-claim") ?? [])].map((range) => range.toString());
    const ours = drawn();
    const sheets = doc as Document & { adoptedStyleSheets: CSSStyleSheet[] };
    // Untouched, the registry keeps the very highlights it has: registering again would repaint every range.
    const registered = registry.get("anonymark-claim");
    highlighter.restore();
    expect(registry.get("anonymark-claim")).toBe(registered);

    // What a page script can do with the registry and the style sheets it shares with us.
    registry.get("anonymark-claim")!.clear();
    registry.delete("anonymark-source");
    const fake = doc.createRange();
    fake.selectNodeContents(doc.body);
    registry.set("anonymark-flash", new FakeHighlight(fake));
    sheets.adoptedStyleSheets = [];
    highlighter.restore();
    expect(drawn()).toEqual(ours);
    expect([...registry.get("anonymark-source")!].map((range) => range.toString())).toContain(
      "une source sécuritaire algérienne contactée par MEE",
    );
    expect(registry.has("anonymark-flash")).toBe(false);
    expect(sheets.adoptedStyleSheets.length).toBeGreaterThan(0);

    registry.set("anonymark-claim", new FakeHighlight(fake));
    highlighter.restore();
    expect(drawn()).toEqual(ours);
  });
});
