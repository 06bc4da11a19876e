// The page as HTML, serialised in slices: documentElement.outerHTML is one call (about 200 ms on a 10 MB page here),
// so the tree is cut into pieces of bounded size, each serialised by the browser, and the page runs between slices.
import { SLICE_MS, yieldToPage } from "./slices";

// An element with more descendants than this is opened up and its children serialised one by one.
const PIECE_ELEMENTS = 2000;
// Neither Readability nor the detector reads them; a large page's weight is mostly script. JSON-LD stays: Readability
// takes the title and byline from it.
const SKIPPED = "script:not([type='application/ld+json' i]), style";

// Posting a message copies it on the page's thread: past a few megabytes that alone is a long task.
const MAX_CHUNK_CHARS = 1 << 20;

/**
 * The page's HTML, in chunks of at most about SLICE_MS of serialising or MAX_CHUNK_CHARS each; `send` gets each chunk
 * and may throw to stop.
 */
export async function serialisePage(doc: Document, send: (html: string, done: boolean) => void): Promise<void> {
  let chunk: string[] = [doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : ""];
  let chars = 0;
  let sliceStart = performance.now();
  for (const piece of pieces(doc.documentElement)) {
    chunk.push(piece);
    chars += piece.length;
    if (chars >= MAX_CHUNK_CHARS || performance.now() - sliceStart >= SLICE_MS) {
      send(chunk.join(""), false);
      chunk = [];
      chars = 0;
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  send(chunk.join(""), true);
}

/** The element's HTML as consecutive pieces, none of them much bigger than PIECE_ELEMENTS elements. */
function* pieces(element: Element): Generator<string> {
  if (element.matches(SKIPPED)) return;
  if (element.getElementsByTagName("*").length <= PIECE_ELEMENTS) {
    yield element.outerHTML;
    return;
  }
  // The browser writes the tags, attributes escaped: an empty copy of the element is its opening and closing tags.
  const tags = (element.cloneNode(false) as Element).outerHTML;
  const closing = tags.lastIndexOf("</");
  yield tags.slice(0, closing);
  for (const child of element.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) yield* pieces(child as Element);
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
