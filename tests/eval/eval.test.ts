// Keeps the detector's figures on the dev corpus from falling below the levels reached (scored in-process, with the
// same scorer as `npm run eval`).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentOf, loadCorpus, sameSource, score } from "../../scripts/eval-score.mjs";
import { analyze } from "../../src/detect/index";

const records = loadCorpus(fileURLToPath(new URL("dev", import.meta.url)));
const claimsById = new Map(records.map((r) => [r.id, analyze(documentOf(r).text, { lang: r.lang }).claims]));
const report = score(records, claimsById);

// What the detector reaches today, rounded down a little.
const floors = {
  fr: { precision: 0.98, recall: 0.95, sourceRight: 0.92, categoryRight: 0.86 },
  en: { precision: 0.98, recall: 0.9, sourceRight: 0.9, categoryRight: 0.8 },
};

describe("dev corpus", () => {
  for (const [lang, floor] of Object.entries(floors)) {
    it(`${lang}: precision, recall, source and category stay at their level`, () => {
      const r = report[lang]!;
      expect(r.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(r.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(r.sourceRight).toBeGreaterThanOrEqual(floor.sourceRight);
      expect(r.categoryRight).toBeGreaterThanOrEqual(floor.categoryRight);
    });
  }
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
