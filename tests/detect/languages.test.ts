// Every language module fills every slot of the detector's lexicon: a language is its own folder, and nothing in the
// engine may rest on a slot one language forgot.
import { describe, expect, it } from "vitest";
import { languageModules } from "../../src/core/lang/index";
import { supportedLanguages } from "../../src/core/detect/index";
import { tokenize } from "../../src/core/detect/tokens";

// Slots a language may leave empty, and why.
const mayBeEmpty: Record<string, string> = {
  "cues.after": "only German puts a cue after its source (« Insidern zufolge »)",
  "cues.weakBefore": "a weak cue is one that is mostly a preposition (« pour », « para »)",
  "cues.bare": "only some languages drop the article after a cue (« de source policière »)",
  expletives: "only German has an expletive subject (« hieß es »)",
  locatives: "languages with no impersonal or unsaid subject have no place speaking",
  subjectHearsay: "most languages hedge allegations without naming hearsay",
  outletOwn: "Portuguese papers write the outlet's own reporting with a verb (« apurou »)",
  conditionalAuxiliaries: "the journalistic conditional is Romance",
  reflexives: "English has none before its verbs",
  objectPronouns: "English and German articles are never object pronouns",
  complements: "only Romance phrases stop at other prepositions",
  "reportative.modals": "only German reports with a modal (« soll … haben »)",
  "reportative.perfect": "only German reports with a modal (« soll … haben »)",
  "reportative.participles": "only German reports with a modal (« soll … haben »)",
  adverbSuffix: "French and German list their adverbs among the skippable words",
  "pronouns.plural": "German « sie » is both 'she' and 'they': listed once, as singular",
  "pronouns.impersonal": "only French (« on ») and German (« man ») have an impersonal subject pronoun",
};

/** Every slot of the data, as dotted paths to arrays or records. */
function slots(data: object, prefix = ""): [string, unknown][] {
  return Object.entries(data).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix + key;
    // Flags (« prodrop », « singularArticle ») tell what a language is, true or false: not slots to fill.
    if (typeof value === "boolean") return [];
    if (Array.isArray(value) || typeof value !== "object" || value === null) return [[path, value]];
    if (path === "heads" || path === "modifiers") return [[path, value]];
    return slots(value, path + ".");
  });
}

describe("language modules", () => {
  const reference = slots(languageModules.find((m) => m.code === "fr")!.detect).map(([path]) => path);

  it.each(languageModules.map((m) => [m.code, m] as const))("%s fills every slot", (_, m) => {
    const filled = new Map(slots(m.detect));
    for (const path of reference) {
      expect(filled.has(path), `${m.code} lacks ${path}`).toBe(true);
      const value = filled.get(path);
      const size = Array.isArray(value) ? value.length : Object.keys(value as object).length;
      if (!(path in mayBeEmpty)) expect(size, `${m.code}: ${path} is empty`).toBeGreaterThan(0);
    }
    expect(m.code).toBe(m.detect.code);
    expect(supportedLanguages).toContain(m.code);
  });

  it("generates every form of a verb from its lemma", () => {
    const forms = (lang: string) => languageModules.find((m) => m.code === lang)!.detect.cues.verbs.saying;
    // « révèle », « relève », « rappelle »: the spelling changes of the first group; « avertissent »: the second.
    expect(forms("fr")).toEqual(expect.arrayContaining(["révèle", "révélé", "relève", "rappelle", "annonça", "avertissent"]));
    expect(forms("en")).toEqual(expect.arrayContaining(["denies", "denied", "stresses", "said", "admitted"]));
    // « erklärt », « berichtet »: no ge- after an inseparable prefix; « eingeräumt »: the particle of a separable verb.
    expect(forms("de")).toEqual(expect.arrayContaining(["erklärt", "berichtete", "eingeräumt", "räumte", "gesagt"]));
    expect(forms("es")).toEqual(expect.arrayContaining(["señaló", "añadieron", "dijo", "informaran"]));
    expect(forms("it")).toEqual(expect.arrayContaining(["spiegò", "detto", "riferiscono"]));
    expect(forms("pt")).toEqual(expect.arrayContaining(["afirmou", "disseram", "admitiu"]));
  });

  it("cuts a word where a language's hook says it fuses several", () => {
    // An Arabic-like clitic: "wqal" read as "w" + "qal", offsets kept.
    const tokens = tokenize("wqal x", 0, 6, (word) => (word.startsWith("w") && word.length > 3 ? [1] : []));
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([["w", 0, 1], ["qal", 1, 4], ["x", 5, 6]]);
  });
});
