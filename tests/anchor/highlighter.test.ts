// Highlights on the seed article: <mark> elements where the browser has no CSS Custom Highlight API (jsdom has
// none), the Highlight API when it is there, and the source card over a highlight.
import { afterEach, describe, expect, test, vi } from "vitest";
import { Highlighter, anchorClaims, type Placement } from "../../src/dom/anchor";
import type { Claim } from "../../src/core/model/claim";
import { extracted, fakeHighlightApi, loadPage, seedClaims } from "./pages";

// Stands in for the browser's i18n.getMessage: the key, with its substitutions, is what the card shows.
const t = (key: string, substitutions?: string | string[]) =>
  substitutions === undefined ? `[${key}]` : `[${key}: ${[substitutions].flat().join(", ")}]`;

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
    const highlighter = new Highlighter(doc, t);
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
    const highlighter = new Highlighter(doc, t);
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
    const highlighter = new Highlighter(doc, t);
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
    const highlighter = new Highlighter(doc, t);
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
    const highlighter = new Highlighter(doc, t);
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
});

describe("the source card", () => {
  /** Points the page's caret hit test at a character of the page, as a browser does under the pointer. */
  function pointAt(doc: Document, node: Node | null, offset = 0) {
    Object.assign(doc, {
      caretPositionFromPoint: () => (node ? { offsetNode: node, offset } : null),
    });
  }

  function openCard(claims: Claim[]) {
    const page = seedPage();
    const roots: ShadowRoot[] = [];
    const attachShadow = page.window.Element.prototype.attachShadow;
    vi.spyOn(page.window.Element.prototype, "attachShadow").mockImplementation(function (this: Element, init) {
      const root = attachShadow.call(this, init);
      roots.push(root);
      return root;
    });
    const highlighter = new Highlighter(page.doc, t);
    highlighter.draw(anchorClaims(page.doc, page.article, claims), claims);
    return { ...page, highlighter, roots };
  }

  const click = (doc: Document) => doc.body.dispatchEvent(new doc.defaultView!.MouseEvent("click", { bubbles: true }));

  test("a click on a highlight shows its source, in a closed shadow root; Escape closes it", () => {
    const { claims: seed } = seedPage();
    const claims = seed.map((claim) =>
      claim.id === "firm"
        ? { ...claim, hedges: ["se serait montrée"], cue: { text: "Selon", start: claim.start, end: claim.start + 5 } }
        : claim,
    );
    const page = openCard(claims);
    const firm = [...page.doc.querySelectorAll("mark[data-anonymark]")].find((mark) => mark.textContent!.includes("Alger se serait"))!;
    pointAt(page.doc, firm.firstChild, 3);
    click(page.doc);

    const host = page.doc.querySelector("anonymark-card")!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(page.roots).toHaveLength(1);
    expect(page.roots[0]!.mode).toBe("closed");
    const card = page.roots[0]!;
    expect(card.querySelector(".source")!.textContent).toBe("une source diplomatique");
    const rows = [...card.querySelectorAll("dt")].map((dt) => `${dt.textContent} ${dt.nextElementSibling!.textContent}`);
    expect(rows).toEqual([
      "[cardCategory] [category_diplomatic]",
      "[cardAnonymity] [anonymity_anonymous]",
      "[cardKind] [kind_explicit]",
      "[cardCue] Selon",
      "[cardHedges] se serait montrée",
    ]);
    expect(card.querySelector("[role=dialog]")!.getAttribute("aria-labelledby")).toBe(card.querySelector(".label")!.id);

    page.doc.dispatchEvent(new page.window.KeyboardEvent("keydown", { key: "Escape" }));
    expect(page.doc.querySelector("anonymark-card")).toBeNull();
  });

  test("page text is shown as text, never parsed as HTML", () => {
    const { claims: seed } = seedPage();
    const hostile = seed.map((claim) => ({ ...claim, source: { ...claim.source, text: '<img src=x onerror="alert(1)">' } }));
    const page = openCard(hostile);
    pointAt(page.doc, page.doc.querySelector("mark[data-anonymark]")!.firstChild);
    click(page.doc);
    const card = page.roots[0]!;
    expect(card.querySelector("img")).toBeNull();
    expect(card.querySelector(".source")!.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  test("a click away from the highlights, or on hidden highlights, shows nothing", () => {
    const { claims } = seedPage();
    const page = openCard(claims);
    pointAt(page.doc, page.doc.querySelector(".article-body p")!.firstChild, 5);
    click(page.doc);
    expect(page.doc.querySelector("anonymark-card")).toBeNull();

    page.highlighter.setVisible(false);
    pointAt(page.doc, page.doc.querySelector("mark[data-anonymark]")!.firstChild);
    click(page.doc);
    expect(page.doc.querySelector("anonymark-card")).toBeNull();
  });

  test("hovering a highlight opens the card, moving off it closes it", () => {
    vi.useFakeTimers();
    const { claims } = seedPage();
    const page = openCard(claims);
    const move = () => page.doc.body.dispatchEvent(new page.window.MouseEvent("pointermove", { bubbles: true }));
    pointAt(page.doc, page.doc.querySelector("mark[data-anonymark=source]")!.firstChild);
    move();
    move();
    vi.advanceTimersByTime(20);
    expect(page.roots).toHaveLength(1);
    expect(page.roots[0]!.querySelector(".source")!.textContent).toBe("une source diplomatique");

    pointAt(page.doc, page.doc.querySelector(".article-body p")!.firstChild);
    move();
    vi.advanceTimersByTime(20);
    expect(page.doc.querySelector("anonymark-card")).toBeNull();

    page.highlighter.destroy();
    pointAt(page.doc, page.doc.querySelector(".article-body p")!.firstChild);
    move();
    vi.advanceTimersByTime(20);
    expect(page.roots).toHaveLength(1);
  });
});
