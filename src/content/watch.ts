// Watches the page once its claims are highlighted: a single-page app that moves to another address has shown another
// article; a framework that re-renders the article has replaced the nodes the highlights were on.
import { UI_ATTRIBUTE } from "../dom/anchor/page-text";

// Re-rendering comes in bursts of mutations; the page is looked at again once it has been quiet this long.
const QUIET_MS = 300;

export interface PageWatcher {
  /** Starts watching (again) from the page as it is now. */
  watch(): void;
  /** Stops watching. */
  quiet(): void;
  /** Runs our own change to the page (drawing, clearing highlights) without taking it for the page's. */
  ownChanges(change: () => void): void;
}

export function watchPage(
  doc: Document,
  handlers: { onNavigate(): void; onChange(): void },
): PageWatcher {
  const view = doc.defaultView!;
  let address = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watching = false;

  const check = () => {
    clearTimeout(timer);
    if (!watching) return;
    try {
      if (pageAddress(view) !== address) handlers.onNavigate();
      else handlers.onChange();
    } catch (error) {
      console.warn("Anonymark:", error instanceof Error ? error.message : String(error));
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(check, QUIET_MS);
  };
  const observer = new view.MutationObserver((records) => {
    if (records.some((record) => !isOwnRecord(record))) later();
  });
  // History moves that change no node (back and forward in some apps) still change the address.
  view.addEventListener("popstate", later);
  (view as { navigation?: EventTarget }).navigation?.addEventListener("navigatesuccess", later);

  return {
    watch() {
      address = pageAddress(view);
      watching = true;
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
    },
    quiet() {
      watching = false;
      clearTimeout(timer);
      observer.disconnect();
    },
    ownChanges(change) {
      try {
        change();
      } finally {
        observer.takeRecords();
      }
    },
  };
}

/** The address without its fragment: moving to an anchor in the page shows the same article. */
function pageAddress(view: Window): string {
  return view.location.href.replace(/#.*$/, "");
}

/** A change to our own interface (the source card appears and goes), not to the page. */
function isOwnRecord(record: MutationRecord): boolean {
  if (record.type !== "childList") return false;
  return [...record.addedNodes, ...record.removedNodes].every(
    (node) => node.nodeType === 1 && (node as Element).hasAttribute(UI_ATTRIBUTE),
  );
}
