// The checks and the sourcing profile on the seed article, extracted as the extension extracts it.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { checkClaims } from "../../src/core/checks";
import { analyze } from "../../src/core/detect";
import { analyzeDocument } from "../../src/dom/pipeline";

const html = readFileSync(new URL("../fixtures/seed-mee-haftar.html", import.meta.url), "utf8");
const { article, analysis } = analyzeDocument(new JSDOM(html).window.document);
if (!article) throw new Error("the seed page has an article");
const { checks, profile } = checkClaims(article.text, analysis, { blocks: article.blocks });
const claimOn = (start: string) => analysis.claims.find((c) => c.text.startsWith(start))!;
const ids = (start: string) => checks[claimOn(start).id]!.map((r) => r.id);

describe("C8 unnamed source up front", () => {
  it("fires on the standfirst's source", () => {
    const standfirst = article.blocks.find((b) => b.role === "standfirst")!;
    const claim = analysis.claims.find((c) => c.start >= standfirst.start && c.end <= standfirst.end)!;
    expect(checks[claim.id]!.find((r) => r.id === "C8")?.evidence?.text).toBe(claim.source.text);
  });
  it("fires on the claim that carries the article's first quotation", () => {
    expect(ids("Une source diplomatique algérienne a révélé")).toContain("C8");
  });
  it("stays silent deep in the article", () => {
    expect(ids("Selon une source sécuritaire algérienne contactée")).not.toContain("C8");
  });
  it("warns when the source carries the headline", () => {
    const claim = claimOn("Selon une source diplomatique, Alger");
    const text = `${claim.text}\n\n${article.text}`;
    const moved = analyze(text, { lang: "fr" });
    const headline = moved.claims.find((c) => c.start === 0)!;
    const results = checkClaims(text, moved, { title: claim.text }).checks[headline.id]!;
    expect(results.find((r) => r.id === "C8")?.severity).toBe("warning");
  });
});

describe("seed article checks", () => {
  it("notes the reservation of the conditional and the vagueness of local media", () => {
    expect(ids("Selon une source diplomatique, Alger")).toContain("C13");
    expect(ids("Cette semaine, selon plusieurs médias locaux")).toEqual(expect.arrayContaining(["C10", "C13"]));
    expect(ids("Cette semaine, selon plusieurs médias locaux")).not.toContain("C2");
  });
  it("finds no reason given for any anonymous source of the article", () => {
    for (const claim of analysis.claims.filter((c) => c.source.anonymity === "anonymous")) {
      expect(checks[claim.id]!.map((r) => r.id)).toContain("C2");
    }
  });
});

describe("sourcing profile", () => {
  it("counts distinct unnamed sources, attributions and the share of sentences", () => {
    expect(profile.unnamedSources).toBe(new Set(analysis.claims.map((c) => c.group)).size);
    expect(profile.unnamedSources).toBeGreaterThanOrEqual(3);
    expect(profile.namedAttributions).toBe(analysis.named.length);
    expect(profile.unnamedAttributions).toBe(analysis.claims.length);
    expect(profile.sentences).toBe(analysis.sentenceCount);
    expect(profile.unnamedShare).toBeCloseTo(profile.unnamedSentences / profile.sentences);
    expect(profile.unnamedShare).toBeGreaterThan(0.2);
    expect(profile.unnamedShare).toBeLessThan(1);
  });
  it("ranks the checks that fired by the number of claims, positive signals left out", () => {
    const counts = profile.topChecks.map((t) => t.claims);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const { id, claims } of profile.topChecks) {
      expect(claims).toBe(Object.values(checks).filter((results) => results.some((r) => r.id === id)).length);
    }
    expect(profile.topChecks.map((t) => t.id)).not.toContain("C13");
    expect(profile.topChecks[0]!.id).toBe("C2");
  });
});
