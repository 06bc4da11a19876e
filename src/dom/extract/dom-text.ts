// How the article's text is read off a DOM. Extraction (on Readability's output) and anchoring (on the live page)
// share these rules, so that a sentence taken from the article reads the same when it is looked for in the page.

/** Elements whose text a reader never sees as prose (by localName). */
export const UNREAD_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "svg", "math", "canvas", "textarea", "select",
  "button",
]);

/** Elements that break the text into separate lines (by localName): words on either side never run together. */
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
  "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

// Soft hyphens and zero-width characters: present in some pages' markup (hyphenation hints, tracking), invisible to
// readers, and liable to sit in the middle of a word.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The text as a reader sees it: invisible characters dropped, every run of white space one space, trimmed. */
export function readableText(text: string): string {
  const visible = withoutInvisibleChars(text);
  // Most text needs no folding: testing for it is far quicker than a replacement that copies the string.
  return (/\s\s|[^\S ]/.test(visible) ? visible.replace(/\s+/g, " ") : visible).trim();
}

export function withoutInvisibleChars(text: string): string {
  return text.replace(INVISIBLE, "");
}

export function isInvisibleChar(char: string): boolean {
  return char === "\u00ad" || (char >= "\u200b" && char <= "\u200d") || char === "\u2060" || char === "\ufeff";
}

export interface DomVisitor {
  /** Called on entering an element; return false to skip its subtree (leave() is then not called). */
  enter(element: Element): boolean;
  leave(element: Element): void;
  text(node: Text): void;
}

/** Depth-first walk of root's descendants without recursion: real pages nest deeply enough to overflow the stack. */
export function walkDom(root: Node, visitor: DomVisitor): void {
  const walk = new DomWalk(root, visitor);
  while (walk.step());
}

/** The same walk a node at a time, to be resumed later: a long page can be read between the page's own tasks. */
export class DomWalk {
  private next: Node | null;

  constructor(
    private readonly root: Node,
    private readonly visitor: DomVisitor,
  ) {
    this.next = root.firstChild;
  }

  /** Visits one more node; false once the walk is over (or its place was taken out of the tree meanwhile). */
  step(): boolean {
    let node = this.next;
    if (!node) return false;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (this.visitor.enter(element)) {
        if (element.firstChild) {
          this.next = element.firstChild;
          return true;
        }
        this.visitor.leave(element);
      }
    } else if (node.nodeType === 3) {
      this.visitor.text(node as Text);
    }
    while (node && node !== this.root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== this.root) this.visitor.leave(node as Element);
    }
    this.next = node && node !== this.root ? node.nextSibling : null;
    return true;
  }
}
