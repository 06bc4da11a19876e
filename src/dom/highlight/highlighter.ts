// Draws placed claims on the page: the CSS Custom Highlight API where the browser has it (nothing in the page's DOM
// changes), <mark> elements otherwise (taken out again without a trace). One delegated listener opens the source
// card over a highlight.
import type { Claim } from "../../core/model/claim";
import type { Placement } from "../anchor/index";
import { SourceCard, type CardReviews, type Translate } from "./card";
import { isReadText } from "../anchor/page-text";
import { elementHolding, selectorOf } from "./scope";
import { addStyles, type AddedStyles } from "./styles";

// Names in the page's highlight registry, which the page shares: ours carry a prefix no page would use.
const CLAIM = "anonymark-claim";
const SOURCE = "anonymark-source";
const FLASH = "anonymark-flash";
const MARK_ATTRIBUTE = "data-anonymark";
const FLASH_ATTRIBUTE = "data-anonymark-flash";
const FLASH_MS = 1500;
// One hit test per frame at most: pointermove fires far more often than anyone can read a card.
const FRAME_MS = 16;

/** Highlight colours as #rrggbb. */
export interface HighlightColors {
  claim: string;
  source: string;
}

// Okabe–Ito yellow and orange by default (readable with the common colour-vision deficiencies; the options offer the
// rest of the palette); the source phrase is also underlined, so that it stands out without relying on colour.
const DEFAULT_COLORS: HighlightColors = { claim: "#f0e442", source: "#e69f00" };

/**
 * The highlight styles, the colours half transparent (hex alpha) so that the text stays readable. scope: a selector
 * for the element holding every highlight ("" for the whole page; see scope.ts).
 */
function shownCss({ claim, source }: HighlightColors, scope: string): string {
  return `
${scope}::highlight(${CLAIM}) { background-color: ${claim}80; }
${scope}::highlight(${SOURCE}) { background-color: ${source}8c; text-decoration: underline 2px; }
mark[${MARK_ATTRIBUTE}] { background-color: ${claim}80; color: inherit; }
mark[${MARK_ATTRIBUTE}="source"] { background-color: ${source}8c; text-decoration: underline 2px; }
`;
}
const HIDDEN_CSS = `
mark[${MARK_ATTRIBUTE}] { background: none; color: inherit; }
`;
const flashCss = (scope: string) => `
${scope}::highlight(${FLASH}) { background-color: rgba(86, 180, 233, 0.7); }
mark[${MARK_ATTRIBUTE}][${FLASH_ATTRIBUTE}] { background-color: rgba(86, 180, 233, 0.7); }
`;

/** Whether this browser gives an element's descendants its ::highlight() styles; found out once, on a real page. */
let highlightsInherit: boolean | undefined;

interface DrawnClaim {
  claim: Claim;
  range: Range;
  sourceRange: Range | null;
}

/** How highlights get onto the page. paint() returns each claim's range as it stands once painted. */
interface Painter {
  paint(drawn: readonly DrawnClaim[]): Map<string, Range>;
  erase(): void;
  flash(claimId: string, range: Range, on: boolean): void;
}

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => { priority: number };

class RegistryPainter implements Painter {
  constructor(
    private readonly registry: HighlightRegistryLike,
    private readonly Highlight: HighlightConstructor,
  ) {}

  paint(drawn: readonly DrawnClaim[]): Map<string, Range> {
    const claims = new this.Highlight(...drawn.map((item) => item.range));
    const sources = new this.Highlight(...drawn.flatMap((item) => (item.sourceRange ? [item.sourceRange] : [])));
    sources.priority = 1;
    this.registry.set(CLAIM, claims);
    this.registry.set(SOURCE, sources);
    return new Map(drawn.map((item) => [item.claim.id, item.range]));
  }

  erase(): void {
    for (const name of [CLAIM, SOURCE, FLASH]) this.registry.delete(name);
  }

  flash(_claimId: string, range: Range, on: boolean): void {
    if (!on) {
      this.registry.delete(FLASH);
      return;
    }
    const flash = new this.Highlight(range);
    flash.priority = 2;
    this.registry.set(FLASH, flash);
  }
}

interface Piece {
  node: Text;
  start: number;
  end: number;
  mark: HTMLElement | null;
}

class MarkPainter implements Painter {
  /** Each text node we split, with the pieces it was split into, to merge them back on erase. */
  private split = new Map<Text, Piece[]>();
  private marksByClaim = new Map<string, HTMLElement[]>();

  constructor(private readonly doc: Document) {}

  paint(drawn: readonly DrawnClaim[]): Map<string, Range> {
    // Every boundary is read before the first split: splitting and moving text nodes would shift live ranges.
    const spans = drawn.flatMap((item) => [
      ...textSpans(item.range).map((span) => ({ ...span, claimId: item.claim.id, role: "claim" })),
      ...(item.sourceRange ? textSpans(item.sourceRange) : []).map((span) => ({
        ...span,
        claimId: item.claim.id,
        role: "source",
      })),
    ]);
    const byNode = new Map<Text, typeof spans>();
    for (const span of spans) {
      const nodeSpans = byNode.get(span.node);
      if (nodeSpans) nodeSpans.push(span);
      else byNode.set(span.node, [span]);
    }

    for (const [node, nodeSpans] of byNode) {
      const length = node.length;
      const cuts = [...new Set(nodeSpans.flatMap((span) => [span.start, span.end]))]
        .filter((cut) => cut > 0 && cut < length)
        .sort((a, b) => a - b);
      const pieces: Piece[] = [];
      let rest = node;
      let at = 0;
      for (const cut of [...cuts, length]) {
        const piece = { node: rest, start: at, end: cut, mark: null };
        if (cut < length) rest = rest.splitText(cut - at);
        pieces.push(piece);
        at = cut;
      }
      for (const piece of pieces) {
        const covering = nodeSpans.filter((span) => span.start <= piece.start && piece.end <= span.end);
        if (covering.length === 0 || !/\S/.test(piece.node.data)) continue;
        const mark = this.doc.createElement("mark");
        mark.setAttribute(MARK_ATTRIBUTE, covering.some((span) => span.role === "source") ? "source" : "claim");
        piece.node.before(mark);
        mark.append(piece.node);
        piece.mark = mark;
      }
      if (pieces.length > 1) this.split.set(node, pieces);
      for (const span of nodeSpans) {
        const marks = this.marksByClaim.get(span.claimId) ?? [];
        for (const piece of pieces) {
          if (piece.mark && span.start <= piece.start && piece.end <= span.end && !marks.includes(piece.mark)) {
            marks.push(piece.mark);
          }
        }
        this.marksByClaim.set(span.claimId, marks);
      }
    }

    const ranges = new Map<string, Range>();
    for (const [claimId, marks] of this.marksByClaim) {
      if (marks.length === 0) continue;
      marks.sort((a, b) => (a.compareDocumentPosition(b) & a.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      const range = this.doc.createRange();
      range.setStartBefore(marks[0]!);
      range.setEndAfter(marks[marks.length - 1]!);
      ranges.set(claimId, range);
    }
    return ranges;
  }

  erase(): void {
    for (const marks of this.marksByClaim.values()) {
      for (const mark of marks) if (mark.parentNode) mark.replaceWith(...mark.childNodes);
    }
    // Merge back only the text nodes we split, so the page ends up with the very nodes it had.
    for (const [node, pieces] of this.split) {
      for (const piece of pieces.slice(1)) {
        if (node.nextSibling !== piece.node) break;
        node.appendData(piece.node.data);
        piece.node.remove();
      }
    }
    this.split.clear();
    this.marksByClaim.clear();
  }

  flash(claimId: string, _range: Range, on: boolean): void {
    for (const mark of this.marksByClaim.get(claimId) ?? []) {
      if (on) mark.setAttribute(FLASH_ATTRIBUTE, "");
      else mark.removeAttribute(FLASH_ATTRIBUTE);
    }
  }
}

/** The parts of text nodes a range covers, in document order, leaving out text the reader does not see. */
function textSpans(range: Range): { node: Text; start: number; end: number }[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const first = range.startContainer;
  let node: Node | null = first.nodeType === 3 ? first : walker.nextNode();
  if (first.nodeType === 3) walker.currentNode = first;
  // Between two text boundaries, every text node lies in the range: no need to ask (an ask that costs a walk of the
  // rest of the document in jsdom).
  const betweenTexts = first.nodeType === 3 && range.endContainer.nodeType === 3;
  const spans: { node: Text; start: number; end: number }[] = [];
  while (node) {
    if (betweenTexts || range.intersectsNode(node)) {
      const text = node as Text;
      const start = text === range.startContainer ? range.startOffset : 0;
      const end = text === range.endContainer ? range.endOffset : text.length;
      if (start < end && isReadText(text)) spans.push({ node: text, start, end });
    } else if (spans.length > 0) {
      break;
    }
    if (node === range.endContainer) break;
    node = walker.nextNode();
  }
  return spans;
}

export class Highlighter {
  private readonly painter: Painter;
  private readonly card: SourceCard;
  private readonly claims = new Map<string, Claim>();
  private ranges = new Map<string, Range>();
  private styles: AddedStyles | null = null;
  private flashStyles: AddedStyles | null = null;
  private visible = true;
  private pinned = false;
  private listening: AbortController | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private flashing: { claimId: string; range: Range } | null = null;
  private pendingPoint: { x: number; y: number } | null = null;
  private lastHitTest = 0;

  private readonly colors: HighlightColors;
  /** The element holding every highlight and the selector the styles find it by, when they are scoped to it. */
  private scope: { element: Element; selector: string } | null = null;

  /**
   * t gives the source card's UI strings (the content script passes the browser's i18n.getMessage); with reviews, the
   * card offers the review statuses too.
   */
  constructor(
    private readonly doc: Document,
    t: Translate,
    { reviews = null, colors = DEFAULT_COLORS }: { reviews?: CardReviews | null; colors?: HighlightColors } = {},
  ) {
    this.card = new SourceCard(doc, t, reviews);
    this.colors = colors;
    const view = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: unknown }) | null;
    const registry = view?.CSS?.highlights;
    this.painter =
      registry && typeof view?.Highlight === "function"
        ? new RegistryPainter(registry, view.Highlight as HighlightConstructor)
        : new MarkPainter(doc);
  }

  /** Whether highlights go through the CSS Custom Highlight API (true) or <mark> elements (false). */
  get usesHighlightApi(): boolean {
    return this.painter instanceof RegistryPainter;
  }

  /**
   * Draws the placed claims, replacing whatever was drawn. With <mark> elements, anchor after clear(): marks split
   * the text nodes that earlier placements point into. (Re-anchoring after a page re-render goes through here.)
   */
  draw(placements: readonly Placement[], claims: readonly Claim[]): void {
    this.clear();
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const drawn: DrawnClaim[] = [];
    for (const placement of placements) {
      const claim = byId.get(placement.claimId);
      if (!claim || !placement.range) continue;
      drawn.push({ claim, range: placement.range, sourceRange: placement.sourceRange });
      this.claims.set(claim.id, claim);
    }
    if (drawn.length === 0) return;
    this.ranges = this.painter.paint(drawn);
    this.scope = this.usesHighlightApi ? this.scopeOf(this.ranges.values()) : null;
    this.styles = addStyles(this.doc, this.css());
    this.flashStyles = addStyles(this.doc, flashCss(this.scope?.selector ?? ""));
    if (this.scope && !this.stylesReachDescendants(this.scope.element, drawn[0]!.range)) {
      this.scope = null;
      this.styles.replace(this.css());
      this.flashStyles.replace(flashCss(""));
    }
    this.listen();
  }

  /** Removes every highlight, the card and our styles: the page is as it was before draw(). */
  clear(): void {
    this.stopFlash();
    this.card.hide();
    this.pinned = false;
    this.painter.erase();
    this.styles?.remove();
    this.flashStyles?.remove();
    this.styles = this.flashStyles = null;
    this.scope = null;
    this.ranges = new Map();
    this.claims.clear();
  }

  /** Shows or hides every highlight (hidden ones stay registered but unstyled, so they paint nothing). */
  setVisible(on: boolean): void {
    this.visible = on;
    this.styles?.replace(this.css());
    if (!on) this.closeCard();
  }

  /**
   * Aims the styles at the element holding the highlights again if the page has moved it (a banner inserted before
   * it changes its place among its siblings). For the content script to call after the page changes.
   */
  restyle(): void {
    const { scope } = this;
    if (!scope || this.doc.querySelector(scope.selector) === scope.element) return;
    this.scope = this.scopeOf(this.ranges.values());
    this.styles?.replace(this.css());
    this.flashStyles?.replace(flashCss(this.scope?.selector ?? ""));
  }

  /** Scrolls the claim into view and flashes it; false when the claim is not on the page. */
  reveal(claimId: string): boolean {
    const range = this.ranges.get(claimId);
    if (!range) return false;
    const view = this.doc.defaultView;
    const start = range.startContainer;
    const element = start.nodeType === 1 ? (start as Element).childNodes[range.startOffset] ?? start : start.parentElement;
    const reducedMotion = view?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    (element as Element | null)?.scrollIntoView?.({ behavior: reducedMotion ? "auto" : "smooth", block: "center" });
    this.stopFlash();
    this.flashing = { claimId, range };
    this.painter.flash(claimId, range, true);
    this.flashTimer = setTimeout(() => this.stopFlash(), FLASH_MS);
    return true;
  }

  /** clear(), and no more listening to the page. */
  destroy(): void {
    this.clear();
    this.listening?.abort();
    this.listening = null;
  }

  private css(): string {
    return this.visible ? shownCss(this.colors, this.scope?.selector ?? "") : HIDDEN_CSS;
  }

  private scopeOf(ranges: Iterable<Range>): { element: Element; selector: string } | null {
    if (highlightsInherit === false) return null;
    const element = elementHolding(ranges);
    // The root is the whole page anyway.
    return element && element !== this.doc.documentElement ? { element, selector: selectorOf(element) } : null;
  }

  /**
   * Whether text below the scoped element takes the highlight style: asked of the browser once, while the styles are
   * shown, then known.
   */
  private stylesReachDescendants(scoped: Element, range: Range): boolean {
    if (highlightsInherit === undefined && this.visible) {
      const view = this.doc.defaultView;
      const start = range.startContainer;
      const below = start.nodeType === 1 ? (start as Element) : start.parentElement;
      // Text right in the scoped element does not tell.
      if (!view || !below || below === scoped) return true;
      const highlightOf = (element: Element) => view.getComputedStyle(element, `::highlight(${CLAIM})`).backgroundColor;
      const own = view.getComputedStyle(scoped).backgroundColor;
      highlightsInherit = highlightOf(scoped) !== own && highlightOf(below) === highlightOf(scoped);
    }
    return highlightsInherit ?? true;
  }

  private stopFlash(): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    if (this.flashing) this.painter.flash(this.flashing.claimId, this.flashing.range, false);
    this.flashing = null;
  }

  private closeCard(): void {
    this.card.hide();
    this.pinned = false;
  }

  private listen(): void {
    if (this.listening) return;
    // The page's own AbortController: an event target may refuse a signal from another realm (a frame, jsdom).
    const Controller = this.doc.defaultView?.AbortController ?? AbortController;
    this.listening = new Controller();
    const options = { signal: this.listening.signal, passive: true };
    this.doc.addEventListener("pointermove", (event) => this.onPointerMove(event), options);
    this.doc.addEventListener("click", (event) => this.onClick(event), options);
    this.doc.addEventListener("keydown", (event) => event.key === "Escape" && this.closeCard(), options);
    // The card is placed against the line it explains; once the page scrolls it would point elsewhere.
    this.doc.addEventListener("scroll", () => this.closeCard(), { ...options, capture: true });
  }

  private onPointerMove(event: PointerEvent): void {
    if (this.card.holds(event.target)) return;
    const first = this.pendingPoint === null;
    this.pendingPoint = { x: event.clientX, y: event.clientY };
    if (!first) return;
    const wait = Math.max(0, this.lastHitTest + FRAME_MS - Date.now());
    setTimeout(() => {
      const point = this.pendingPoint;
      this.pendingPoint = null;
      this.lastHitTest = Date.now();
      if (!point || this.pinned) return;
      const hit = this.claimAt(point.x, point.y);
      if (!hit) this.closeCard();
      else if (hit.claim.id !== this.card.shownClaimId) this.card.show(hit.claim, hit.rect);
    }, wait);
  }

  private onClick(event: MouseEvent): void {
    if (this.card.holds(event.target)) return;
    const hit = this.claimAt(event.clientX, event.clientY);
    if (!hit) {
      this.closeCard();
      return;
    }
    if (hit.claim.id !== this.card.shownClaimId) this.card.show(hit.claim, hit.rect);
    this.pinned = true;
  }

  /** The highlighted claim under a point: highlights take no pointer events, so find the text there. */
  private claimAt(x: number, y: number): { claim: Claim; rect: DOMRect | null } | null {
    if (!this.visible || this.ranges.size === 0) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    for (const [claimId, range] of this.ranges) {
      if (!range.isPointInRange(caret.node, caret.offset)) continue;
      // Past the end of a line, the caret snaps to the nearest text: make sure the point is on the highlight itself.
      const rects = typeof range.getClientRects === "function" ? [...range.getClientRects()] : [];
      const rect = rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ?? null;
      if (rects.length > 0 && !rect) continue;
      return { claim: this.claims.get(claimId)!, rect };
    }
    return null;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const standard = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof standard.caretPositionFromPoint === "function") {
    const position = standard.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = standard.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
