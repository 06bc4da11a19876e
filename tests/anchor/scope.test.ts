// The element the highlight styles are scoped to, and the selector that finds it again.
import { describe, expect, test } from "vitest";
import { anchorClaims } from "../../src/dom/anchor";
import { elementHolding, selectorOf } from "../../src/dom/highlight/scope";
import { extracted, loadPage, seedClaims } from "./pages";

describe("the element holding the highlights", () => {
  test("is the deepest one holding every claim of the seed article, not the whole page", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const ranges = anchorClaims(doc, article, seedClaims(article)).flatMap((placement) =>
      placement.range ? [placement.range] : [],
    );
    const holder = elementHolding(ranges)!;
    expect(ranges.every((range) => holder.contains(range.commonAncestorContainer))).toBe(true);
    expect(holder.localName).not.toMatch(/^(html|body)$/);
    expect([...holder.children].some((child) => ranges.every((range) => child.contains(range.commonAncestorContainer))))
      .toBe(false);
  });

  test("is none without ranges", () => {
    expect(elementHolding([])).toBeNull();
  });
});

describe("the selector of an element", () => {
  const { doc } = loadPage("seed-mee-haftar.html");

  test("finds that very element again, for every element of a real page", () => {
    const elements = [...doc.body.querySelectorAll("*")];
    expect(elements.length).toBeGreaterThan(50);
    for (const element of elements) expect(doc.querySelector(selectorOf(element))).toBe(element);
  });

  test("starts from the nearest unique id, and goes by places where an id is repeated or odd", () => {
    doc.body.insertAdjacentHTML(
      "beforeend",
      '<div id="twice"><p>a</p></div><div id="twice"><p>b</p></div><section id="1 odd:id"><p>c</p><p>d</p></section>',
    );
    const [, second] = doc.querySelectorAll("#twice > p");
    expect(selectorOf(second!)).toMatch(/^:root > /);
    expect(doc.querySelector(selectorOf(second!))).toBe(second);
    const last = doc.getElementById("1 odd:id")!.lastElementChild!;
    expect(selectorOf(last)).toMatch(/^#.+ > p:nth-child\(2\)$/);
    expect(doc.querySelector(selectorOf(last))).toBe(last);
  });
});
