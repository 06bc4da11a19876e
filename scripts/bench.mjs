// `npm run bench`: speed and size figures for Anonymark, all measured in one run on this machine.
//
// jsdom is far slower than a browser (DESIGN.md, "Known traps"), so absolute times here say little about the
// extension; the ratios between steps measured side by side in the same run are what to read. Pages are parsed once
// beforehand: a browser has the DOM already, so parsing is part of neither side of the ratio.
//
//   Readability   clone the document + Readability.parse(), with the options extract gives it (the article element
//                 returned as is, classes kept): the least the extension must do to read an article
//   pipeline      extract (clone, Readability, blocks) + detect + anchor every claim in the live page
//
// Both run on the same parsed document in each run, in alternating order (so that neither always meets the other's
// garbage), and each figure is a median over the runs after warm-up.
//
// Pages: the seed article; a large page built from it (the seed page with its article body repeated until the page
// is at least 20 times the seed's size); and the twenty saved real pages of tests/fixtures/pages, summed.
import * as esbuild from "esbuild";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const FIXTURES = path.join(ROOT, "tests/fixtures");
const LARGE_FACTOR = 20;
const STEPS = ["extract", "detect", "anchor", "pipeline"];

// The engine, bundled for Node from the same sources as the extension; written under node_modules so that its
// imports of jsdom and Readability resolve to the project's packages.
async function loadEngine() {
  const outfile = path.join(ROOT, "node_modules/.cache/anonymark-bench/engine.mjs");
  await mkdir(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `export { analyzeText } from "./src/dom/pipeline";
                 export { extractArticle } from "./src/dom/extract";
                 export { anchorClaims } from "./src/dom/anchor";`,
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

// V8 keeps no high-water mark of the heap: sample it after each measured run. Peak RSS comes from the kernel.
let peakHeap = 0;
const sampleMemory = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));

/** Median milliseconds of each named step that `run` times, over `repeats` runs after `warmups` unmeasured ones. */
function measure(run, { warmups, repeats }) {
  const times = {};
  for (let i = 0; i < warmups + repeats; i++) {
    const stepTimes = run();
    sampleMemory();
    if (i < warmups) continue;
    for (const [step, ms] of Object.entries(stepTimes)) (times[step] ??= []).push(ms);
  }
  return Object.fromEntries(Object.entries(times).map(([step, values]) => [step, median(values)]));
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
  return { html: seedHtml.replace(bodyPattern, () => `${open}${body.repeat(copies)}${close}`), copies };
}

// As src/dom/extract calls it.
const READABILITY_OPTIONS = { serializer: (node) => node, keepClasses: true };

/**
 * Readability alone and the pipeline step by step (as analyzeDocument composes them, plus anchoring), taking turns
 * in each run so that both meet the same machine load and the same JIT state.
 */
function measurePage(engine, doc, runs) {
  let outcome = { claims: 0, placed: 0, article: null };
  let run = 0;
  const readability = () => {
    const start = performance.now();
    new Readability(doc.cloneNode(true), READABILITY_OPTIONS).parse();
    return performance.now() - start;
  };
  const pipeline = () => {
    const t0 = performance.now();
    const article = engine.extractArticle(doc);
    const t1 = performance.now();
    const claims = article ? engine.analyzeText(article.text, article.lang).claims : [];
    const t2 = performance.now();
    const placements = article ? engine.anchorClaims(doc, article, claims) : [];
    const t3 = performance.now();
    outcome = { claims: claims.length, placed: placements.filter((placement) => placement.range).length, article };
    return { extract: t1 - t0, detect: t2 - t1, anchor: t3 - t2, pipeline: t3 - t0 };
  };
  const times = measure(() => {
    const readabilityFirst = run++ % 2 === 0;
    const before = readabilityFirst ? readability() : 0;
    const steps = pipeline();
    return { readability: readabilityFirst ? before : readability(), ...steps };
  }, runs);
  return { ...times, ...outcome };
}

async function listBundles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(m?js|css)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The dev set's sentences with their context, when the shared data is beside the repository. */
async function evalTexts() {
  const dir = path.join(ROOT, "../shared/eval/dev");
  if (!existsSync(dir)) return [];
  const texts = [];
  for (const file of (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".jsonl"))) {
    for (const line of (await readFile(path.join(dir, file), "utf8")).split("\n")) {
      if (!line.trim()) continue;
      const { context, sentence, lang } = JSON.parse(line);
      if (sentence) texts.push({ text: [context, sentence].filter(Boolean).join(" "), lang });
    }
  }
  return texts;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value) => `${value.toFixed(1)} ms`;

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) =>
    row.map((cell, column) => String(cell)[column === 0 ? "padEnd" : "padStart"](widths[column])).join("  ");
  return [line(rows[0]), widths.map((width) => "-".repeat(width)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

const started = performance.now();
const engine = await loadEngine();

// Pages: Readability alone versus the full pipeline.
const pageRows = [["page", "HTML", "claims", "placed", "Readability", ...STEPS, "pipeline ÷ Readability"]];
const addPageRow = (name, bytes, result) =>
  pageRows.push([
    name,
    kb(bytes),
    result.claims,
    result.placed,
    ms(result.readability),
    ...STEPS.map((step) => ms(result[step])),
    `${(result.pipeline / result.readability).toFixed(2)}×`,
  ]);

const seedHtml = await readFile(path.join(FIXTURES, "seed-mee-haftar.html"), "utf8");
const large = enlarge(seedHtml, LARGE_FACTOR);
addPageRow("seed article", Buffer.byteLength(seedHtml), measurePage(engine, parse(seedHtml), { warmups: 20, repeats: 41 }));
addPageRow(
  `seed, body ×${large.copies}`,
  Buffer.byteLength(large.html),
  measurePage(engine, parse(large.html), { warmups: 3, repeats: 11 }),
);

const pagesDir = path.join(FIXTURES, "pages");
const pageNames = (await readdir(pagesDir)).sort();
const realPages = { readability: 0, claims: 0, placed: 0, ...Object.fromEntries(STEPS.map((step) => [step, 0])) };
let realPagesBytes = 0;
const articleTexts = [];
for (const name of pageNames) {
  const html = await readFile(path.join(pagesDir, name, "source.html"), "utf8");
  const doc = parse(html);
  const result = measurePage(engine, doc, { warmups: 2, repeats: 5 });
  for (const key of Object.keys(realPages)) realPages[key] += result[key];
  realPagesBytes += Buffer.byteLength(html);
  if (result.article) articleTexts.push({ text: result.article.text, lang: result.article.lang });
  doc.defaultView.close();
}
addPageRow(`${pageNames.length} real pages (sum)`, realPagesBytes, realPages);

// Detector throughput on plain text, counting only texts in a language it has data for (the others return at once).
const detectorRows = [["plain text", "texts", "size", "time", "throughput"]];
for (const [name, texts] of [
  ["real pages' article text", articleTexts],
  ["eval corpus (sentence + context)", await evalTexts()],
]) {
  const supported = texts.filter(({ text, lang }) => !engine.analyzeText(text, lang).unsupported);
  if (supported.length === 0) continue;
  const bytes = supported.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
  const { detect } = measure(() => {
    const start = performance.now();
    for (const { text, lang } of supported) engine.analyzeText(text, lang);
    return { detect: performance.now() - start };
  }, { warmups: 1, repeats: 5 });
  detectorRows.push([name, supported.length, kb(bytes), ms(detect), `${(bytes / 1e6 / (detect / 1000)).toFixed(1)} MB/s`]);
}

// Bundle sizes, as `node build.mjs` wrote them (minified).
const bundleRows = [["bundle (minified)", "size", "gzip"]];
for (const dir of ["dist/chrome", "dist/cli"]) {
  if (!existsSync(path.join(ROOT, dir))) continue;
  for (const file of await listBundles(path.join(ROOT, dir))) {
    const content = await readFile(file);
    bundleRows.push([path.relative(ROOT, file), kb(content.length), kb(gzipSync(content).length)]);
  }
}

const memoryRows = [
  ["memory (whole run, jsdom included)", "peak"],
  ["resident set (RSS)", mb(process.resourceUsage().maxRSS * 1024)],
  ["JS heap used (with garbage not yet collected)", mb(peakHeap)],
];

const jsdomVersion = JSON.parse(await readFile(path.join(ROOT, "node_modules/jsdom/package.json"), "utf8")).version;
console.log(`Anonymark bench: Node ${process.version}, jsdom ${jsdomVersion}; medians after warm-up\n`);
console.log(table(pageRows));
console.log(
  `\nseed, body ×${large.copies}: the seed page with its article body repeated ${large.copies} times ` +
    `(${(Buffer.byteLength(large.html) / Buffer.byteLength(seedHtml)).toFixed(1)}× the seed's size)\n`,
);
console.log(table(detectorRows) + "\n");
console.log(table(bundleRows) + "\n");
console.log(table(memoryRows));
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
