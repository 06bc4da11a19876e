// Style sheets we add to a page or to our shadow root, removable without a trace.
import { UI_ATTRIBUTE } from "../anchor/page-text";

export interface AddedStyles {
  replace(css: string): void;
  remove(): void;
}

/**
 * A constructed style sheet where the browser lets us adopt one: it leaves the page's DOM untouched and is not an
 * inline style in the eyes of a strict Content-Security-Policy. Otherwise a <style> element, taken out on remove().
 */
export function addStyles(target: Document | ShadowRoot, css: string): AddedStyles {
  const doc = target.nodeType === 9 ? (target as Document) : (target as ShadowRoot).ownerDocument;
  const SheetConstructor = doc.defaultView?.CSSStyleSheet;
  if (SheetConstructor && "adoptedStyleSheets" in target) {
    try {
      const sheet = new SheetConstructor();
      sheet.replaceSync(css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      // Firefox has refused sheets from content scripts without a word (its bug 1770592): check it took.
      if (!target.adoptedStyleSheets.includes(sheet)) throw new Error("style sheet not adopted");
      return {
        replace: (next) => sheet.replaceSync(next),
        remove: () => {
          target.adoptedStyleSheets = target.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        },
      };
    } catch {
      // Refused (a sheet built in a content script's realm): the <style> element below works everywhere.
    }
  }
  const style = doc.createElement("style");
  style.setAttribute(UI_ATTRIBUTE, "");
  style.textContent = css;
  (target.nodeType === 9 ? (doc.head ?? doc.documentElement) : target).appendChild(style);
  return {
    replace: (next) => {
      style.textContent = next;
    },
    remove: () => style.remove(),
  };
}
