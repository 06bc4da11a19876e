// `anonymark analyze`: reads one document (a file, standard input or the demo article) and runs the same pipeline
// as the extension on it, in jsdom.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyzeDocument, analyzeText } from "../dom/pipeline";
import type { Analysis, Article, Block } from "../core/model/claim";
import { demoArticle } from "./demo";

/** A document that cannot be read or holds no article: exit code 1. */
export class AnalysisError extends Error {}

export type ArticleMeta = Omit<Article, "text" | "blocks">;

export interface Report {
  /** What the user named: a path, a file URL, "-" for standard input, or the demo article. */
  input: string;
  /** The extracted article's metadata; null for plain text. */
  article: ArticleMeta | null;
  /** The analysed text: claim offsets index it. */
  text: string;
  /** The text's title, standfirst and body paragraphs; none for plain text. */
  blocks: Block[];
  analysis: Analysis;
}

export interface AnalyzeOptions {
  lang: string | undefined;
  /** Read the input as plain text rather than HTML. */
  text: boolean;
}

/** Analyses one input; `undefined` is the bundled demo article. */
export async function analyzeInput(input: string | undefined, options: AnalyzeOptions): Promise<Report> {
  if (input === undefined) return analyzeHtml(demoArticle.name, demoArticle.html, undefined, options.lang);
  const { content, url, path } = await read(input);
  if (looksBinary(content)) {
    throw new AnalysisError(`cannot read ${input}: it is a binary file, not a web page or text`);
  }
  // Standard input has no file name to go by: markup makes it a page.
  const stdinText = input === "-" && !HTML_TAG.test(decodeText(content.subarray(0, 65536)));
  if (options.text || extname(path).toLowerCase() === ".txt" || stdinText) {
    const text = decodeText(content);
    return { input, article: null, text, blocks: [], analysis: analyzeText(text, options.lang) };
  }
  return analyzeHtml(input, content, url, options.lang);
}

/** A tag, a comment or a doctype: what plain text does not hold ("a < b", "<john@example.com>" are not tags). */
const HTML_TAG = /<(?:!doctype\b|!--|\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>)/i;

/** UTF-16 by its byte-order mark, else UTF-8. */
function decodeText(content: Uint8Array): string {
  return new TextDecoder(utf16(content) ?? "utf-8").decode(content);
}

function utf16(content: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (content[0] === 0xff && content[1] === 0xfe) return "utf-16le";
  return content[0] === 0xfe && content[1] === 0xff ? "utf-16be" : null;
}

/** A NUL byte near the start, as git tells binary files: text and HTML have none, unless in UTF-16. */
function looksBinary(content: Uint8Array): boolean {
  return !utf16(content) && content.subarray(0, 8192).includes(0);
}

export interface ParsedPage {
  document: Document;
  /** Frees the page's window. */
  close(): void;
}

/**
 * Parses HTML without running its scripts or loading anything it links to. Text is parsed into an inert document,
 * as a browser's DOMParser does: its iframes get no window of their own, which in jsdom costs tens of milliseconds
 * each (minutes on a large page full of embeds).
 */
export async function parseHtml(html: string | Uint8Array, url: string | undefined): Promise<ParsedPage> {
  const text = decodeHtml(html);
  // Tags are ASCII in every encoding a page is likely to be in: Latin-1 reads them from bytes unchanged.
  if (nestsDeeperThan(typeof text === "string" ? text : Buffer.from(text).toString("latin1"), MAX_DEPTH)) {
    throw new AnalysisError(
      `its elements nest more than ${MAX_DEPTH} levels deep, past what browsers build (they flatten the rest) and ` +
        "what the command line's HTML reader can take",
    );
  }
  const { JSDOM, VirtualConsole } = await loadJsdom();
  // A silent console: pages' broken CSS would otherwise fill stderr with jsdom's parse warnings.
  const dom = new JSDOM(typeof text === "string" ? "" : text, { url, virtualConsole: new VirtualConsole() });
  const document =
    typeof text === "string" ? new dom.window.DOMParser().parseFromString(text, "text/html") : dom.window.document;
  return { document, close: () => dom.window.close() };
}

/**
 * Chromium's HTML parser nests elements no deeper than this (kMaximumHTMLParserDOMTreeDepth). jsdom has no such
 * limit, and on deeper pages its recursive code overflows the stack (10,000 levels) while parsing and Readability
 * slow down with the square of the depth or worse (16 s at 500 levels): such pages are refused before parsing.
 */
const MAX_DEPTH = 512;

// Elements whose content is not markup, that need no end tag, or whose end tag is often left out: none makes a
// page deep on its own, so none is counted.
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);
const UNCOUNTED = new Set([
  ...["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"],
  ...["html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot"],
  ...["colgroup", "caption", "rb", "rt", "rtc", "rp"],
]);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][^\s/>]*)[^>]*?(\/?)>/gi;

/** Whether the elements of `html` nest deeper than `limit`, read from its tags without building the tree. */
function nestsDeeperThan(html: string, limit: number): boolean {
  const open: string[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [, closing, rawName, selfClosing] = m;
    const name = rawName?.toLowerCase();
    if (!name || UNCOUNTED.has(name)) continue;
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else if (RAW_TEXT.has(name)) {
      const end = html.slice(TAG.lastIndex).search(new RegExp(`</${name}[\\s>]`, "i"));
      if (end < 0) return false;
      TAG.lastIndex += end;
    } else if (!selfClosing && open.push(name) > limit) {
      return true;
    }
  }
  return false;
}

// jsdom takes most of the command's start-up time: `--help`, usage errors and plain text never load it.
let jsdom: Promise<typeof import("jsdom")> | undefined;
const loadJsdom = () => (jsdom ??= import("jsdom"));

/**
 * Bytes that are valid UTF-8 are UTF-8 (legacy encodings almost never happen to form valid UTF-8 sequences), even
 * when the page still declares the charset it was served in: pages saved by browsers and tools are re-encoded in
 * UTF-8 but often keep their original `<meta charset>`. Other bytes stay bytes, for jsdom to decode by their BOM or
 * `<meta charset>` as a browser would.
 */
function decodeHtml(html: string | Uint8Array): string | Uint8Array {
  if (typeof html === "string") return html;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(html);
  } catch {
    return html;
  }
}

async function analyzeHtml(input: string, html: string | Uint8Array, url: string | undefined, lang: string | undefined) {
  const page = await parseHtml(html, url).catch((error: unknown) => {
    throw error instanceof AnalysisError ? new AnalysisError(`cannot read ${input}: ${error.message}`) : error;
  });
  let result: ReturnType<typeof analyzeDocument>;
  try {
    result = analyzeDocument(page.document, { lang, trustCanonical: true });
  } catch (error) {
    // A page that trips the engine is reported like any other unreadable document; the other inputs still run.
    throw new AnalysisError(`cannot analyse ${input}: ${(error as Error).message}`);
  } finally {
    page.close();
  }
  if (!result.article) {
    const hint = input === "-" ? " (if it is plain text, pass --text)" : "";
    throw new AnalysisError(`no article found in ${input}${hint}`);
  }
  const { text, blocks, ...meta } = result.article;
  return { input, article: meta, text, blocks, analysis: result.analysis };
}

async function read(input: string): Promise<{ content: Uint8Array; url: string | undefined; path: string }> {
  if (input === "-") return { content: await readStdin(), url: undefined, path: "" };
  let path = input;
  if (/^file:/i.test(input)) {
    try {
      path = fileURLToPath(input);
    } catch {
      throw new AnalysisError(`cannot read ${input}: not a file on this machine`);
    }
  }
  try {
    return { content: await readFile(path), url: pathToFileURL(path).href, path };
  } catch (error) {
    throw new AnalysisError(`cannot read ${input}: ${describeFileError(error)}`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeFileError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return (error as Error).message;
  }
}
