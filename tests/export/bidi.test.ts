// Bidirectional controls in page text: the reports a reviewer reads (Markdown, CSV, the popup's claim text) show them
// instead of obeying them; the data formats (JSON, Web Annotation, Hypothesis) keep the exact quote, for anchoring.
import { describe, expect, it } from "vitest";
import { checkClaims } from "../../src/core/checks";
import { analyze } from "../../src/core/detect";
import { exportAs, type ExportFormat, type ExportInput } from "../../src/core/export";
import { revealBidiControls, textDirection } from "../../src/core/text/bidi";
import { claimSegments } from "../../src/popup/segments";
import { parseCsv } from "../support/csv";

// An override that makes "tnemnrevog eht" display as "the government" (and the reverse), as in a Trojan Source attack.
const RLO = "\u202E";
const PDF = "\u202C";
const text =
  "Le ministère a démenti. Selon une source diplomatique, " + `${RLO}tnemnrevog eht${PDF}` +
  " aurait accepté le plan sans condition.";
const analysis = analyze(text, { lang: "fr" });
const claim = analysis.claims[0]!;
const { checks } = checkClaims(text, analysis);
const input: ExportInput = {
  article: { title: `Un accord ${RLO}lanoitan${PDF}`, url: "https://news.example/accord", lang: "fr" },
  text,
  claims: analysis.claims.map((found) => ({ ...found, checks: checks[found.id] ?? [] })),
  exportedAt: "2026-12-04T10:00:00.000Z",
};
const output = (format: ExportFormat) => exportAs(format, input).content;
const RAW_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

describe("bidi controls", () => {
  it("the claim under test holds an override", () => {
    expect(analysis.claims).toHaveLength(1);
    expect(claim.text).toContain(RLO);
  });

  it("are shown as their code points, in order, not obeyed", () => {
    expect(revealBidiControls(`a${RLO}b${PDF}c\u2067d\u2069\u200Fe\u061C`)).toBe(
      "a⟨U+202E⟩b⟨U+202C⟩c⟨U+2067⟩d⟨U+2069⟩⟨U+200F⟩e⟨U+061C⟩",
    );
    expect(revealBidiControls("قال مسؤول")).toBe("قال مسؤول");
  });

  it("are shown in the Markdown report: title and quote", () => {
    const report = output("md");
    expect(report).not.toMatch(RAW_CONTROL);
    expect(report).toMatch(/^# .*: Un accord ⟨U\+202E⟩lanoitan⟨U\+202C⟩$/m);
    expect(report).toContain("⟨U+202E⟩tnemnrevog eht⟨U+202C⟩ aurait accepté");
  });

  it("are shown in the CSV, whose offsets still index the analysed text", () => {
    const csv = output("csv");
    expect(csv).not.toMatch(RAW_CONTROL);
    const [header, row] = parseCsv(csv);
    const field = (name: string) => row![header!.indexOf(name)]!;
    expect(field("Quote")).toBe(revealBidiControls(claim.text));
    expect(text.slice(Number(field("Start")), Number(field("End")))).toBe(claim.text);
  });

  it("stay in the data formats' quotes, exactly as in the text, so that anchors match", () => {
    expect(JSON.parse(output("json")).claims[0].text).toBe(claim.text);
    const exactQuotes = [
      JSON.parse(output("web-annotation")).first.items[0].target.selector,
      JSON.parse(output("hypothesis")).annotations[0].target[0].selector,
    ].map((selectors: { type: string; exact?: string }[]) => selectors.find((s) => s.type === "TextQuoteSelector")!.exact);
    expect(exactQuotes).toEqual([claim.text, claim.text]);
  });

  it("are shown in the popup's claim text, the source phrase still marked", () => {
    const segments = claimSegments(claim);
    expect(segments.map((segment) => segment.text).join("")).toBe(revealBidiControls(claim.text));
    expect(segments.find((segment) => segment.mark === "source")?.text).toBe(claim.source.text);
  });
});

describe("textDirection", () => {
  it.each([
    ["قال مسؤول إن الاتفاق", "rtl"],
    ["לדברי גורם מדיני", "rtl"],
    [`${RLO}Selon une source`, "ltr"],
    ["\u200F« 42 » Selon", "ltr"],
    ["\u200E«42» قال", "rtl"],
    ["« 42 »", "ltr"],
  ])("%j reads %s, its controls aside", (sample, dir) => {
    expect(textDirection(sample)).toBe(dir);
  });
});
