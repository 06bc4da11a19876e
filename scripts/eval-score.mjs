// Scoring of the detector on the labelled dev set (../shared/eval/dev/*.jsonl), shared by `npm run eval` (through
// the CLI's batch mode) and the regression test (in-process): the sets records fall in, the figures, the report.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const POSITIVE = new Set(["anon", "anon_implicit", "vague"]);
const NEGATIVE = new Set(["named", "none"]);

/** The team's shared data, beside the repository: read in place, never copied into it. */
export const sharedDir = fileURLToPath(new URL("../../shared/", import.meta.url));
export const devDir = join(sharedDir, "eval", "dev");
export const devAvailable = () => existsSync(devDir);

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

/** The sets a record can fall in, in report order; "all" is every record. */
export const SETS = {
  old: "first batch",
  tune: "new records, tuning half",
  heldout: "new records, held-out half",
  all: "every record",
};

/** Plain ids ("fr-0012") are the first batch; every later batch tags its ids ("fr-d2-0001", "de-pd-0001", "fr-x001"). */
export const batchOf = (id) => (/^[a-z]+-\d+$/.test(id) ? "old" : "new");

/**
 * The document a record's sentence comes from: its origin without the note after it and without the part of the
 * fragment that points inside the document (sentence, paragraph, character range, OrangeSum's heading/article
 * field), so that every sentence of one article gets the same key. What picks a record out of a multi-document
 * file (a row, an array index, a CSV record) stays.
 */
export function documentKey(origin) {
  const address = origin.split(/\s/)[0];
  const hash = address.indexOf("#");
  if (hash < 0) return address;
  const kept = address
    .slice(hash + 1)
    .split(/[#&.]/)
    .filter((part) => !/^[sp]\d+$/.test(part) && !/^(chars|sentence)=/.test(part) && !/^(article|heading)$/.test(part));
  return address.slice(0, hash) + (kept.length ? "#" + kept.join("&") : "");
}

/** Half of the new documents, by a hash of their key alone: adding records never moves a document to the other half. */
export const halfOf = (key) => (createHash("sha256").update(key).digest()[0] & 1 ? "heldout" : "tune");

/** "old", "tune" or "heldout". */
export const setOf = (record) => (batchOf(record.id) === "old" ? "old" : halfOf(documentKey(record.origin)));

export const inSet = (record, set) => set === "all" || setOf(record) === set;

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

/** The claims on a record's target sentence (claims in its context are not scored). */
function claimsOn(record, claimsById) {
  const doc = documentOf(record);
  return (claimsById.get(record.id) ?? []).filter((c) => c.start < doc.end && c.end > doc.start);
}

const scored = (record) => POSITIVE.has(record.label) || NEGATIVE.has(record.label);

/**
 * Scores the claims found for each record (`claimsById`: id → Claim[]) and returns per-language figures and errors.
 * A sentence counts as flagged when a claim overlaps it; borderline sentences are not scored. Languages in
 * `unsupported` (no language data) get no figures.
 */
export function score(records, claimsById, { unsupported = new Set() } = {}) {
  const byLang = new Map();
  for (const record of records) {
    if (!scored(record)) continue;
    const claims = claimsOn(record, claimsById);
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
    if (unsupported.has(lang)) {
      report[lang] = { n: s.n, unsupported: true };
      continue;
    }
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

/** The grammar rule that raised a claim; claims from before rules were named count as "unknown". */
export const ruleOf = (claim) => claim.rule ?? "unknown";

/**
 * Flags per rule and how many are wrong. `verdicts` yields [claim, right] pairs; the result maps each rule to
 * { flags, wrong, precision }, rules in name order.
 */
export function ruleStats(verdicts) {
  const byRule = new Map();
  for (const [claim, right] of verdicts) {
    const stats = byRule.get(ruleOf(claim)) ?? { flags: 0, wrong: 0 };
    byRule.set(ruleOf(claim), stats);
    stats.flags++;
    if (!right) stats.wrong++;
  }
  return new Map(
    [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, s]) => [rule, { ...s, precision: (s.flags - s.wrong) / s.flags }]),
  );
}

/** The claims on the target sentences of the scored records, each with whether its sentence should be flagged. */
export function* recordVerdicts(records, claimsById) {
  for (const record of records) {
    if (!scored(record)) continue;
    for (const claim of claimsOn(record, claimsById)) yield [claim, POSITIVE.has(record.label)];
  }
}

/** The per-rule figures as text. */
export function formatRules(stats) {
  const width = Math.max(4, ...[...stats.keys()].map((rule) => rule.length));
  const lines = [`${"rule".padEnd(width)}  flags  wrong  precision`];
  for (const [rule, s] of stats) {
    lines.push(`${rule.padEnd(width)}  ${String(s.flags).padStart(5)}  ${String(s.wrong).padStart(5)}  ${s.precision.toFixed(3).padStart(9)}`);
  }
  return lines.join("\n");
}

const pct = (x) => (x * 100).toFixed(1).padStart(5) + " %";

/** The figures as text, one line per language. */
export function formatFigures(report) {
  const lines = ["lang     n   precision  recall     F1       source ok  category ok"];
  for (const [lang, r] of Object.entries(report)) {
    const head = `${lang.padEnd(5)}${String(r.n).padStart(5)}   `;
    if (r.unsupported) {
      lines.push(head + "unsupported: the detector has no data for this language");
      continue;
    }
    lines.push(
      head +
        `${r.precision.toFixed(3)}      ${r.recall.toFixed(3)}      ` +
        `${r.f1.toFixed(3)}    ${pct(r.sourceRight)}    ${pct(r.categoryRight)}`,
    );
  }
  return lines.join("\n");
}

/** The errors of a report as text, per language: the sentences missed, falsely flagged, or with a wrong source. */
export function formatErrors(report) {
  const lines = [];
  for (const [lang, r] of Object.entries(report)) {
    if (!r.errors?.length) continue;
    lines.push("", `== ${lang}: ${r.errors.length} errors`);
    for (const { type, record, claims } of r.errors) {
      const found = claims.map((c) => `${c.source.text} [${c.source.category}, ${c.kind}, ${ruleOf(c)}]`).join("; ");
      lines.push(
        `${type.padEnd(10)} ${record.id} (${record.label}: ${record.source || "-"} [${record.category}])` +
          (found ? ` found: ${found}` : ""),
        `           ${record.sentence}`,
      );
    }
  }
  return lines.join("\n");
}
