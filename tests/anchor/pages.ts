// Shared by the anchoring tests: saved pages loaded in jsdom, and claims built by hand from their real sentences.
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { extractArticle } from "../../src/dom/extract";
import type { Article, Claim, SourceCategory } from "../../src/core/model/claim";

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
    hedges: [], rule: "cue-before",
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

/** The claims of the seed article, built from its sentences (the detector's job; here, what it must find). */
export function seedClaims(article: Article): Claim[] {
  return [
    claimOn(article, "standfirst", "Selon une source diplomatique, le projet de coopération militaire proposé par le maréchal rebelle a été conditionné par les Algériens à une entente avec le Gouvernement d'union nationale", "une source diplomatique", "diplomatic"),
    claimOn(article, "revealed", "Une source diplomatique algérienne a révélé à Middle East Eye que le maréchal rebelle – attaché au parlement de Tobrouk, rival du Gouvernement d’union nationale (GNA) soutenu par la communauté internationale – était venu à Alger pour « négocier un accord de coopération avec l’armée algérienne ».", "Une source diplomatique algérienne", "diplomatic"),
    claimOn(article, "same-source", "Dans les prochains jours, le président Abdelaziz Bouteflika devrait, toujours selon cette source diplomatique, étudier un projet pour lequel les Algériens ont déjà posé une condition : la nécessité d’un consensus entre Khalifa Haftar et le GNA.", "cette source diplomatique", "diplomatic"),
    claimOn(article, "firm", "Selon une source diplomatique, Alger se serait montrée très ferme : il ne saurait y avoir de coopération sans accord politique préalable et la volonté de régler les problèmes autrement que par la force.", "une source diplomatique", "diplomatic"),
    claimOn(article, "media", "Cette semaine, selon plusieurs médias locaux, le maréchal aurait demandé à ses forces de se mobiliser pour « libérer » Tripoli, officiellement le siège du GNA mais depuis plusieurs mois sous l'emprise grandissante des milices.", "plusieurs médias locaux", "media"),
    claimOn(article, "security", "« ll s’est présenté comme le partenaire militaire le plus crédible et le plus sûr », relève une source sécuritaire pour qui « Haftar n’a de toutes les manières, pas d’autre choix que de venir frapper à la porte d’Alger ».", "une source sécuritaire", "security"),
    claimOn(article, "continuation", "« Les Russes ont insisté pour que l'Algérie reste le plus important partenaire dans la région. »", "une source sécuritaire", "security"),
    claimOn(article, "contacted", "Selon une source sécuritaire algérienne contactée par MEE, Fayez al-Sarraj avait sollicité Alger pour qu’elle interfère auprès des Russes « pour bloquer la vente d'armes à Haftar ».", "une source sécuritaire algérienne contactée par MEE", "security"),
  ];
}

/** Each sentence of the article's body as a claim (resting on its first word), to exercise anchoring everywhere. */
export function bodySentences(article: Article): Claim[] {
  const segmenter = new Intl.Segmenter(article.lang || "en", { granularity: "sentence" });
  const claims: Claim[] = [];
  for (const block of article.blocks.filter((candidate) => candidate.role === "body")) {
    for (const { segment, index } of segmenter.segment(article.text.slice(block.start, block.end))) {
      const text = segment.trim();
      if (!text) continue;
      const start = block.start + index + segment.indexOf(text);
      const word = text.split(" ")[0]!;
      claims.push({
        id: `s${claims.length}`,
        text,
        start,
        end: start + text.length,
        source: { text: word, start, end: start + word.length, category: "other", anonymity: "anonymous" },
        cue: null,
        kind: "explicit",
        group: "g",
        hedges: [], rule: "cue-before",
      });
    }
  }
  return claims;
}

/** A browser's highlight registry and constructable style sheets, as far as the highlighter uses them (jsdom has neither). */
export function fakeHighlightApi(window: object & { document: Document }) {
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const registry = new Map<string, FakeHighlight>();
  Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  Object.defineProperty(window.document, "adoptedStyleSheets", { value: [], writable: true });
  return { registry, FakeHighlight };
}
