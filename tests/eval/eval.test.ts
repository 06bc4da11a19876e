// Keeps the detector's figures on the shared dev set (../shared/eval/dev) from falling below the levels reached,
// scored in-process with the same scorer as `npm run eval`.
import { describe, expect, it } from "vitest";
import { devAvailable, devDir, documentOf, loadCorpus, sameSource, score } from "../../scripts/eval-score.mjs";
import { analyze } from "../../src/core/detect/index";

interface Floor {
  precision: number;
  recall: number;
  sourceRight: number;
  categoryRight: number;
}

// What the detector reaches today on every record of the dev set, less a little (a sentence or two per language).
const floors: Record<string, Floor> = {
  // « Er soll … haben »: hearsay with no source phrase, whose category labellers read from the story.
  de: { precision: 0.9, recall: 0.57, sourceRight: 0.74, categoryRight: 0.68 },
  en: { precision: 0.97, recall: 0.91, sourceRight: 0.94, categoryRight: 0.8 },
  es: { precision: 0.93, recall: 0.66, sourceRight: 0.85, categoryRight: 0.7 },
  fr: { precision: 0.96, recall: 0.91, sourceRight: 0.87, categoryRight: 0.84 },
  // Recall went from 0.27 to 0.48: the new claims are rumours and places (« le voci », « dal Vaticano »), whose
  // category labellers read from the story.
  it: { precision: 0.91, recall: 0.46, sourceRight: 0.7, categoryRight: 0.68 },
  pt: { precision: 0.95, recall: 0.67, sourceRight: 0.8, categoryRight: 0.69 },
};

describe.skipIf(!devAvailable())(`dev set (skipped when ${devDir} is absent: the shared data is not beside the repository)`, () => {
  const records = devAvailable() ? loadCorpus(devDir) : [];
  const analyses = new Map(records.map((r) => [r.id, analyze(documentOf(r).text, { lang: r.lang })]));
  const unsupported = new Set([...analyses.values()].filter((a) => a.unsupported).map((a) => a.lang));
  const report = score(records, new Map([...analyses].map(([id, a]) => [id, a.claims])), { unsupported });

  for (const [lang, floor] of Object.entries(floors)) {
    it(`${lang}: precision, recall, source and category stay at their level`, () => {
      const r = report[lang]!;
      expect(r.unsupported, `${lang} has no language data`).toBeUndefined();
      expect(r.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(r.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(r.sourceRight).toBeGreaterThanOrEqual(floor.sourceRight);
      expect(r.categoryRight).toBeGreaterThanOrEqual(floor.categoryRight);
    });
  }

  it("every language the detector supports has a floor; the others are reported as unsupported", () => {
    for (const [lang, r] of Object.entries(report)) {
      if (!r.unsupported) expect(floors, `set a floor for ${lang}`).toHaveProperty(lang);
      else expect(r.precision).toBeUndefined();
    }
  });
});

describe("source phrase scoring", () => {
  it("accepts the labelled phrase, give or take a trailing clause", () => {
    expect(sameSource("A source close to the campaign", "a source close to the campaign")).toBe(true);
    expect(sameSource("two senators present who requested anonymity to reveal private conversations", "two senators present who requested anonymity")).toBe(true);
    expect(sameSource("Un porte-parole du département d'Etat", "Un porte-parole du département d'Etat, s'exprimant sous couvert d'anonymat")).toBe(true);
  });

  it("rejects a phrase cut inside its description, or too short", () => {
    expect(sameSource("des responsables de culte et de loges maçonniques ainsi", "des responsables de culte et de loges maçonniques ainsi que l'entourage du chef de l'Etat")).toBe(false);
    expect(sameSource("a source close", "a source close to the campaign")).toBe(false);
    expect(sameSource("people", "people familiar with the matter")).toBe(false);
    expect(sameSource("the source", "a separate intelligence source familiar with the investigation")).toBe(false);
  });
});
