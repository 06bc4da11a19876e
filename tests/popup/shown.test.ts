// The popup's list under the reader's settings: claims of hidden source categories and hidden checks left out, and
// the counts following what is listed.
import { expect, test } from "vitest";
import { checkClaims } from "../../src/core/checks";
import type { AnalyzeResult } from "../../src/browser/messages";
import type { PlacedClaim } from "../../src/core/model/findings";
import { analyzeText } from "../../src/dom/pipeline";
import { shownResult } from "../../src/popup/shown";

// Sentences of the seed article (Middle East Eye, French edition, 18 December 2016).
const text = [
  "Selon une source diplomatique, le projet de coopération militaire proposé par le maréchal rebelle a été conditionné par les Algériens à une entente avec le Gouvernement d'union nationale.",
  "« Il s'est présenté comme le partenaire militaire le plus crédible et le plus sûr », relève une source sécuritaire.",
  "Cette semaine, selon plusieurs médias locaux, le maréchal aurait demandé à ses forces de se mobiliser.",
].join("\n\n");
const analysis = analyzeText(text, "fr");
const { checks, profile } = checkClaims(text, analysis);
const claims: PlacedClaim[] = analysis.claims.map((claim) => ({ ...claim, checks: checks[claim.id] ?? [], placed: true }));
const result: Extract<AnalyzeResult, { status: "ok" }> = {
  status: "ok",
  article: {
    title: "Khalifa Haftar à Alger", lang: "fr", url: "https://www.middleeasteye.net/fr", droppedLead: false,
    siteName: "Middle East Eye", byline: null, published: null,
  },
  claims,
  counts: { claims: claims.length, sources: new Set(claims.map((c) => c.group)).size, unplaced: 0 },
  highlightsVisible: true,
  profile,
  goneReviews: [],
};

test("the seed sentences have claims of several categories", () => {
  expect(new Set(claims.map((claim) => claim.source.category)).size).toBeGreaterThanOrEqual(2);
});

test("claims of a hidden category are left out, and the counts follow", () => {
  const shown = shownResult(result, { hiddenCategories: ["security"], hiddenChecks: [] });
  expect(shown.claims.some((claim) => claim.source.category === "security")).toBe(false);
  expect(shown.claims).toHaveLength(claims.filter((claim) => claim.source.category !== "security").length);
  expect(shown.counts.claims).toBe(shown.claims.length);
  expect(shown.counts.sources).toBe(new Set(shown.claims.map((claim) => claim.group)).size);
});

test("hidden checks leave the claims and the profile's top checks", () => {
  const hidden = profile.topChecks[0]!.id;
  const shown = shownResult(result, { hiddenCategories: [], hiddenChecks: [hidden] });
  expect(shown.claims).toHaveLength(claims.length);
  expect(shown.claims.flatMap((claim) => claim.checks).some((check) => check.id === hidden)).toBe(false);
  expect(shown.profile.topChecks.map((top) => top.id)).not.toContain(hidden);
  expect(shown.profile.unnamedSources).toBe(profile.unnamedSources);
});

test("with nothing hidden the result is shown as it is", () => {
  expect(shownResult(result, { hiddenCategories: [], hiddenChecks: [] })).toBe(result);
});
