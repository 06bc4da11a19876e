// Shared by the anchoring tests: saved pages loaded in jsdom, and claims built by hand from their real sentences.
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { extractArticle } from "../../src/extract";
import type { Article, Claim, SourceCategory } from "../../src/types";

const fixtures = new URL("../fixtures/", import.meta.url);

export function loadPage(path: string): { dom: JSDOM; doc: Document } {
  const html = readFileSync(new URL(path, fixtures), "utf8");
  const dom = new JSDOM(html, { url: "https://example.org/article", virtualConsole: new VirtualConsole() });
  return { dom, doc: dom.window.document };
}

export function extracted(doc: Document): Article {
  const article = extractArticle(doc);
  if (!article) throw new Error("no article");
  return article;
}

/** A claim on a sentence of the article, resting on a source phrase inside it (or elsewhere in the article). */
export function claimOn(
  article: Article,
  id: string,
  sentence: string,
  source: string,
  category: SourceCategory,
  occurrence = 0,
): Claim {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = article.text.indexOf(sentence, start + 1);
  if (start === -1) throw new Error(`not in the article: ${sentence}`);
  const end = start + sentence.length;
  const inSentence = article.text.indexOf(source, start);
  const sourceStart = inSentence !== -1 && inSentence < end ? inSentence : article.text.indexOf(source);
  if (sourceStart === -1) throw new Error(`not in the article: ${source}`);
  return {
    id,
    text: sentence,
    start,
    end,
    source: { text: source, start: sourceStart, end: sourceStart + source.length, category, anonymity: "anonymous" },
    cue: null,
    kind: "explicit",
    group: id,
    hedges: [],
  };
}

// Typography and white space are what differ between two copies of one sentence.
export function loose(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, "");
}
