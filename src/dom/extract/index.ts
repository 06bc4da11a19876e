// The article as a reader sees it: Mozilla Readability (called from this module only) on a clone of the page, then
// the title, the standfirst and each body paragraph as its own block of text.
import { Readability, isProbablyReaderable } from "@mozilla/readability";
import type { Article, Block } from "../../core/model/claim";
import type { NoArticleReason } from "../../core/model/findings";
import { reviewAddress } from "../../core/reviews/site";
import { BLOCK_TAGS, UNREAD_TAGS, readableText, walkDom } from "./dom-text";
import { TRACKING_PARAM } from "../../core/model/address";

export interface ExtractOptions {
  /** The page's address, when the document does not know it (a file read by the CLI). */
  url?: string;
  /**
   * Take the canonical address the page declares wherever it points (a page the reader saved and gives the CLI). By
   * default it counts only on the page's own site: reviews and history are filed under it.
   */
  trustCanonical?: boolean;
}

// Below this many characters of body text there is no article to speak of (a login wall, an error page).
const MIN_BODY_CHARS = 140;
// Readability's own threshold for an article; shorter bodies must also look readerable to count.
const SUBSTANTIAL_BODY_CHARS = 500;
// A lead paragraph is a full sentence or two; bylines, datelines and kickers are shorter.
const MIN_LEAD_CHARS = 100;
const MAX_RESTORED_LEAD_PARAGRAPHS = 5;
// Related-link lists and "read more" lines are (almost) all link text.
const MAX_LINK_SHARE = 0.9;

// Class names newsrooms give the lead under the headline: "standfirst" (Guardian, MEE), "chapo"/"chapeau" (French
// press), "dek"/"deck" (US magazines), "lede", "intro", "summary", "subtitle".
const STANDFIRST_CLASS =
  /(^|[\s_-])(standfirst|chap[oô]|chapeau|dek|deck|lede|intro|summary|sub-?title|sub-?heading|teaser|article-?desc(ription)?)($|[\s_-])/i;

// Image captions and credits set inline, inside a paragraph ("© Provided by Business Insider Inc", MSN).
const CAPTION_CLASS = /(^|[\s_-])(caption|credit|attribution)s?($|[\s_-])/i;

export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  if (!doc.body) return null;
  const clone = doc.cloneNode(true) as Document;
  // The clone is the live page, node for node, until Readability rewrites it: number its paragraphs now, to tell
  // afterwards which of the page's paragraphs Readability kept.
  const paragraphNumbers = numberParagraphs(clone);
  // Classes kept so that captions set inside paragraphs can still be told apart.
  const parsed = new Readability(clone, { serializer: (node: Node) => node, keepClasses: true }).parse();
  if (!parsed?.content) return null;
  const content = parsed.content as Element;

  const title = readableText(parsed.title ?? "");
  let body = bodyBlocks(content).filter((text) => text !== title);
  const firstKept = firstKeptParagraph(content, paragraphNumbers, doc);
  const lead = leadElement(doc, firstKept);
  const byline = nonEmpty(readableText(parsed.byline ?? ""));
  const dropped = firstKept ? droppedLeadParagraphs(firstKept, lead, byline, body.join("\n")) : [];
  body = [...dropped, ...body];

  const bodyText = body.join("\n");
  if (bodyText.length < MIN_BODY_CHARS) return null;
  if (bodyText.length < SUBSTANTIAL_BODY_CHARS && !isProbablyReaderable(doc)) return null;

  const standfirst = chooseStandfirst(lead, parsed.excerpt, title, bodyText);
  const parts: { text: string; role: Block["role"] }[] = [
    ...(title ? [{ text: title, role: "title" as const }] : []),
    ...(standfirst ? [{ text: standfirst, role: "standfirst" as const }] : []),
    ...body.map((text) => ({ text, role: "body" as const })),
  ];
  const blocks: Block[] = [];
  let offset = 0;
  for (const part of parts) {
    blocks.push({ start: offset, end: offset + part.text.length, role: part.role });
    offset += part.text.length + 2;
  }

  return {
    title,
    byline,
    lang: pageLanguage(doc),
    standfirst,
    text: parts.map((part) => part.text).join("\n\n"),
    blocks,
    url: canonicalUrl(doc, options.url, options.trustCanonical ?? false),
    siteName: nonEmpty(parsed.siteName),
    published: publishedDate(parsed.publishedTime),
    droppedLead: dropped.length > 0,
  };
}

/** The page's publication time (its metadata, as Readability reads it), when it reads as a date. */
function publishedDate(value: string | null | undefined): string | null {
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? null : value!.trim();
}

// What a login or subscription wall calls itself: its class or id, or the form it puts in the article's place.
const WALL_MARK = /(^|[\s_-])(pay-?wall|reg-?wall|meter(ed)?|subscri(be|ption)[\w-]*|log-?in|sign-?in|connexion|abonn[\wé]*|premium)($|[\s_-])/i;
// Readable text of a page that stops short of an article: a brief, a notice, a teaser.
const SOME_TEXT_CHARS = 200;

/**
 * Why Readability found no article in the page, for the reader to know what to do next: a login or subscription wall
 * in the way (a password field, or an element named for one, on a page with little text), a text too short to be an
 * article, or no article at all (a home page, a listing).
 */
export function whyNoArticle(doc: Document): NoArticleReason {
  const text = readableText(doc.body?.textContent ?? "");
  const wall = doc.querySelector("input[type=password]") ??
    [...doc.querySelectorAll("[class], [id]")].find((element) => WALL_MARK.test(`${element.getAttribute("class") ?? ""} ${element.id}`));
  if (wall && text.length < SUBSTANTIAL_BODY_CHARS * 4) return "login-wall";
  const paragraphs = [...doc.getElementsByTagName("p")].map((p) => readableText(p.textContent ?? "")).filter((p) => p.length > 0);
  const running = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  return running >= SOME_TEXT_CHARS / 2 && running < SUBSTANTIAL_BODY_CHARS && paragraphs.length <= 3 ? "too-short" : "not-article";
}

/** Each paragraph, heading, list item and quotation of Readability's output, as readable text. */
function bodyBlocks(content: Element): string[] {
  const blocks: string[] = [];
  let text = "";
  let linkChars = 0;
  let linkDepth = 0;
  const flush = () => {
    const block = readableText(text);
    // A block that is all link is a related link, or the bare address of an embedded video.
    if (block && linkChars <= MAX_LINK_SHARE * text.length) blocks.push(block);
    text = "";
    linkChars = 0;
  };
  walkDom(content, {
    enter(element) {
      const tag = element.localName;
      if (UNREAD_TAGS.has(tag) || tag === "figcaption" || tag === "nav" || tag === "aside") return false;
      if (CAPTION_CLASS.test(element.getAttribute("class") ?? "")) return false;
      if (BLOCK_TAGS.has(tag)) flush();
      if (tag === "a") linkDepth++;
      return true;
    },
    leave(element) {
      const tag = element.localName;
      if (tag === "a") linkDepth--;
      if (BLOCK_TAGS.has(tag)) flush();
    },
    text(node) {
      text += node.data;
      if (linkDepth > 0) linkChars += node.data.length;
    },
  });
  flush();
  return blocks;
}

/**
 * The root's descendants with this tag name, in document order. Listed by tag name rather than by selector, and
 * copied out of the live collection at once: both far quicker in jsdom than the alternatives, for the same elements.
 */
function elementsByTag(root: Document | Element, tag: string): Element[] {
  return Array.prototype.slice.call(root.getElementsByTagName(tag));
}

/** Each paragraph's rank among the document's paragraphs. */
function numberParagraphs(doc: Document): Map<Element, number> {
  const numbers = new Map<Element, number>();
  for (const paragraph of elementsByTag(doc, "p")) numbers.set(paragraph, numbers.size);
  return numbers;
}

/** The first of the page's paragraphs that Readability kept (numbered on the clone before Readability ran). */
function firstKeptParagraph(content: Element, paragraphNumbers: Map<Element, number>, live: Document): Element | null {
  for (const paragraph of elementsByTag(content, "p")) {
    const number = paragraphNumbers.get(paragraph);
    if (number !== undefined) return live.getElementsByTagName("p")[number] ?? null;
  }
  return null;
}

/** The page's own lead under the headline (a "standfirst"-like element), if it shows one before the body. */
function leadElement(doc: Document, firstKept: Element | null): Element | null {
  // A lead sits above the body: "intro" blocks further down belong to comment forms and promotions. So the page is
  // read in document order up to the body's first paragraph (the elements before it, and those that hold it).
  for (let element: Element | null = doc.documentElement; element; element = nextInDocument(element)) {
    if (isMarkedLead(element) && !element.querySelector("p, img, ul") && isShown(element)) {
      const length = readableText(element.textContent ?? "").length;
      const aside = element.closest("figure, figcaption, nav, aside, footer, [role=complementary]");
      if (!aside && length >= 30 && length <= 600) return element;
    }
    if (element === firstKept) break;
  }
  return null;
}

function isMarkedLead(element: Element): boolean {
  if (element.getAttribute("itemprop") === "description") return true;
  const tag = element.localName;
  const leadTag = tag === "p" || tag === "div" || tag === "h2" || tag === "span";
  return leadTag && STANDFIRST_CLASS.test(element.getAttribute("class") ?? "");
}

/** The element after this one in document order (its first child, else the next sibling of it or an ancestor). */
function nextInDocument(element: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/**
 * Readability sometimes leaves out the first paragraphs of an article (its issues #776, #819, #901), and the lead is
 * where the attribution often sits. The paragraphs of the page's article container that come before the first one
 * Readability kept, and that read like prose, are the dropped lead.
 */
function droppedLeadParagraphs(
  firstKept: Element,
  lead: Element | null,
  byline: string | null,
  bodyText: string,
): string[] {
  const container = firstKept.closest("article") ?? firstKept.closest("main, [role=main]") ?? firstKept.parentElement?.parentElement;
  if (!container) return [];
  const dropped: string[] = [];
  for (const paragraph of elementsByTag(container, "p")) {
    if (paragraph === firstKept) break;
    // The quick tests on the text first: most paragraphs above the body are short (datelines, credits, buttons).
    const text = readableText(paragraph.textContent ?? "");
    if (text.length < MIN_LEAD_CHARS || (byline && text.includes(byline)) || bodyText.includes(text)) continue;
    if (paragraph === lead || lead?.contains(paragraph) || !isShown(paragraph)) continue;
    if (paragraph.closest("figure, aside, nav, footer, form, blockquote, [role=complementary]")) continue;
    // Signature lines ("Le Monde | 04.05.2015 à 13h36 | Par …") and author notes are long, but they are no lead.
    if (paragraph.querySelector("time, [itemprop~=author], [rel~=author]")) continue;
    if (linkTextLength(paragraph) > text.length / 2) continue;
    dropped.push(text);
  }
  return dropped.slice(-MAX_RESTORED_LEAD_PARAGRAPHS);
}

/**
 * The lead the page shows, else the description in its metadata (description, og:description, JSON-LD, which
 * Readability reads and unescapes into its excerpt), unless the body already holds it.
 */
function chooseStandfirst(
  lead: Element | null,
  excerpt: string | null | undefined,
  title: string,
  bodyText: string,
): string | null {
  const candidate = readableText((lead ? lead.textContent : excerpt) ?? "");
  // Descriptions are often the first paragraph cut short with an ellipsis.
  const gist = candidate.replace(/\s*(…|\.\.\.)$/, "");
  if (!gist || gist === title || bodyText.includes(gist)) return null;
  return candidate;
}

function pageLanguage(doc: Document): string {
  const declared =
    doc.documentElement.getAttribute("lang") ||
    doc.documentElement.getAttribute("xml:lang") ||
    metaContent(
      doc,
      (meta) =>
        meta.getAttribute("http-equiv")?.toLowerCase() === "content-language" ||
        meta.getAttribute("name") === "language" ||
        meta.getAttribute("property") === "og:locale",
    ) ||
    "";
  // "fr-FR", "fr_FR" and "FR" all mean French.
  return declared.trim().split(/[-_,\s]/)[0]!.toLowerCase();
}

function canonicalUrl(doc: Document, url: string | undefined, trustCanonical: boolean): string {
  const base = url ?? doc.URL;
  const candidates = [
    doc.querySelector("link[rel~=canonical i]")?.getAttribute("href"),
    metaContent(doc, (meta) => meta.getAttribute("property") === "og:url"),
    base,
  ];
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    try {
      const address = new URL(candidate.trim(), base);
      if (address.protocol !== "http:" && address.protocol !== "https:" && address.protocol !== "file:") continue;
      // The page declares its canonical address itself: another site's would file it under that site's article.
      if (!trustCanonical && candidate !== base && reviewAddress(address.href, base) !== address.href) continue;
      address.hash = "";
      for (const name of [...address.searchParams.keys()]) {
        if (TRACKING_PARAM.test(name)) address.searchParams.delete(name);
      }
      return address.href;
    } catch {
      // A malformed address in the page's metadata: try the next source.
    }
  }
  return base;
}

/** The content of the first <meta> element that the test picks (a loop: quicker than a selector in jsdom). */
function metaContent(doc: Document, picks: (meta: Element) => boolean): string | null {
  for (const meta of elementsByTag(doc, "meta")) if (picks(meta)) return nonEmpty(meta.getAttribute("content"));
  return null;
}

function nonEmpty(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

function linkTextLength(element: Element): number {
  let length = 0;
  for (const link of elementsByTag(element, "a")) length += readableText(link.textContent ?? "").length;
  return length;
}

/** Hidden in a way that needs no layout to tell. */
function isShown(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.hasAttribute("hidden") || at.getAttribute("aria-hidden") === "true") return false;
    const style = at.getAttribute("style");
    if (style?.includes("display:none") || style?.includes("display: none")) return false;
  }
  return true;
}
