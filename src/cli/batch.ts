// `anonymark batch`: JSON Lines in, JSON Lines out, one answer per line and in the same order, streamed so that a
// large corpus never sits in memory at once.
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { analyzeDocument, analyzeText } from "../dom/pipeline";
import type { Analysis } from "../core/model/claim";
import { parseHtml } from "./analyze";

interface BatchDocument {
  id: string | number;
  text?: string;
  html?: string;
  lang?: string;
  url?: string;
}

export async function runBatch(input: Readable, output: Writable, defaultLang: string | undefined): Promise<void> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    // A full pipe means the reader is slower than us: wait rather than pile answers up in memory.
    if (!output.write(JSON.stringify(await answer(line, defaultLang)) + "\n")) await once(output, "drain");
  }
}

async function answer(line: string, defaultLang: string | undefined) {
  let record: unknown;
  try {
    // Files written on Windows often start with a byte-order mark, which JSON.parse rejects.
    record = JSON.parse(line.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { id: null, error: `not valid JSON: ${(error as Error).message}` };
  }
  const doc = readDocument(record);
  if (typeof doc === "string") return { id: (record as { id?: unknown } | null)?.id ?? null, error: doc };
  try {
    const analysis = await analyze(doc, doc.lang || defaultLang);
    if (!analysis) return { id: doc.id, error: "no article found in the HTML" };
    // Said outright, so that an empty list for a language without data is not read as "no claims found".
    return { id: doc.id, lang: analysis.lang, claims: analysis.claims, ...(analysis.unsupported && { unsupported: true }) };
  } catch (error) {
    return { id: doc.id, error: `cannot analyse: ${(error as Error).message}` };
  }
}

/** The document a line describes, or what is wrong with the line. */
function readDocument(record: unknown): BatchDocument | string {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return "expected a JSON object";
  const { id, text, html, lang, url } = record as Record<string, unknown>;
  if (typeof id !== "string" && typeof id !== "number") return 'missing "id" (a string or a number)';
  if ((text === undefined) === (html === undefined)) return 'expected either "text" or "html"';
  for (const [name, value] of Object.entries({ text, html, lang, url })) {
    if (value !== undefined && typeof value !== "string") return `"${name}" must be a string`;
  }
  if (typeof lang === "string" && lang !== "" && !/^[a-z]{2,3}([-_][a-z0-9]+)*$/i.test(lang)) {
    return `"lang" is not a language tag: ${lang}`;
  }
  return record as BatchDocument;
}

async function analyze(doc: BatchDocument, lang: string | undefined): Promise<Analysis | null> {
  if (doc.text !== undefined) return analyzeText(doc.text, lang);
  const page = await parseHtml(doc.html!, doc.url);
  try {
    return analyzeDocument(page.document, { lang }).analysis;
  } finally {
    page.close();
  }
}
