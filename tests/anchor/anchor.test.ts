// Text-quote anchoring of claims on live pages (the seed article and a saved Libération page).
import { describe, expect, test } from "vitest";
import { anchorClaims, createAnchorer } from "../../src/dom/anchor";
import { bodySentences, claimOn, extracted, loadPage, loose, seedClaims } from "./pages";

function paragraphOf(range: Range): Element | null {
  const node = range.startContainer;
  return (node.nodeType === 1 ? (node as Element) : node.parentElement)!.closest("p, h1, h2, blockquote, li");
}

describe("the seed article", () => {
  test("every claim is placed, and each range reads as its quote", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const claims = seedClaims(article);
    const placements = anchorClaims(doc, article, claims);
    expect(placements.map((placement) => placement.claimId)).toEqual(claims.map((claim) => claim.id));
    for (const [i, placement] of placements.entries()) {
      const claim = claims[i]!;
      expect(loose(placement.range!.toString())).toBe(loose(claim.text));
      if (claim.kind === "explicit" && claim.id !== "continuation") {
        expect(placement.sourceRange!.toString()).toBe(claim.source.text);
        expect(placement.range!.isPointInRange(placement.sourceRange!.startContainer, placement.sourceRange!.startOffset)).toBe(true);
      }
    }
  });

  test("the standfirst is found in the page's header, the body's sentences in the body", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const [standfirst, revealed] = anchorClaims(doc, article, seedClaims(article));
    expect(paragraphOf(standfirst!.range!)!.className).toBe("standfirst");
    expect(paragraphOf(revealed!.range!)!.closest(".article-body")).not.toBeNull();
  });

  test("a sentence that runs through an <em> spans several text nodes", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const revealed = anchorClaims(doc, article, seedClaims(article))[1]!;
    const range = revealed.range!;
    expect(range.startContainer).not.toBe(range.endContainer);
    expect(range.intersectsNode(doc.querySelector(".article-body em")!)).toBe(true);
  });

  test("a source whose phrase recurs is placed in the claim's own sentence", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const firm = anchorClaims(doc, article, seedClaims(article))[3]!;
    // "une source diplomatique" also opens the standfirst, earlier in the page.
    expect(paragraphOf(firm.sourceRange!)).toBe(paragraphOf(firm.range!));
    expect(paragraphOf(firm.range!)!.textContent).toMatch(/^Selon une source diplomatique, Alger se serait montrée/);
  });

  test("a continuation, whose source is in an earlier sentence, has no source range of its own", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const continuation = anchorClaims(doc, article, seedClaims(article))[6]!;
    expect(continuation.range).not.toBeNull();
    expect(continuation.sourceRange).toBeNull();
  });

  test("white space, apostrophes and quotation marks that differ from the article's are forgiven", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    // The page re-rendered with straight typography and hard-wrapped lines, as AMP and syndicated copies often are.
    const paragraph = [...doc.querySelectorAll(".article-body p")].find((p) => p.textContent!.includes("relève une source"))!;
    const text = paragraph.firstChild as Text;
    text.data = text.data.replace(/’/g, "'").replace(/«\s*/g, '"').replace(/\s*»/g, '"').replace(/ le plus /g, "\n      le plus ");
    const security = anchorClaims(doc, article, seedClaims(article))[5]!;
    expect(security.range).not.toBeNull();
    expect(security.range!.toString()).toContain("\"ll s'est présenté comme le partenaire militaire\n      le plus crédible");
    expect(loose(security.range!.toString()).replace(/["']/g, "")).toBe(
      loose(article.text.slice(seedClaims(article)[5]!.start, seedClaims(article)[5]!.end)).replace(/["']/g, ""),
    );
    expect(security.sourceRange!.toString()).toBe("une source sécuritaire");
  });

  test.each(["beforebegin", "afterend"] as const)(
    "a sentence repeated in a pull quote (%s its paragraph) is placed where its context is",
    (where) => {
      const { doc } = loadPage("seed-mee-haftar.html");
      const article = extracted(doc);
      const sentence = "Alger se serait montrée très ferme : il ne saurait y avoir de coopération sans accord politique préalable et la volonté de régler les problèmes autrement que par la force.";
      const original = [...doc.querySelectorAll(".article-body p")].find((p) => p.textContent!.includes(sentence))!;
      const pullQuote = doc.createElement("blockquote");
      pullQuote.className = "pull-quote";
      pullQuote.textContent = sentence;
      original.insertAdjacentElement(where, pullQuote);
      const [placement] = anchorClaims(doc, article, [claimOn(article, "firm", sentence, "une source diplomatique", "diplomatic")]);
      expect(paragraphOf(placement!.range!)).toBe(original);
      expect(placement!.sourceRange).toBeNull();
    },
  );

  test("a standfirst repeated in a teaser above the article is placed under the headline", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const teaser = doc.createElement("p");
    teaser.className = "breaking";
    teaser.textContent = doc.querySelector(".standfirst")!.textContent;
    doc.querySelector("header.site")!.after(teaser);
    const [standfirst] = anchorClaims(doc, article, seedClaims(article));
    expect(paragraphOf(standfirst!.range!)!.className).toBe("standfirst");
  });

  test("text hidden from readers is not matched", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const paragraphs = [...doc.querySelectorAll(".article-body p")];
    paragraphs.find((p) => p.textContent!.includes("plusieurs médias"))!.setAttribute("hidden", "");
    paragraphs.find((p) => p.textContent!.includes("très ferme"))!.setAttribute("style", "color: red; display : none");
    const placements = anchorClaims(doc, article, seedClaims(article));
    expect(placements.filter((placement) => !placement.range).map((placement) => placement.claimId)).toEqual(["firm", "media"]);
  });

  test("an element the reader does not see inside a sentence leaves it placed only if the Range still reads as the quote", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const paragraphs = [...doc.querySelectorAll(".article-body p")];
    const insertInside = (phrase: string, html: string) => {
      const paragraph = paragraphs.find((p) => p.textContent!.includes(phrase))!;
      const text = [...paragraph.childNodes].find((node) => node.nodeType === 3 && node.textContent!.includes(phrase)) as Text;
      const template = doc.createElement("template");
      template.innerHTML = html;
      text.splitText(text.data.indexOf(phrase) + phrase.length).before(template.content);
    };
    // An icon with no text: the Range reads the same. A button's label would show up in the Range's text.
    insertInside("très ferme", '<svg class="icon"></svg>');
    insertInside("plusieurs médias locaux", "<button>Partager</button>");
    const placements = anchorClaims(doc, article, seedClaims(article));
    const byId = new Map(placements.map((placement) => [placement.claimId, placement]));
    expect(loose(byId.get("firm")!.range!.toString())).toBe(loose(seedClaims(article)[3]!.text));
    expect(byId.get("media")!.range).toBeNull();
    expect(placements.filter((placement) => !placement.range).map((placement) => placement.claimId)).toEqual(["media"]);
  });

  test("a sentence no longer on the page is not placed; the others still are", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    [...doc.querySelectorAll(".article-body p")].find((p) => p.textContent!.includes("contactée par MEE"))!.remove();
    const placements = anchorClaims(doc, article, seedClaims(article));
    expect(placements.filter((placement) => placement.range === null).map((placement) => placement.claimId)).toEqual([
      "contacted",
    ]);
    expect(placements.find((placement) => placement.claimId === "contacted")!.sourceRange).toBeNull();
  });
});

test("Libération: a sentence through a link and non-breaking spaces, resting on « une source du Quai d’Orsay »", () => {
  const { doc } = loadPage("pages/liberation-1/source.html");
  const article = extracted(doc);
  const claim = claimOn(article, "quai", "L’Airbus A350 affrété par les autorités françaises s’est posé peu avant 5h45 avec à son bord 206 passagers, dont 12 enfants et 26 blessés, selon une source du Quai d’Orsay.", "une source du Quai d’Orsay", "diplomatic");
  const [placement] = anchorClaims(doc, article, [claim]);
  const range = placement!.range!;
  expect(loose(range.toString())).toBe(loose(claim.text));
  expect(range.toString()).toContain("206\u00a0passagers");
  expect((range.startContainer.parentNode as Element).localName).toBe("a");
  expect(placement!.sourceRange!.toString()).toBe("une source du Quai d’Orsay");
});

describe("anchoring spread over the page's tasks", () => {
  /** Where a range lies, as text node numbers and offsets (comparable with toEqual, unlike the nodes). */
  function whereIn(doc: Document) {
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    const numbers = new Map<Node, number>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) numbers.set(node, numbers.size);
    return (range: Range | null) =>
      range && [numbers.get(range.startContainer), range.startOffset, numbers.get(range.endContainer), range.endOffset];
  }

  test("a page read a few hundred nodes at a time, claims placed a third at a time: the same places as in one go", () => {
    const { doc } = loadPage("pages/liberation-1/source.html");
    const article = extracted(doc);
    const claims = bodySentences(article);
    const anchorer = createAnchorer(doc, article);
    let reads = 1;
    // A deadline already past: each call reads its minimum and hands back.
    while (!anchorer.read(performance.now())) reads++;
    expect(reads).toBeGreaterThan(2);
    const third = Math.ceil(claims.length / 3);
    const inParts = [0, 1, 2].flatMap((part) => anchorer.place(claims.slice(part * third, (part + 1) * third)));

    const where = whereIn(doc);
    const inOneGo = anchorClaims(doc, article, claims);
    expect(inParts.filter((placement) => placement.range).length).toBeGreaterThan(claims.length * 0.9);
    expect(inParts.map((placement) => where(placement.range))).toEqual(inOneGo.map((placement) => where(placement.range)));
    expect(inParts.map((placement) => where(placement.sourceRange))).toEqual(
      inOneGo.map((placement) => where(placement.sourceRange)),
    );
  });

  test("text changed or replaced after the page was read is not placed, never on stale nodes; a new reading finds it", () => {
    const { doc } = loadPage("seed-mee-haftar.html");
    const article = extracted(doc);
    const claims = seedClaims(article);
    const anchorer = createAnchorer(doc, article);
    expect(anchorer.read(Infinity)).toBe(true);

    // The page re-renders parts of the article meanwhile.
    const paragraphs = [...doc.querySelectorAll(".article-body p")];
    const paragraphWith = (phrase: string) => paragraphs.find((p) => p.textContent!.includes(phrase))!;
    paragraphWith("très ferme").textContent = "Un autre texte.";
    const media = paragraphWith("plusieurs médias");
    media.replaceWith(media.cloneNode(true));
    const security = [...paragraphWith("relève une source").childNodes].find((node) => node.nodeType === 3) as Text;
    security.data = security.data.slice(0, 10);

    const placements = anchorer.place(claims);
    expect(placements.filter((placement) => !placement.range).map((placement) => placement.claimId)).toEqual([
      "firm",
      "media",
      "security",
    ]);
    for (const [i, placement] of placements.entries()) {
      if (!placement.range) continue;
      expect(placement.range.startContainer.isConnected).toBe(true);
      expect(loose(placement.range.toString())).toBe(loose(claims[i]!.text));
    }

    const reread = createAnchorer(doc, article).place(claims);
    const media2 = reread.find((placement) => placement.claimId === "media")!;
    expect(media2.range!.startContainer.isConnected).toBe(true);
    expect(loose(media2.range!.toString())).toBe(loose(claims.find((claim) => claim.id === "media")!.text));
  });
});
