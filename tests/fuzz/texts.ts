// Text generators for the property tests: real attribution sentences cut up and recombined with what breaks text
// handling (any Unicode, lone surrogates, right-to-left scripts, quotes nested or left open, very long sentences).
import fc from "fast-check";

// Sentences of the seed article (Middle East Eye, French edition) and of English wire copy, as attributions appear.
const sentences = [
  "Selon une source diplomatique, Alger se serait montrée très ferme.",
  "Une source diplomatique algérienne a révélé à Middle East Eye que le maréchal rebelle était venu à Alger.",
  "Dans les prochains jours, le président devrait, toujours selon cette source diplomatique, étudier un projet.",
  "« Il s'est présenté comme le partenaire militaire le plus crédible », relève une source sécuritaire.",
  "Cette semaine, selon plusieurs médias locaux, le maréchal aurait demandé à ses forces de se mobiliser.",
  "A senior official said the talks had stalled, speaking on condition of anonymity.",
  "People familiar with the matter said the deal would not survive the summer.",
  "The official added that no decision had been made.",
  "Some experts say the plan is reportedly on hold.",
  "Selon le ministre Abdelkader Messahel, la solution reste politique.",
];
const words = sentences.flatMap((sentence) => sentence.split(" "));

const quotes = fc.constantFrom("«", "»", "“", "”", "„", '"', "'", "‘", "’", "‹", "›", "「", "」", "(", ")", "—", " « ", " » ");
// Arabic and Hebrew words, and the bidirectional controls that reorder text on screen but not in memory.
const rightToLeft = fc.constantFrom(
  "مصدر دبلوماسي", "قال مسؤول", "وفقا لمصادر", "מקור מדיני", "לדברי גורם", "\u200f", "\u200e", "\u202b", "\u202c", "\u2067",
);
const spaces = fc.constantFrom(" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "\u200b", "\r\n");
const anyUnicode = fc.string({ unit: "binary", maxLength: 12 });
const graphemes = fc.string({ unit: "grapheme", maxLength: 12 });

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...sentences) },
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: quotes },
  { weight: 2, arbitrary: rightToLeft },
  { weight: 3, arbitrary: spaces },
  { weight: 1, arbitrary: anyUnicode },
  { weight: 1, arbitrary: graphemes },
);

/** A run-on sentence: an attribution followed by clauses and no full stop for thousands of characters. */
const longSentence = fc
  .tuple(fc.constantFrom(...sentences), fc.integer({ min: 50, max: 400 }))
  .map(([sentence, times]) => sentence.replace(/\.$/, "") + ", et encore".repeat(times) + ".");

/** Quotes opened inside quotes, some never closed. */
const nestedQuotes = fc
  .array(fc.tuple(fc.constantFrom("« ", "“", '"', "‘"), fc.constantFrom(...sentences), fc.boolean()), { maxLength: 6 })
  .map((parts) => parts.map(([open, sentence, closed]) => open + sentence + (closed ? " »" : "")).join(" "));

export const articleText = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(" ")) },
  { weight: 1, arbitrary: longSentence },
  { weight: 2, arbitrary: nestedQuotes },
  { weight: 1, arbitrary: fc.constant("") },
);
