// Where the highlights' styles apply. A ::highlight() rule for the whole page makes the browser recompute the style of
// every element of the page when the rule comes, changes (highlights hidden, shown) or goes: about 200 ms on a 10 MB
// page in Chromium 156, in one task. A rule for the one element that holds every highlight costs only that element's
// part of the page, its descendants taking the highlight's style from it (highlight inheritance, CSS Pseudo 4).

/** The deepest element that holds every range. */
export function elementHolding(ranges: Iterable<Range>): Element | null {
  let holder: Node | null = null;
  for (const range of ranges) {
    const node = range.commonAncestorContainer;
    if (holder === null) holder = node;
    else while (holder && !holder.contains(node)) holder = holder.parentNode;
  }
  while (holder && holder.nodeType !== 1) holder = holder.parentNode;
  return holder as Element | null;
}

/** A selector that finds this very element: from the nearest ancestor with an id of its own, down by places. */
export function selectorOf(element: Element): string {
  const steps: string[] = [];
  for (let at: Element | null = element; at; at = at.parentElement) {
    const doc: Document = at.ownerDocument;
    if (at === doc.documentElement) return [":root", ...steps].join(" > ");
    if (at.id && doc.getElementById(at.id) === at) return [`#${cssEscape(at.id)}`, ...steps].join(" > ");
    const place = at.parentElement ? Array.prototype.indexOf.call(at.parentElement.children, at) + 1 : 1;
    steps.unshift(`${at.localName}:nth-child(${place})`);
  }
  // Not in a document (a detached element): only a selector of its own place can be given.
  return steps.join(" > ");
}

function cssEscape(id: string): string {
  const escape = (globalThis as { CSS?: { escape?: (value: string) => string } }).CSS?.escape;
  return escape ? escape(id) : id.replace(/^\d|[^\w-]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `);
}
