// Property tests on the detector: whatever the text, analyze() answers, its offsets point at what it claims, and the
// same text always gives the same answer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/detect";
import type { Span } from "../../src/core/model/claim";
import { articleText } from "./texts";

const languages = fc.constantFrom("fr", "en");

/** The span's text is the text at its offsets, which lie within the text. */
function expectOnText(text: string, span: Span): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(span.start).toBeLessThanOrEqual(span.end);
  expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe("analyze on any text", () => {
  it("never throws, and every claim, source and cue sits on its own text", () => {
    fc.assert(
      fc.property(articleText, languages, (text, lang) => {
        const { claims } = analyze(text, { lang });
        for (const claim of claims) {
          expectOnText(text, claim);
          expectOnText(text, claim.source);
          if (claim.cue) expectOnText(text, claim.cue);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the same answer for the same text", () => {
    fc.assert(
      fc.property(articleText, languages, (text, lang) => {
        expect(analyze(text, { lang })).toEqual(analyze(text, { lang }));
      }),
      { numRuns: 300 },
    );
  });

  it("answers with nothing flagged for empty and blank text", () => {
    for (const text of ["", " ", "\n\n", "\u200b"]) {
      for (const lang of ["fr", "en"]) expect(analyze(text, { lang }).claims).toEqual([]);
    }
  });
});
