// Real labelled news sentences from the shared dev set (../shared/eval/dev), analysed as a reader would see them: the
// context paragraph first, then the target sentence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { devAvailable, devDir } from "../../scripts/eval-score.mjs";
import { checkClaims, type CheckId, type CheckResult } from "../../src/core/checks";
import { analyze } from "../../src/core/detect";
import type { Claim } from "../../src/core/model/claim";

interface DevRecord {
  id: string;
  lang: string;
  context: string;
  sentence: string;
}

/** Whether the shared dev set is beside the repository: the checks' tests on its records skip, saying so, without it. */
export const corpusAvailable = devAvailable();
if (!corpusAvailable) console.warn(`The checks' tests on dev records are skipped: no shared dev set at ${devDir}.`);

const records = new Map<string, DevRecord>();
for (const lang of corpusAvailable ? ["en", "fr"] : []) {
  for (const line of readFileSync(join(devDir, `${lang}.jsonl`), "utf8").split("\n")) {
    if (line.trim()) {
      const record = JSON.parse(line) as DevRecord;
      records.set(record.id, record);
    }
  }
}

export function record(id: string): DevRecord {
  const found = records.get(id);
  if (!found) throw new Error(`no dev record ${id}`);
  return found;
}

export interface CheckedSentence {
  text: string;
  /** The claim on the target sentence, and its checks. */
  claim: Claim;
  results: CheckResult[];
  ids: CheckId[];
  result: (id: CheckId) => CheckResult | undefined;
}

/** Checks the claim the detector finds in a dev record's target sentence (the context is analysed with it). */
export function checkRecord(id: string): CheckedSentence {
  const { lang, context, sentence } = record(id);
  // A headline and a lead line of their own keep the position check (C8) out of the way of the others.
  const text = ["—", "—", context, sentence].filter(Boolean).join("\n\n");
  const analysis = analyze(text, { lang });
  const from = text.length - sentence.length;
  const claim = analysis.claims.find((c) => c.start >= from);
  if (!claim) throw new Error(`the detector found no claim in ${id}`);
  const results = checkClaims(text, analysis, { blocks: blocksOf(text) }).checks[claim.id]!;
  return { text, claim, results, ids: results.map((r) => r.id), result: (check) => results.find((r) => r.id === check) };
}

/** Paragraph blocks for a text; the first one is its title. */
export function blocksOf(text: string) {
  return [...text.matchAll(/[^\n]+/g)].map((m, i) => ({
    start: m.index,
    end: m.index + m[0].length,
    role: i === 0 ? ("title" as const) : ("body" as const),
  }));
}
