// The source card over a highlight, on the seed article: opened by the reader's hover or click, in a closed shadow
// root, built from text only, closed on Escape, scroll or when the highlights go.
import { afterEach, describe, expect, test, vi } from "vitest";
import { SourceCard, wireCard } from "../../src/content/card";
import type { Claim } from "../../src/core/model/claim";
import { anchorClaims } from "../../src/dom/anchor";
import { Highlighter } from "../../src/dom/highlight/highlighter";
import { extracted, loadPage, seedClaims } from "../anchor/pages";

// Stands in for the browser's i18n.getMessage: the key is what the card shows.
const t = (key: string) => `[${key}]`;

function seedPage() {
  const { dom, doc } = loadPage("seed-mee-haftar.html");
  const article = extracted(doc);
  return { window: dom.window, doc, article, claims: seedClaims(article) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the source card", () => {
  /** Points the page's caret hit test at a character of the page, as a browser does under the pointer. */
  function pointAt(doc: Document, node: Node | null, offset = 0) {
    Object.assign(doc, {
      caretPositionFromPoint: () => (node ? { offsetNode: node, offset } : null),
    });
  }

  function openCard(claims: Claim[], options: { trusted?: (event: Event) => boolean } = {}) {
    const page = seedPage();
    const roots: ShadowRoot[] = [];
    const attachShadow = page.window.Element.prototype.attachShadow;
    vi.spyOn(page.window.Element.prototype, "attachShadow").mockImplementation(function (this: Element, init) {
      const root = attachShadow.call(this, init);
      roots.push(root);
      return root;
    });
    const card = new SourceCard(page.doc, t);
    const highlighter = new Highlighter(page.doc, { onHidden: () => card.hide() });
    highlighter.draw(anchorClaims(page.doc, page.article, claims), claims);
    const wiring = new AbortController();
    const claimAt = (x: number, y: number) => {
      const hit = highlighter.claimAt(x, y);
      return hit && { claim: claims.find((claim) => claim.id === hit.claimId)!, rect: hit.rect };
    };
    // jsdom's dispatched events are all synthetic; the check that only the reader's own events count is tested apart.
    wireCard(page.doc, card, { claimAt, trusted: options.trusted ?? (() => true) }, wiring.signal);
    return { ...page, highlighter, roots, wiring };
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

    const host = page.doc.querySelector('[data-anonymark-ui="card"]')!;
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
    expect(page.doc.querySelector('[data-anonymark-ui="card"]')).toBeNull();
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
    expect(page.doc.querySelector('[data-anonymark-ui="card"]')).toBeNull();

    page.highlighter.setVisible(false);
    pointAt(page.doc, page.doc.querySelector("mark[data-anonymark]")!.firstChild);
    click(page.doc);
    expect(page.doc.querySelector('[data-anonymark-ui="card"]')).toBeNull();
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
    expect(page.doc.querySelector('[data-anonymark-ui="card"]')).toBeNull();

    page.wiring.abort();
    pointAt(page.doc, page.doc.querySelector(".article-body p")!.firstChild);
    move();
    vi.advanceTimersByTime(20);
    expect(page.roots).toHaveLength(1);
  });

  test("the page's own synthetic clicks and pointer moves open nothing", () => {
    vi.useFakeTimers();
    const { claims } = seedPage();
    const page = openCard(claims, { trusted: (event) => event.isTrusted });
    pointAt(page.doc, page.doc.querySelector("mark[data-anonymark=source]")!.firstChild);
    click(page.doc);
    page.doc.body.dispatchEvent(new page.window.MouseEvent("pointermove", { bubbles: true }));
    vi.advanceTimersByTime(20);
    expect(page.doc.querySelector('[data-anonymark-ui="card"]')).toBeNull();
  });

  test("a page that defines custom elements of our name cannot take the card's host over", () => {
    const { claims } = seedPage();
    const page = openCard(claims);
    const taken = vi.fn();
    page.window.customElements.define(
      "anonymark-card",
      class extends page.window.HTMLElement {
        connectedCallback() {
          taken();
        }
      },
    );
    pointAt(page.doc, page.doc.querySelector("mark[data-anonymark=source]")!.firstChild);
    click(page.doc);
    expect(page.roots).toHaveLength(1);
    expect(page.roots[0]!.querySelector(".source")!.textContent).toBe("une source diplomatique");
    expect(taken).not.toHaveBeenCalled();
  });
});
