// German. Examples are from the dev corpus (tests/eval/dev/de.jsonl: Der Standard articles of 10kGNAD, UD German treebanks).
import type { LanguageData } from "../../detect/lexicon";

const de: LanguageData = {
  code: "de",
  capitalizedNouns: true,
  stopwords: ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit", "sich", "auf",
    "für", "von", "zu", "auch", "es", "im", "wird", "sind", "hat", "bei", "nach", "wie", "aus", "einer", "noch", "dass"],
  determiners: {
    indefinite: ["ein", "eine", "einer", "einem", "einen", "eines"],
    // « Das Innenministerium in Kairo teilte mit », « aus der deutschen Delegation »
    definite: ["der", "die", "das", "den", "dem", "des", "im", "am", "vom", "beim", "zum", "zur", "sein", "seine",
      "ihr", "ihre"],
    demonstrative: ["dieser", "diese", "dieses", "diesem", "diesen"],
    own: ["unseren", "unsere", "unser"],
    // « heißt es aus mehreren Fraktionen »
    quantity: ["zwei", "drei", "vier", "fünf", "mehrere", "mehreren", "einige", "einigen", "viele", "vielen",
      "zahlreiche", "zahlreichen", "manche", "manchen"],
  },
  partitives: ["einer der", "eine der", "einige der"],
  same: ["selbe", "selben", "gleiche", "gleichen"],
  other: ["andere", "anderer", "anderen", "weitere", "weiterer", "weiteren", "zweite", "zweiter", "dritte"],
  heads: {
    // « sagte eine Person mit Kenntnis der Verhandlungen »
    "quelle|quellen": { category: "other", generic: true },
    "person|personen": { category: "other", generic: true },
    // « aus Regierungskreisen verlautete », « In Sicherheitskreisen hieß es », « nach Angaben aus Justizkreisen »
    "kreis|kreise|kreisen": { category: "other", compound: true },
    // « Insidern zufolge », « wie ein Insider sagte »
    "insider|insidern": { category: "close", strong: true },
    // « sagte ein EU-Beamter »
    "beamter|beamte|beamten": { category: "official", compound: true },
    "sprecher|sprecherin": { category: "official", compound: true },
    "vertreter|vertreterin|vertretern": { category: "official" },
    "mitarbeiter|mitarbeiterin|mitarbeitern": { category: "other" },
    "diplomat|diplomaten": { category: "diplomatic", strong: true },
    "delegation": { category: "diplomatic", strong: true, collective: true },
    "ermittler|ermittlern": { category: "security", strong: true },
    "militärs": { category: "military", strong: true },
    "fraktion|fraktionen": { category: "political", strong: true, collective: true },
    // « Ein Wahlbeobachter des Europäischen Parlaments schätzte »
    "beobachter|beobachtern": { category: "other", compound: true },
    "zeuge|zeugen|augenzeuge|augenzeugen": { category: "witness", strong: true },
    // « Experten erwarten », « wie Kritiker warnen », « Kritikern geht das alles viel zu weit »
    "experte|experten|expertin": { category: "expert", strong: true, vague: true },
    "analyst|analysten": { category: "expert", strong: true, vague: true },
    "kritiker|kritikern": { category: "other", strong: true, vague: true },
    "bürger|bürgern": { category: "other", strong: true, vague: true },
    // « Laut Medienberichten », « Bulgarischen Presseberichten zufolge », « den Berichten zufolge »
    "bericht|berichte|berichten": { category: "media", strong: true, vague: true, collective: true, compound: true },
    // « In Mailand kursieren freilich Gerüchte »
    "gerücht|gerüchte|gerüchten": { category: "other", strong: true, vague: true, collective: true },
  },
  modifiers: {
    // The first part of a compound head or an adjective: « Regierungskreisen », « Justizkreisen », « Militärkreisen »
    "regierung": "official", "ministerium": "official", "behörde": "official", "beamte": "official", "eu": "official",
    "sicherheit": "security", "polizei": "security", "geheimdienst": "intelligence", "justiz": "judicial",
    "gericht": "judicial", "staatsanwalt": "judicial", "militär": "military", "armee": "military", "nato": "military",
    "diplomat": "diplomatic", "botschaft": "diplomatic", "partei": "political", "fraktion": "political",
    "koalition": "political", "wahl": "other", "unternehmen": "business", "konzern": "business", "bank": "business",
    "branche": "business", "finanz": "business", "medien": "media", "presse": "media", "zeitung": "media",
  },
  // « eine ständige Quelle der Erheiterung », « Nahrungsquelle »
  notSources: ["quelle der", "quelle des", "quelle für", "quellen der", "quellen des"],
  prepositions: ["von", "vom", "aus", "mit", "zu", "zum", "zur", "bei", "beim", "in", "im", "an", "am", "auf", "für",
    "über", "unter", "nach", "gegen", "ohne", "um", "des", "der"],
  coordinators: ["und", "oder"],
  phraseBreaks: ["dass", "weil", "da", "aber", "als", "wenn", "damit", "zufolge", "und dass"],
  clauseBreaks: ["dass", "aber", "weil", "wenn", "als", "ob", "und", "oder", "sondern", "denn", "wie", "so"],
  // « eine Person mit Kenntnis der Verhandlungen »
  describers: ["mit kenntnis"],
  skippable: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "am montag",
    "am dienstag", "am mittwoch", "am donnerstag", "am freitag", "am samstag", "am sonntag", "gestern", "heute",
    "jedoch", "allerdings", "auch", "freilich", "zuvor", "dagegen"],
  adverbSuffix: "",
  // « erklärte man in Regierungskreisen dem STANDARD »
  recipients: ["dem", "der"],
  cues: {
    // « Laut Medienberichten », « nach Angaben aus Justizkreisen »
    before: ["laut", "nach angaben von", "nach angaben aus", "nach angaben", "nach informationen", "unter berufung auf"],
    // « Insidern zufolge », « Medienberichten zufolge »
    after: ["zufolge"],
    // « heißt es aus mehreren Fraktionen », « Ankündigungen aus serbischen Regierungskreisen »
    weakBefore: ["aus"],
    bare: [],
    relay: ["unter berufung auf"],
    verbs: [
      // « sagte eine Person », « verlautete », « wie ein Insider sagte », « Experten erwarten », « Kritiker warnen »
      "sagt", "sagen", "sagte", "sagten", "gesagt", "erklärt", "erklären", "erklärte", "erklärten", "berichtet",
      "berichten", "berichtete", "berichteten", "verlautete", "verlautet", "hieß", "heißt", "betont", "betonte",
      "betonten", "meint", "meinen", "meinte", "meinten", "schätzt", "schätzte", "schätzten", "warnt", "warnen",
      "warnte", "warnten", "erwarten", "erwartet", "erwartete", "rechnen", "rechnet", "glauben", "glaubt",
      "vermuten", "vermutet", "fürchten", "befürchten", "bestätigte", "bestätigten", "räumte", "räumten",
      "teilte", "teilten", "erfuhr", "kursieren", "kursiert",
    ],
    auxiliaries: ["hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
      "wurden"],
  },
  pronouns: { singular: ["er", "sie"], plural: [], impersonal: ["man", "es"] },
  // « hieß es im Innenministerium »: the ministry speaking; « In Sicherheitskreisen hieß es »: unnamed circles
  expletives: ["es"],
  locatives: ["in", "im", "aus", "aus dem", "aus der", "bei", "in der", "in den"],
  hearsay: ["wie es heißt", "es heißt", "hört man", "ist zu hören", "war zu hören"],
  // « Letzterer ließ ihn angeblich ungern gehen »
  subjectHearsay: ["angeblich", "mutmaßlich"],
  outletOwn: ["nach informationen des standard", "wie der standard erfuhr"],
  outletVerbs: ["erfuhr"],
  anonymityMarkers: ["anonym", "anonymität", "nicht genannt werden", "ungenannt"],
  hedges: ["angeblich", "mutmaßlich"],
  conditionalAuxiliaries: [],
  reflexives: ["sich"],
  titles: ["dr", "prof", "hr", "fr"],
};

export default de;
