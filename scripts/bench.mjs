// `npm run bench`: speed and size figures for Anonymark, all measured in one run on this machine.
//
// jsdom is far slower than a browser (DESIGN.md, "Known traps"), so absolute times here say little about the
// extension; the ratios between steps measured side by side in the same run are what to read. Pages are parsed once
// beforehand: a browser has the DOM already, so parsing is not part of either side of the ratio.
//
//   Readability alone   clone the document + Readability.parse() (returning the article element, as extract does)
//   full pipeline       extract (clone + Readability + blocks) + detect + anchor every claim in the live page
//
// Pages: the seed article; a large page built from it (the seed page with its article body repeated until the page
// is at least 20 times the seed's size); and the twenty saved real pages of tests/fixtures/pages, summed.
import * as esbuild from "esbuild";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const FIXTURES = path.join(ROOT, "tests/fixtures");
const LARGE_FACTOR = 20;

// The engine, bundled for Node from the same sources as the extension; written under node_modules so that its
// imports of jsdom and Readability resolve to the project's packages.
async function loadEngine() {
  const outfile = path.join(ROOT, "node_modules/.cache/anonymark-bench/engine.mjs");
  await mkdir(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `export { analyzeDocument } from "./src/pipeline";
                 export { extractArticle } from "./src/extract";
                 export { analyze } from "./src/detect";
                 export { anchorClaims } from "./src/anchor";`,
      resolveDir: ROOT,
      loader: "ts",
    },
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return import(pathToFileURL(outfile).href);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Peak heap, sampled after each measured step (V8 gives no high-water mark); peak RSS comes from the kernel.
let peakHeap = 0;
function sampleMemory() {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

/** Median milliseconds of `fn` over `repeats` runs, after `warmups` unmeasured ones. */
function time(fn, { warmups = 2, repeats = 7 } = {}) {
  for (let i = 0; i < warmups; i++) fn();
  const times = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
    sampleMemory();
  }
  return median(times);
}

function parse(html) {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/** The seed page with its article body repeated until the page is `factor` times the seed's size. */
function enlarge(seedHtml, factor) {
  const bodyPattern = /(<div class="article-body"[^>]*>)([\s\S]*?)(\n  <\/div>\n  <div class="share">)/;
  const [, open, body, close] = bodyPattern.exec(seedHtml) ?? [];
  if (!body) throw new Error("bench: the seed page's article body was not found");
  const copies = Math.ceil(((factor - 1) * seedHtml.length) / body.length) + 1;
  return { html: seedHtml.replace(bodyPattern, `${open}${body.repeat(copies)}${close}`), copies };
}

function measurePage(engine, doc, options) {
  const readability = time(() => new Readability(doc.cloneNode(true), { serializer: (node) => node }).parse(), options);
  let claims = 0;
  let placed = 0;
  const pipeline = time(() => {
    const { article, analysis } = engine.analyzeDocument(doc);
    if (!article) return;
    const placements = engine.anchorClaims(doc, article, analysis.claims);
    claims = analysis.claims.length;
    placed = placements.filter((placement) => placement.range).length;
  }, options);
  return { readability, pipeline, claims, placed };
}

async function listBundles(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(m?js|css)$/.test(entry.name)) files.push(path.join(entry.parentPath, entry.name));
  }
  return files.sort();
}

/** The eval corpus's sentences with their context, when the corpus is in the repository. */
async function evalTexts() {
  const dir = path.join(ROOT, "tests/eval");
  if (!existsSync(dir)) return [];
  const texts = [];
  for (const file of (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".jsonl"))) {
    for (const line of (await readFile(path.join(dir, file), "utf8")).split("\n")) {
      if (!line.trim()) continue;
      const record = JSON.parse(line);
      if (record.sentence) texts.push({ text: [record.context, record.sentence].filter(Boolean).join(" "), lang: record.lang });
    }
  }
  return texts;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => String(cell)[column === 0 ? "padEnd" : "padStart"](widths[column])).join("  ");
  return [line(rows[0]), widths.map((width) => "-".repeat(width)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

const started = performance.now();
const engine = await loadEngine();

// Pages: Readability alone versus the full pipeline.
const seedHtml = await readFile(path.join(FIXTURES, "seed-mee-haftar.html"), "utf8");
const large = enlarge(seedHtml, LARGE_FACTOR);
const pageRows = [["page", "HTML", "claims", "placed", "Readability", "pipeline", "ratio"]];
const addPageRow = (name, bytes, result) =>
  pageRows.push([name, kb(bytes), result.claims, result.placed, ms(result.readability), ms(result.pipeline),
    `${(result.pipeline / result.readability).toFixed(2)}×`]);

addPageRow("seed article", Buffer.byteLength(seedHtml), measurePage(engine, parse(seedHtml), { repeats: 15 }));
addPageRow(`seed, body ×${large.copies}`, Buffer.byteLength(large.html), measurePage(engine, parse(large.html), { repeats: 5 }));

const pagesDir = path.join(FIXTURES, "pages");
const realPages = { bytes: 0, readability: 0, pipeline: 0, claims: 0, placed: 0 };
const articleTexts = [];
const pageNames = (await readdir(pagesDir)).sort();
for (const name of pageNames) {
  const html = await readFile(path.join(pagesDir, name, "source.html"), "utf8");
  const doc = parse(html);
  const result = measurePage(engine, doc, { warmups: 1, repeats: 3 });
  for (const key of ["readability", "pipeline", "claims", "placed"]) realPages[key] += result[key];
  realPages.bytes += Buffer.byteLength(html);
  const article = engine.extractArticle(doc);
  if (article) articleTexts.push({ text: article.text });
  doc.defaultView.close();
}
addPageRow(`${pageNames.length} real pages (sum)`, realPages.bytes, realPages);

// Detector throughput on plain text: only the texts in a language it has data for (others return at once).
const detectorRows = [["plain text", "texts", "size", "time", "throughput"]];
for (const [name, texts] of [["real pages' article text", articleTexts], ["eval corpus (sentence + context)", await evalTexts()]]) {
  const supported = texts.filter(({ text, lang }) => !engine.analyze(text, { lang }).unsupported);
  if (supported.length === 0) continue;
  const bytes = supported.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
  const elapsed = time(() => supported.forEach(({ text, lang }) => engine.analyze(text, { lang })), { warmups: 1, repeats: 5 });
  detectorRows.push([name, supported.length, kb(bytes), ms(elapsed), `${(bytes / 1e6 / (elapsed / 1000)).toFixed(1)} MB/s`]);
}

// Bundle sizes, as built (minified) by `node build.mjs`.
const bundleRows = [["bundle (minified)", "size", "gzip"]];
for (const dir of ["dist/chrome", "dist/cli"]) {
  if (!existsSync(path.join(ROOT, dir))) continue;
  for (const file of await listBundles(path.join(ROOT, dir))) {
    const content = await readFile(file);
    bundleRows.push([path.relative(ROOT, file), kb(content.length), kb(gzipSync(content).length)]);
  }
}

sampleMemory();
const memoryRows = [
  ["memory", "peak"],
  ["resident set (RSS)", kb(process.resourceUsage().maxRSS * 1024)],
  ["JS heap used", kb(peakHeap)],
];

console.log(`Anonymark bench: Node ${process.version}, jsdom; medians after warm-up\n`);
console.log(table(pageRows));
console.log(`\nseed, body ×${large.copies}: the seed page with its article body repeated ${large.copies} times ` +
  `(${(Buffer.byteLength(large.html) / Buffer.byteLength(seedHtml)).toFixed(1)}× the seed's size)\n`);
console.log(table(detectorRows), "\n");
console.log(table(bundleRows), "\n");
console.log(table(memoryRows));
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
