// The page as HTML, serialised in slices: documentElement.outerHTML is one call (about 200 ms on a 10 MB page here),
// so the tree is cut into pieces of bounded size, each serialised by the browser, and the page runs between slices.
import { nextSlice, SLICE_MS } from "./slices";

// An element with more descendants than this is opened up and its children serialised one by one.
const PIECE_ELEMENTS = 2000;
// Neither Readability nor the detector reads them; a large page's weight is mostly script. JSON-LD stays: Readability
// takes the title and byline from it.
const SKIPPED = "script:not([type='application/ld+json' i]), style";

// Posting a message copies it on the page's thread: past a few megabytes that alone is a long task.
const MAX_CHUNK_CHARS = 1 << 20;

/**
 * The page's HTML, in chunks of at most about SLICE_MS of serialising or MAX_CHUNK_CHARS each, to `send`; stops between
 * two slices once `signal` aborts.
 */
export async function serialisePage(
  doc: Document,
  send: (html: string, done: boolean) => void,
  signal: AbortSignal,
): Promise<void> {
  let chunk: string[] = [doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : ""];
  let chars = 0;
  // Finding the handlers is a slice of its own (about 30 ms on a 10 MB page).
  const handlers = handlersIn(doc);
  await nextSlice(signal);
  let sliceStart = performance.now();
  for (const piece of pieces(doc.documentElement, handlers)) {
    chunk.push(piece);
    chars += piece.length;
    if (chars >= MAX_CHUNK_CHARS || performance.now() - sliceStart >= SLICE_MS) {
      send(chunk.join(""), false);
      chunk = [];
      chars = 0;
      await nextSlice(signal);
      sliceStart = performance.now();
    }
  }
  send(chunk.join(""), true);
}

/**
 * The page's inline event handlers (onclick="…"): the elements that have one, and their ancestors. They must not reach
 * the popup's copy: Chromium reports every one it parses there as a breach of the extension's Content-Security-Policy.
 */
interface Handlers {
  owners: Set<Element>;
  ancestors: Set<Node>;
}

function handlersIn(doc: Document): Handlers {
  // XPath finds the attributes by name prefix, which no CSS selector can.
  const found = doc.evaluate("//@*[starts-with(name(), 'on')]", doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE);
  const owners = new Set<Element>();
  const ancestors = new Set<Node>();
  for (let i = 0; i < found.snapshotLength; i++) {
    const owner = (found.snapshotItem(i) as Attr).ownerElement;
    if (!owner) continue;
    owners.add(owner);
    for (let node = owner.parentNode; node && !ancestors.has(node); node = node.parentNode) ancestors.add(node);
  }
  return { owners, ancestors };
}

/**
 * The element's HTML as consecutive pieces, none of them much bigger than PIECE_ELEMENTS elements, and without inline
 * event handlers.
 */
function* pieces(element: Element, handlers: Handlers): Generator<string> {
  if (element.matches(SKIPPED)) return;
  const holdsHandlers = handlers.owners.has(element) || handlers.ancestors.has(element);
  if (!holdsHandlers && element.getElementsByTagName("*").length <= PIECE_ELEMENTS) {
    yield element.outerHTML;
    return;
  }
  // The browser writes the tags, attributes escaped: an empty copy of the element is its opening and closing tags.
  const copy = element.cloneNode(false) as Element;
  for (const name of copy.getAttributeNames()) if (name.startsWith("on")) copy.removeAttribute(name);
  const tags = copy.outerHTML;
  const closing = tags.lastIndexOf("</");
  // A void element (<img>, <input>) is its opening tag alone.
  if (closing === -1) {
    yield tags;
    return;
  }
  yield tags.slice(0, closing);
  for (const child of element.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) yield* pieces(child as Element, handlers);
    else if (child.nodeType === Node.TEXT_NODE) yield escapeText((child as Text).data);
  }
  yield tags.slice(closing);
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
}

// A frame this large is the page's main content (an embedded reader, an AMP viewer), not an advertisement.
const MAIN_FRAME_SHARE = 0.5;

/** Whether a frame covers most of the window: when the top document has no article, the article may be in there. */
export function hasMainFrame(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  const area = view.innerWidth * view.innerHeight;
  return [...doc.querySelectorAll("iframe, frame")].some((frame) => {
    const box = frame.getBoundingClientRect();
    const width = Math.min(box.right, view.innerWidth) - Math.max(box.left, 0);
    const height = Math.min(box.bottom, view.innerHeight) - Math.max(box.top, 0);
    return area > 0 && width > 0 && height > 0 && width * height >= MAIN_FRAME_SHARE * area;
  });
}
