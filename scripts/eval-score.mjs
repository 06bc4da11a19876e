// Scoring of the detector on the labelled corpus (tests/eval/dev/*.jsonl), shared by `npm run eval` (through the
// CLI's batch mode) and the regression test (in-process).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const POSITIVE = new Set(["anon", "anon_implicit", "vague"]);
const NEGATIVE = new Set(["named", "none"]);

/** Every record of the corpus folder, in file then line order. */
export function loadCorpus(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line)),
    );
}

/** The document a record is analysed as: its context then its sentence; the sentence's offsets in it. */
export function documentOf(record) {
  const prefix = record.context ? record.context + " " : "";
  const start = prefix.length;
  return { id: record.id, lang: record.lang, text: prefix + record.sentence, start, end: start + record.sentence.length };
}

/** The phrase without its parenthesised note ("lui (M. Lavrov)"), blanked so that offsets stay. */
const withoutNote = (phrase) => phrase.replace(/\([^)]*\)/g, (note) => " ".repeat(note.length));

/** Lower case words with their end offsets; punctuation and apostrophes split words ("l'entourage": l, entourage). */
function words(phrase) {
  return [...withoutNote(phrase).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0].toLowerCase(), end: m.index + m[0].length }));
}

/**
 * A source phrase is right when it is the labelled one, or when one is the start of the other and covers at least
 * half of it (labellers differ on how much of a trailing clause belongs to the phrase). A phrase found shorter than
 * the labelled one must stop where that one sets off what follows with punctuation ("a spokesman | , speaking on
 * condition of anonymity"): one cut in the middle of a description is wrong.
 */
export function sameSource(found, expected) {
  const a = words(found);
  const b = words(expected);
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.every((w, i) => long[i].word === w.word)) return false;
  if (short.length === long.length) return true;
  if (short.length / long.length < 0.5) return false;
  if (short === b) return true;
  const rest = withoutNote(expected).slice(b[a.length - 1].end).trimStart();
  return /^[,;:(\u2013\u2014]/.test(rest);
}

/**
 * Scores the claims found for each record (`claimsById`: id → Claim[]) and returns per-language figures and errors.
 * A sentence counts as flagged when a claim overlaps it; borderline sentences are not scored.
 */
export function score(records, claimsById) {
  const byLang = new Map();
  for (const record of records) {
    if (!POSITIVE.has(record.label) && !NEGATIVE.has(record.label)) continue;
    const doc = documentOf(record);
    const claims = (claimsById.get(record.id) ?? []).filter((c) => c.start < doc.end && c.end > doc.start);
    const stats = byLang.get(record.lang) ?? { n: 0, tp: 0, fp: 0, fn: 0, tn: 0, sourceRight: 0, categoryRight: 0, errors: [] };
    byLang.set(record.lang, stats);
    stats.n++;
    const positive = POSITIVE.has(record.label);
    if (positive && claims.length > 0) {
      stats.tp++;
      // Hearsay has no source phrase ("reportedly"): the claim then names the hearsay marker itself.
      const right = (c) => (record.source ? sameSource(c.source.text, record.source) : c.source.text === c.cue?.text);
      if (claims.some(right)) stats.sourceRight++;
      else stats.errors.push({ type: "source", record, claims });
      if (claims.some((c) => c.source.category === record.category)) stats.categoryRight++;
      else stats.errors.push({ type: "category", record, claims });
    } else if (positive) {
      stats.fn++;
      stats.errors.push({ type: "miss", record, claims });
    } else if (claims.length > 0) {
      stats.fp++;
      stats.errors.push({ type: "false flag", record, claims });
    } else stats.tn++;
  }
  const report = {};
  for (const [lang, s] of [...byLang].sort()) {
    const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    report[lang] = {
      n: s.n,
      tp: s.tp,
      fp: s.fp,
      fn: s.fn,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      sourceRight: s.tp ? s.sourceRight / s.tp : 1,
      categoryRight: s.tp ? s.categoryRight / s.tp : 1,
      errors: s.errors,
    };
  }
  return report;
}

const pct = (x) => (x * 100).toFixed(1).padStart(5) + " %";

/** The report as text: one line of figures per language, then its errors. */
export function formatReport(report, { errors = true } = {}) {
  const lines = ["lang     n   precision  recall     F1       source ok  category ok"];
  for (const [lang, r] of Object.entries(report)) {
    lines.push(
      `${lang.padEnd(5)}${String(r.n).padStart(5)}   ${r.precision.toFixed(3)}      ${r.recall.toFixed(3)}      ` +
        `${r.f1.toFixed(3)}    ${pct(r.sourceRight)}    ${pct(r.categoryRight)}`,
    );
  }
  if (!errors) return lines.join("\n");
  for (const [lang, r] of Object.entries(report)) {
    if (r.errors.length === 0) continue;
    lines.push("", `== ${lang}: ${r.errors.length} errors`);
    for (const { type, record, claims } of r.errors) {
      const found = claims.map((c) => `${c.source.text} [${c.source.category}, ${c.kind}]`).join("; ");
      lines.push(
        `${type.padEnd(10)} ${record.id} (${record.label}: ${record.source || "-"} [${record.category}])` +
          (found ? ` found: ${found}` : ""),
        `           ${record.sentence}`,
      );
    }
  }
  return lines.join("\n");
}
