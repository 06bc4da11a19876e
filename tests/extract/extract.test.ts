// Extraction on the seed article (Middle East Eye, with its page furniture) and on the saved real pages.
import { readFileSync, readdirSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, test } from "vitest";
import { extractArticle, whyNoArticle } from "../../src/dom/extract";
import type { Article } from "../../src/core/model/claim";

const fixtures = new URL("../fixtures/", import.meta.url);
const seedHtml = readFileSync(new URL("seed-mee-haftar.html", fixtures), "utf8");
const pageNames = readdirSync(new URL("pages/", fixtures), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function load(html: string, url?: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** The blocks are the text: each one a single line, joined by blank lines, in order. */
function expectConsistentBlocks(article: Article) {
  expect(article.blocks.map((block) => article.text.slice(block.start, block.end)).join("\n\n")).toBe(article.text);
  for (const block of article.blocks) {
    const text = article.text.slice(block.start, block.end);
    expect(text.trim()).toBe(text);
    expect(text).not.toBe("");
    expect(text).not.toMatch(/\n/);
  }
}

function blockTexts(article: Article, role: "title" | "standfirst" | "body"): string[] {
  return article.blocks.filter((block) => block.role === role).map((block) => article.text.slice(block.start, block.end));
}

describe("the seed article", () => {
  const doc = load(seedHtml, "https://www.middleeasteye.net/fr/reportages/haftar-alger?utm_source=twitter#comments");
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc)!;

  test("leaves the live page exactly as it was", () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test("reads title, standfirst, then the body, block by block", () => {
    expect(article.title).toBe("EXCLUSIF : Khalifa Haftar à Alger pour négocier un accord de coopération militaire");
    expect(article.standfirst).toMatch(/^Selon une source diplomatique, le projet de coopération militaire/);
    expect(blockTexts(article, "title")).toEqual([article.title]);
    expect(blockTexts(article, "standfirst")).toEqual([article.standfirst]);
    const body = blockTexts(article, "body");
    expect(body[0]).toMatch(/^ALGER - Le maréchal libyen Khalifa Haftar était dimanche à Alger/);
    expect(body).toContain("Un projet d'armée pour tout le pays");
    expect(body.at(-1)).toMatch(/« pour bloquer la vente d'armes à Haftar »\.$/);
    expect(article.blocks.map((block) => block.role)).toEqual([
      "title",
      "standfirst",
      ...body.map(() => "body"),
    ]);
    expectConsistentBlocks(article);
  });

  test("keeps inline markup inside its sentence", () => {
    expect(article.text).toContain(
      "Une source diplomatique algérienne a révélé à Middle East Eye que le maréchal rebelle",
    );
  });

  test("leaves out the caption, share bars, related links, promo and cookie banner", () => {
    for (const furniture of [
      "Pour obtenir l'aide d'Alger",
      "WhatsApp",
      "Partager",
      "selon une source proche du dossier, Moscou aurait livré des blindés",
      "selon des sources concordantes",
      "Middle East Eye propose une couverture",
      "Selon nos partenaires publicitaires",
      "youtube.com",
      "Tous droits réservés",
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  test("reads language, byline, site name and canonical address from the page", () => {
    expect(article.lang).toBe("fr");
    expect(article.byline).toBe("Par Correspondant MEE à Alger — 18 décembre 2016");
    expect(article.siteName).toBe("Middle East Eye édition française");
    expect(article.url).toBe(
      "https://www.middleeasteye.net/fr/reportages/exclusif-khalifa-haftar-alger-pour-negocier-un-accord-de-cooperation-militaire",
    );
    expect(article.droppedLead).toBe(false);
  });
});

describe("metadata fallbacks", () => {
  test("without rel=canonical, og:url; without either, the address without its fragment and tracking", () => {
    const withOgUrl = load(
      seedHtml.replace(/<link rel="canonical"[^>]*>/, '<meta property="og:url" content="/fr/reportages/haftar?fbclid=x1">'),
      "https://www.middleeasteye.net/fr/",
    );
    expect(extractArticle(withOgUrl)!.url).toBe("https://www.middleeasteye.net/fr/reportages/haftar");

    const bare = load(seedHtml.replace(/<link rel="canonical"[^>]*>/, ""));
    expect(
      extractArticle(bare, { url: "https://www.middleeasteye.net/fr/reportages/haftar?id=7&utm_medium=social&gclid=a#top" })!
        .url,
    ).toBe("https://www.middleeasteye.net/fr/reportages/haftar?id=7");
  });

  test("a canonical address on another site is not the article's: the page's own address is, as reviews go by it", () => {
    const claiming = seedHtml.replace(/<link rel="canonical"[^>]*>/, '<link rel="canonical" href="https://www.lemonde.fr/article.html">');
    const page = "https://attacker.example/copied?utm_source=x";
    expect(extractArticle(load(claiming, page))!.url).toBe("https://attacker.example/copied");
    // A sibling host of the page's own site counts: an AMP page names its article.
    const amp = "https://amp.middleeasteye.net/fr/reportages/haftar";
    const sibling = seedHtml.replace(/<link rel="canonical"[^>]*>/, '<link rel="canonical" href="https://www.middleeasteye.net/fr/reportages/haftar">');
    expect(extractArticle(load(sibling, amp))!.url).toBe("https://www.middleeasteye.net/fr/reportages/haftar");
    // A page the reader saved and hands the command line names its article wherever it is.
    expect(extractArticle(load(claiming, "file:///home/reader/page.html"), { trustCanonical: true })!.url).toBe("https://www.lemonde.fr/article.html");
  });

  test("without <html lang>, the language comes from the page's metadata, else it is left to the caller", () => {
    const withoutLang = seedHtml.replace('<html lang="fr" dir="ltr">', "<html>");
    expect(extractArticle(load(withoutLang))!.lang).toBe("");
    const withLocale = withoutLang.replace("<head>", '<head><meta property="og:locale" content="fr_FR">');
    expect(extractArticle(load(withLocale))!.lang).toBe("fr");
    const withHeader = withoutLang.replace("<head>", '<head><meta http-equiv="Content-Language" content="fr-FR">');
    expect(extractArticle(load(withHeader))!.lang).toBe("fr");
  });

  test("the description stands in for the standfirst when the page shows none", () => {
    const noLead = seedHtml.replace(/<p class="standfirst"[^]*?<\/p>/, "");
    const article = extractArticle(load(noLead))!;
    expect(article.standfirst).toMatch(/^Selon une source diplomatique, le projet de coopération militaire/);
    expect(blockTexts(article, "standfirst")).toEqual([article.standfirst]);
  });

  test("a description that repeats the first paragraph is not read twice", () => {
    const firstParagraph =
      "ALGER - Le maréchal libyen Khalifa Haftar était dimanche à Alger où il a été reçu par le Premier ministre";
    const repeated = seedHtml
      .replace(/<p class="standfirst"[^]*?<\/p>/, "")
      .replace(/(<meta name="description" content=")[^"]*/, `$1${firstParagraph}…`);
    const article = extractArticle(load(repeated))!;
    expect(article.standfirst).toBeNull();
    expect(article.text.split(firstParagraph)).toHaveLength(2);
  });
});

describe("a lead that Readability drops", () => {
  // The markup behind Readability's dropped leads (its issues #776, #819, #901): the opening paragraphs sit in a
  // container of their own before the body's. Here the seed article's first two paragraphs, one of which holds an
  // attribution to an unnamed source.
  const doc = load(seedHtml);
  const body = doc.querySelector(".article-body")!;
  const lead = doc.createElement("div");
  lead.className = "lead";
  lead.append(...[...body.querySelectorAll(":scope > p")].slice(0, 2));
  body.before(lead);
  const leadTexts = [...lead.querySelectorAll("p")].map((p) => p.textContent!.replace(/\s+/g, " ").trim());
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc)!;

  test("is put back at the start of the body, and reported", () => {
    expect(article.droppedLead).toBe(true);
    const body = blockTexts(article, "body");
    expect(body.slice(0, 2)).toEqual(leadTexts);
    expect(body[2]).toMatch(/^Dans les prochains jours, le président Abdelaziz Bouteflika devrait/);
    expect(article.text.split(leadTexts[1]!)).toHaveLength(2);
    expectConsistentBlocks(article);
  });

  test("without touching the page", () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe("pages without an article", () => {
  test("the seed page's furniture alone (navigation, related links, cookie banner) is no article", () => {
    const doc = load(seedHtml);
    doc.querySelector("article")!.remove();
    doc.querySelector(".mee-promo")!.remove();
    expect(extractArticle(doc)).toBeNull();
  });

  test("an empty page and a document with no body", () => {
    expect(extractArticle(load("<!DOCTYPE html><title>Nothing here</title>"))).toBeNull();
    const svg = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>', {
      contentType: "image/svg+xml",
    }).window.document;
    expect(extractArticle(svg)).toBeNull();
  });
});

describe("why a page has no article", () => {
  const page = (body: string) => load(`<!DOCTYPE html><html><head><title>Page</title></head><body>${body}</body></html>`);
  const teaser = (n: number) =>
    `<li><a href="/a${n}">Headline number ${n} of the day's news</a></li>`;

  test("a login or subscription wall in the article's place", () => {
    const wall = page(`<h1>Budget talks</h1><p>The first lines of the story are shown.</p>
      <div class="paywall-overlay"><p>Subscribe to read on.</p><a href="/subscribe">Subscribe</a></div>`);
    expect(whyNoArticle(wall)).toBe("login-wall");
    const login = page(`<form><label>Email <input type="email"></label><label>Password <input type="password"></label></form>`);
    expect(whyNoArticle(login)).toBe("login-wall");
  });

  test("a text too short to be an article", () => {
    const brief = page(`<h1>Road closed</h1><p>The coast road is closed until Monday because of a landslide near the harbour, the county said this morning.</p>`);
    expect(extractArticle(brief)).toBeNull();
    expect(whyNoArticle(brief)).toBe("too-short");
  });

  test("a home page: headlines and their links, no article", () => {
    const front = page(`<h1>World</h1><ul>${Array.from({ length: 30 }, (_, n) => teaser(n)).join("")}</ul>`);
    expect(whyNoArticle(front)).toBe("not-article");
  });
});

test("malformed HTML (a page cut off mid-article, unclosed and stray tags) still yields what is there", () => {
  const cut = seedHtml.slice(0, seedHtml.indexOf("Cela semblerait")) + "<em><b>Cela sembl</p></div></li><table><td>";
  const article = extractArticle(load(cut));
  expect(article).not.toBeNull();
  expect(article!.text).toContain("toujours selon cette source diplomatique, étudier un projet");
  expectConsistentBlocks(article!);
});

test("MSN: an image credit set inside the first paragraph is left out, the paragraph kept", () => {
  const doc = load(readFileSync(new URL("pages/msn/source.html", fixtures), "utf8"));
  const article = extractArticle(doc)!;
  expect(article.text).not.toContain("Provided by Business Insider");
  expect(blockTexts(article, "body")[0]).toMatch(/^Nintendo and Apple shocked the world earlier this year/);
});

describe("the saved real pages", () => {
  test.each(pageNames)("%s: extracts without an error and leaves the page as it was", (name) => {
    const html = readFileSync(new URL(`pages/${name}/source.html`, fixtures), "utf8");
    const doc = load(html, "https://example.org/article");
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    if (article) {
      expectConsistentBlocks(article);
      const declared = doc.documentElement.getAttribute("lang");
      if (declared) expect(article.lang).toBe(declared.split(/[-_]/)[0]!.toLowerCase());
    }
  });
});
