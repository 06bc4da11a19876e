// How highlights get onto the page: the CSS Custom Highlight API where the browser has it (nothing in the page's DOM
// changes), <mark> elements otherwise (taken out again without a trace). Painters know ranges and names, nothing else.
import { isReadText } from "../anchor/page-text";

// Names in the page's highlight registry, which the page shares: ours carry a prefix no page would use.
export const CLAIM = "anonymark-claim";
export const SOURCE = "anonymark-source";
export const FLASH = "anonymark-flash";
export const MARK_ATTRIBUTE = "data-anonymark";
export const FLASH_ATTRIBUTE = "data-anonymark-flash";

/** A claim's sentence and source phrase as found on the page. */
export interface Drawn {
  claimId: string;
  range: Range;
  sourceRange: Range | null;
}

/** How highlights get onto the page. paint() returns each claim's range as it stands once painted. */
export interface Painter {
  paint(drawn: readonly Drawn[]): Map<string, Range>;
  /** Puts what paint() drew back where the page may have deleted or replaced it. */
  restore(): void;
  erase(): void;
  flash(claimId: string, range: Range, on: boolean): void;
}

export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}
interface HighlightLike {
  priority: number;
  readonly size: number;
  add(range: Range): unknown;
  has(range: Range): boolean;
}
export type HighlightConstructor = new (...ranges: Range[]) => HighlightLike;

export class RegistryPainter implements Painter {
  private drawn: readonly Drawn[] = [];
  private registered: { claims: HighlightLike; sources: HighlightLike } | null = null;

  constructor(
    private readonly registry: HighlightRegistryLike,
    private readonly Highlight: HighlightConstructor,
  ) {}

  paint(drawn: readonly Drawn[]): Map<string, Range> {
    this.drawn = drawn;
    this.register();
    return new Map(drawn.map((item) => [item.claimId, item.range]));
  }

  /**
   * The page shares the registry: it may have deleted our highlights, emptied them or set its own under our names.
   * New highlights from our own list replace whatever is there now.
   */
  restore(): void {
    if (this.drawn.length === 0) return;
    this.registry.delete(FLASH);
    // Registering again repaints every range (a long frame on a live blog): only when the page changed something.
    if (!this.intact()) this.register();
  }

  erase(): void {
    this.drawn = [];
    this.registered = null;
    for (const name of [CLAIM, SOURCE, FLASH]) this.registry.delete(name);
  }

  private register(): void {
    // Ranges are added one by one: spreading 100,000 of them into the constructor overflows the stack.
    const claims = new this.Highlight();
    const sources = new this.Highlight();
    for (const item of this.drawn) {
      claims.add(item.range);
      if (item.sourceRange) sources.add(item.sourceRange);
    }
    sources.priority = 1;
    this.registry.set(CLAIM, claims);
    this.registry.set(SOURCE, sources);
    this.registered = { claims, sources };
  }

  /** Whether the registry holds our highlights under our names, with our ranges and priorities and nothing else. */
  private intact(): boolean {
    const { registered, drawn } = this;
    if (!registered) return false;
    const { claims, sources } = registered;
    const sourceRanges = drawn.flatMap((item) => (item.sourceRange ? [item.sourceRange] : []));
    return (
      this.registry.get(CLAIM) === claims &&
      this.registry.get(SOURCE) === sources &&
      claims.priority === 0 &&
      sources.priority === 1 &&
      claims.size === drawn.length &&
      sources.size === sourceRanges.length &&
      drawn.every((item) => claims.has(item.range)) &&
      sourceRanges.every((range) => sources.has(range))
    );
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

export class MarkPainter implements Painter {
  /** Each text node we split, with the pieces it was split into, to merge them back on erase. */
  private split = new Map<Text, Piece[]>();
  private marksByClaim = new Map<string, HTMLElement[]>();

  constructor(private readonly doc: Document) {}

  paint(drawn: readonly Drawn[]): Map<string, Range> {
    // Every boundary is read before the first split: splitting and moving text nodes would shift live ranges.
    const spans = drawn.flatMap((item) => [
      ...textSpans(item.range).map((span) => ({ ...span, claimId: item.claimId, role: "claim" })),
      ...(item.sourceRange ? textSpans(item.sourceRange) : []).map((span) => ({
        ...span,
        claimId: item.claimId,
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

  /** Marks are the page's own nodes: a page that takes them out changes its text, and the content script places the
   * claims again. */
  restore(): void {}

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
