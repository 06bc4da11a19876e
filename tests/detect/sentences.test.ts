// Sentence splitting on long paragraphs: the segmenter only ever sees a few thousand characters at a time, and the
// sentences are the ones it gives on the whole paragraph at once.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { segmentRanges, sentences } from "../../src/core/detect/sentences";
import { devAvailable, devDir, loadCorpus } from "../../scripts/eval-score.mjs";
import { articleText } from "../fuzz/texts";

/** The segmenter's own answer on the whole string, as [start, end) offsets. */
function unchunked(text: string, seg: Intl.Segmenter): [number, number][] {
  return [...seg.segment(text)].map((s) => [s.index, s.index + s.segment.length]);
}

/** One paragraph of real sentences: the shared dev set's contexts and sentences in one language, run together. */
function corpusParagraph(lang: string): string {
  return (loadCorpus(devDir) as { lang: string; context?: string; sentence: string }[])
    .filter((record) => record.lang === lang)
    .map(({ context, sentence }) => [context, sentence].filter(Boolean).join(" "))
    .join(" ")
    .replace(/\s*\n\s*/g, " ");
}

// Real text comes from the shared dev set, read in place; without it these cases say so and skip.
const real = devAvailable() ? it : it.skip;

const english = new Intl.Segmenter("en", { granularity: "sentence" });

describe("sentences on a long paragraph", () => {
  afterEach(() => vi.restoreAllMocks());

  real("hands the segmenter a few thousand characters at a time, however long the paragraph of ordinary sentences (shared dev set)", () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    const paragraph = corpusParagraph("en").repeat(3);
    expect(paragraph.length).toBeGreaterThan(100_000);
    sentences(paragraph, "en");
    const longest = Math.max(...segment.mock.calls.map(([text]) => text.length));
    expect(longest).toBeLessThanOrEqual(4096);
  });

  real.each(["en", "fr", "de"])("gives the whole paragraph's sentences on real %s text (shared dev set)", (lang) => {
    const paragraph = corpusParagraph(lang);
    expect(paragraph.length).toBeGreaterThan(10_000);
    const seg = new Intl.Segmenter(lang, { granularity: "sentence" });
    expect([...segmentRanges(paragraph, seg)]).toEqual(unchunked(paragraph, seg));
  });

  it("keeps a sentence whole where a window ends inside it, at every place it can end", () => {
    // An abbreviation followed by non-letters then a lower-case word ("etc. (1) (2) more"): the segmenter looks
    // ahead past the brackets before deciding that no sentence ends after "etc."; and a sentence longer than a window.
    const paragraph =
      "The officials said so. They listed roads, ports, etc. (1) (2) [3] and more, a source said. " +
      "A senior official, who spoke on condition of anonymity because he was not authorised to brief reporters on the " +
      "talks, said the deal would not survive the summer. U.S. officials declined to comment! Was it true?";
    const whole = unchunked(paragraph, english);
    for (let window = 64; window < paragraph.length; window++) {
      expect([...segmentRanges(paragraph, english, window)], `window ${window}`).toEqual(whole);
    }
  });

  it("gives the whole paragraph's sentences on any text whose sentences fit in four windows", () => {
    const tricky = fc.constantFrom(
      "etc.", "U.S.", "M.", "Mr.", " ", "  ", "(", ")", "[1]", "«", "»", "“", "”", '"', "'", ".", "?", "!", "…", "。",
      "a", "word", "Word", "42", "\u0301", "😀", "\u00a0", "\u200f", "\t", "\n", "said", "a source said.",
    );
    const text = fc.oneof(articleText, fc.array(tricky, { minLength: 20, maxLength: 200, size: "max" }).map((parts) => parts.join("")));
    fc.assert(
      fc.property(text, fc.integer({ min: 16, max: 120 }), (paragraph, window) => {
        const whole = unchunked(paragraph, english);
        fc.pre(whole.every(([start, end]) => end - start <= 4 * window));
        expect([...segmentRanges(paragraph, english, window)]).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it("cuts a run-on sentence of a hundred thousand characters between two words, into parts of a few thousand", () => {
    const runOn = "Selon une source proche du dossier, le projet avance" + ", et encore".repeat(10_000) + ".";
    const parts = sentences(runOn, "fr");
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(runOn.length);
    for (const [i, { start, end }] of parts.entries()) {
      expect(end - start).toBeLessThanOrEqual(16_384);
      if (i > 0) expect(runOn.slice(parts[i - 1]!.end, start)).toBe(" ");
      if (i > 0) expect(runOn.slice(start - 2, start + 1)).toMatch(/^\p{L} \p{L}$/u);
    }
  });
});

describe("abbreviations", () => {
  it("keeps a parenthesis after an abbreviation in its sentence", () => {
    const text = "Votou o deputado Rubens Silva Jr. (PT-MA), relator do texto. A sessão acabou.";
    expect(sentences(text, "pt").map((s) => text.slice(s.start, s.end).trim())).toEqual([
      "Votou o deputado Rubens Silva Jr. (PT-MA), relator do texto.",
      "A sessão acabou.",
    ]);
  });
});
