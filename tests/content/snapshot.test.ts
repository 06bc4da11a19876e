// @vitest-environment jsdom
// The page serialised in slices reads, once parsed again, as the page does: same text, same structure, same
// attributes, with the page's scripts, style sheets and comments left out.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serialisePage } from "../../src/content/snapshot";
import { articleText } from "../fuzz/texts";

async function serialise(doc: Document): Promise<{ html: string; chunks: number }> {
  const parts: string[] = [];
  let finished = false;
  await serialisePage(doc, (html, done) => {
    expect(finished).toBe(false);
    parts.push(html);
    finished = done;
  }, new AbortController().signal);
  expect(finished).toBe(true);
  return { html: parts.join(""), chunks: parts.length };
}

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
/** The document without what the snapshot may leave out: scripts (but JSON-LD), style sheets and comments. */
const withoutScripts = (doc: Document) => {
  const copy = doc.cloneNode(true) as Document;
  for (const element of copy.querySelectorAll("script:not([type='application/ld+json' i]), style")) element.remove();
  const comments = copy.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.parentNode?.removeChild(comment);
  return copy;
};

describe("serialisePage", () => {
  // Pages past 2,000 elements, in jsdom: seconds, not milliseconds.
  it("gives back a saved real page, in more than one chunk when it is large", { timeout: 30_000 }, async () => {
    const source = readFileSync(`${import.meta.dirname}/../fixtures/pages/nytimes-5/source.html`, "utf8");
    const page = parse(source);
    // Past 2,000 elements, the page is opened up and serialised piece by piece.
    for (let n = 0; n < 2; n++) page.body.append(...[...page.body.children].map((child) => child.cloneNode(true)));
    const { html, chunks } = await serialise(page);
    expect(chunks).toBeGreaterThan(1);
    const copy = parse(html);
    // Scripts, styles and comments are left out where the cut reaches them, and may stay inside pieces written whole.
    expect(withoutScripts(copy).body.innerHTML).toBe(withoutScripts(page).body.innerHTML);
    expect(copy.querySelectorAll("script:not([type='application/ld+json'])").length).toBeLessThan(
      page.querySelectorAll("script:not([type='application/ld+json'])").length,
    );
    expect(copy.documentElement.getAttribute("lang")).toBe(page.documentElement.getAttribute("lang"));
    expect(copy.querySelectorAll("script[type='application/ld+json']").length).toBe(
      page.querySelectorAll("script[type='application/ld+json']").length,
    );
    expect(copy.compatMode).toBe(page.compatMode);
  });

  it("keeps any text, markup characters and entities included, when the page is cut into pieces", { timeout: 30_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleText, { minLength: 1, maxLength: 5 }), async (texts) => {
        const page = parse("<!DOCTYPE html><html><body></body></html>");
        const list = page.createElement("div");
        // Enough elements that the body and this list are opened up rather than written whole.
        for (let n = 0; n < 2100; n++) {
          const item = page.createElement(n % 2 ? "p" : "span");
          item.textContent = texts[n % texts.length]! + " & <b>";
          item.setAttribute("title", `"${texts[0]!.slice(0, 20)}"`);
          list.append(item, page.createTextNode(texts[(n + 1) % texts.length]!));
        }
        page.body.append(list);
        const copy = parse((await serialise(page)).html);
        // As the browser's own serialisation reads back (HTML parsing turns "\r\n" into "\n").
        const whole = parse(`<!DOCTYPE html>${page.documentElement.outerHTML}`);
        expect(copy.body.textContent).toBe(whole.body.textContent);
        expect(copy.body.innerHTML).toBe(whole.body.innerHTML);
      }),
      { numRuns: 3 },
    );
  });

  it("leaves out the page's inline event handlers, which the extension's Content-Security-Policy would report", async () => {
    const page = parse(
      '<!DOCTYPE html><html><body onload="track()"><p onclick="like()">Selon une source diplomatique,' +
        ' <img src="a.png" onerror="retry()" alt="Alger"> <a href="/x" onmouseover="hover()" class="online">Alger</a>' +
        ' se serait montrée très ferme.</p><p>Rien à signaler.</p></body></html>',
    );
    const { html } = await serialise(page);
    expect(html).not.toMatch(/\son[a-z]+=/);
    const copy = parse(html);
    for (const element of page.querySelectorAll("*")) {
      for (const name of element.getAttributeNames()) if (name.startsWith("on")) element.removeAttribute(name);
    }
    expect(copy.body.outerHTML).toBe(page.body.outerHTML);
    expect(copy.querySelector("a")?.className).toBe("online");
  });
});
