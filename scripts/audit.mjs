// `npm run audit`: runs the whole pipeline on ordinary real text, the saved pages (HTML through extraction) and the
// shared corpus's articles (plain text), lists every flag, and measures precision over the flags judged by hand in
// audit/judgements.jsonl (one line per flag, keyed by document id and claim offsets; see audit/README.md).
// Usage: node scripts/audit.mjs [--unjudged] [--lang xx]… [--quiet]
//   --unjudged  list only the flags nobody has judged; --quiet  figures only; --lang  only that language.
// Flags are printed, never written: the text of the pages and articles must not be copied into the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { flagKey, matchJudgements, parseJudgements, runBatch } from "./audit-lib.mjs";
import { formatRules, ruleOf, ruleStats, sharedDir } from "./eval-score.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const judgementsFile = join(root, "audit", "judgements.jsonl");
const pageDirs = [join(root, "tests", "fixtures", "pages"), join(sharedDir, "fixtures", "pages")];
const corpusDir = join(sharedDir, "corpus");

let options;
try {
  options = parseArgs({ options: { unjudged: { type: "boolean" }, quiet: { type: "boolean" }, lang: { type: "string", multiple: true } } }).values;
} catch (error) {
  console.error(`${error.message}\nusage: node scripts/audit.mjs [--unjudged] [--lang xx]… [--quiet]`);
  process.exit(2);
}
const languages = options.lang ?? [];
const wanted = (lang) => languages.length === 0 || languages.includes(lang);

/** Saved pages: each folder's source.html (or its one HTML file); a page in the repository and in ../shared once. */
function pages() {
  const byName = new Map();
  for (const dir of pageDirs.filter(existsSync)) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || byName.has(entry.name)) continue;
      const files = readdirSync(join(dir, entry.name)).filter((f) => f.endsWith(".html"));
      const file = files.includes("source.html") ? "source.html" : files.length === 1 ? files[0] : undefined;
      if (file) byName.set(entry.name, join(dir, entry.name, file));
    }
  }
  return [...byName].sort().map(([name, path]) => ({ id: `pages/${name}`, html: readFileSync(path, "utf8"), url: pathToFileURL(path).href }));
}

/** The corpus's articles as plain text, in the languages asked for. */
function articles() {
  if (!existsSync(corpusDir)) return [];
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => readFileSync(join(corpusDir, f), "utf8").split("\n").filter((line) => line.trim()))
    .map((line) => JSON.parse(line))
    .filter((a) => wanted(a.lang))
    .map(({ id, text, lang }) => ({ id, text, lang }));
}

let judgements;
try {
  judgements = existsSync(judgementsFile) ? parseJudgements(readFileSync(judgementsFile, "utf8"), "audit/judgements.jsonl") : new Map();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const documents = [...pages(), ...articles()];
if (!existsSync(corpusDir)) console.error(`No corpus at ${corpusDir}: the saved pages only.`);
const answers = await runBatch(documents);

const flags = [];
const analysed = new Set();
const failed = [];
const docsByLang = new Map();
const unsupported = new Set();
for (const [doc, answer] of answers) {
  if (answer.error) {
    failed.push(`${doc}: ${answer.error}`);
    continue;
  }
  if (!wanted(answer.lang)) continue;
  analysed.add(doc);
  docsByLang.set(answer.lang, (docsByLang.get(answer.lang) ?? 0) + 1);
  if (answer.unsupported) unsupported.add(answer.lang);
  for (const claim of answer.claims) flags.push({ doc, lang: answer.lang, claim });
}
const run = matchJudgements(flags, judgements, analysed);

const oneLine = (text) => text.replace(/\s+/g, " ").trim();
if (!options.quiet) {
  for (const { doc, lang, claim, judgement } of run.flags) {
    if (judgement && options.unjudged) continue;
    const { source } = claim;
    console.log(
      `${judgement ? `[${judgement.verdict}]` : "[unjudged]"} ${flagKey(doc, claim.start, claim.end)} ${lang} ` +
        `${ruleOf(claim)} ${source.category}/${source.anonymity} source: ${oneLine(source.text)}` +
        (judgement?.note ? ` (${judgement.note})` : ""),
    );
    console.log(`    ${oneLine(claim.text)}`);
  }
  for (const j of run.stale) console.log(`[stale] ${flagKey(j.doc, j.start, j.end)} judged ${j.verdict} (line ${j.line}): no such flag now`);
  for (const line of failed) console.log(`[not analysed] ${line}`);
  console.log("");
}

const lines = ["lang  docs  flags  judged  wrong  precision  unjudged"];
for (const lang of [...docsByLang.keys()].sort()) {
  const mine = run.flags.filter((f) => f.lang === lang);
  const judged = mine.filter((f) => f.judgement);
  const wrong = judged.filter((f) => f.judgement.verdict === "wrong").length;
  const precision = judged.length ? ((judged.length - wrong) / judged.length).toFixed(3) : "-";
  const cells = unsupported.has(lang) ? "unsupported: no language data" :
    `${String(mine.length).padStart(5)}  ${String(judged.length).padStart(6)}  ${String(wrong).padStart(5)}  ` +
    `${precision.padStart(9)}  ${String(mine.length - judged.length).padStart(8)}`;
  lines.push(`${lang.padEnd(4)}  ${String(docsByLang.get(lang)).padStart(4)}  ${cells}`);
}
console.log(lines.join("\n"));
console.log("\nPer rule, over judged flags:\n");
console.log(formatRules(ruleStats(run.flags.filter((f) => f.judgement).map((f) => [f.claim, f.judgement.verdict === "right"]))));
const unjudged = run.flags.filter((f) => !f.judgement).length;
console.log(`\n${run.flags.length} flags, ${unjudged} unjudged, ${run.stale.length} stale judgements, ${failed.length} documents not analysed.`);
