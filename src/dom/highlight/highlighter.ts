// Draws placed claims on the page through a painter, styles them (scoped to the element holding them), shows, hides,
// flashes them and says which claim lies under a point. It knows ranges and claim ids only: the source card over a
// highlight is the content script's (src/content/card.ts).
import type { Placement } from "../anchor/index";
import {
  CLAIM,
  FLASH,
  FLASH_ATTRIBUTE,
  MARK_ATTRIBUTE,
  MarkPainter,
  RegistryPainter,
  SOURCE,
  type Drawn,
  type HighlightConstructor,
  type HighlightRegistryLike,
  type Painter,
} from "./painters";
import { elementHolding, selectorOf } from "./scope";
import { addStyles, type AddedStyles } from "./styles";

const FLASH_MS = 1500;

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

export class Highlighter {
  private readonly painter: Painter;
  private ranges = new Map<string, Range>();
  private styles: AddedStyles | null = null;
  private flashStyles: AddedStyles | null = null;
  private visible = true;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private flashing: { claimId: string; range: Range } | null = null;
  private readonly onHidden: () => void;

  private readonly colors: HighlightColors;
  /** The element holding every highlight and the selector the styles find it by, when they are scoped to it. */
  private scope: { element: Element; selector: string } | null = null;

  /** onHidden: called when the highlights are cleared or hidden, so that what points at them (a card) can close. */
  constructor(
    private readonly doc: Document,
    { colors = DEFAULT_COLORS, onHidden = () => {} }: { colors?: HighlightColors; onHidden?: () => void } = {},
  ) {
    this.colors = colors;
    this.onHidden = onHidden;
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
  draw(placements: readonly Placement[], claims: readonly { id: string }[]): void {
    this.clear();
    const claimIds = new Set(claims.map((claim) => claim.id));
    const drawn: Drawn[] = [];
    for (const { claimId, range, sourceRange } of placements) {
      if (range && claimIds.has(claimId)) drawn.push({ claimId, range, sourceRange });
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
  }

  /** Removes every highlight, the card and our styles: the page is as it was before draw(). */
  clear(): void {
    this.stopFlash();
    this.onHidden();
    this.painter.erase();
    this.styles?.remove();
    this.flashStyles?.remove();
    this.styles = this.flashStyles = null;
    this.scope = null;
    this.ranges = new Map();
  }

  /**
   * Registers our highlights and styles again from our own ranges: the page shares the highlight registry and its
   * adopted style sheets, and may have deleted or replaced what we put there. Before the popup is told what is drawn.
   */
  restore(): void {
    if (this.ranges.size === 0) return;
    this.painter.restore();
    this.styles?.remove();
    this.flashStyles?.remove();
    this.styles = addStyles(this.doc, this.css());
    this.flashStyles = addStyles(this.doc, flashCss(this.scope?.selector ?? ""));
  }

  /** Shows or hides every highlight (hidden ones stay registered but unstyled, so they paint nothing). */
  setVisible(on: boolean): void {
    this.visible = on;
    this.styles?.replace(this.css());
    if (!on) this.onHidden();
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

  /** The highlighted claim under a point: highlights take no pointer events, so find the text there. */
  claimAt(x: number, y: number): { claimId: string; rect: DOMRect | null } | null {
    if (!this.visible || this.ranges.size === 0) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    for (const [claimId, range] of this.ranges) {
      if (!range.isPointInRange(caret.node, caret.offset)) continue;
      // Past the end of a line, the caret snaps to the nearest text: make sure the point is on the highlight itself.
      const rects = typeof range.getClientRects === "function" ? [...range.getClientRects()] : [];
      const rect = rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ?? null;
      if (rects.length > 0 && !rect) continue;
      return { claimId, rect };
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
