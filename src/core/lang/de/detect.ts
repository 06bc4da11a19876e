// German. Examples are from the dev corpus (tests/eval/dev/de.jsonl: Der Standard articles of 10kGNAD, UD German treebanks).
import type { LanguageData } from "../../detect/lexicon";

/**
 * The forms of a verb that attribute, by rule from its infinitive: present and past, third persons, and the past
 * participle (« sagt », « sagen », « sagte », « sagten », « gesagt »; « berichtet », « berichtete »). Inseparable
 * prefixes and « -ieren » take no « ge- » (« erklärt », « kritisiert »); a separable particle before a "+" goes to the
 * participle (« ein+räumen »: « räumte », « eingeräumt »). A strong verb gives its forms after a "|".
 */
function inflect(entry: string): string[] {
  const [lemma, ...forms] = entry.split("|") as [string, ...string[]];
  if (forms.length > 0) return forms;
  const [particle, verb] = lemma.includes("+") ? (lemma.split("+") as [string, string]) : ["", lemma];
  const stem = verb.replace(/e?n$/, "");
  // « berichtet », « rechnet »: an "e" before the ending after t, d, or a consonant cluster ending in m or n.
  const joint = /([td]|(ch|g|d|t|ff|ck)[mn])$/.test(stem) ? "e" : "";
  const inseparable = /^(be|er|ver|ent|emp|ge|zer|miss|hinter|über|wider)/.test(verb) || verb.endsWith("ieren");
  const participle = particle + (inseparable ? "" : "ge") + stem + joint + "t";
  const finite = [stem + joint + "t", verb, stem + joint + "te", stem + joint + "ten"];
  // A separable verb's finite forms stand alone in a main clause (« räumte … ein »), whole in a subordinate one.
  return particle ? [...finite, ...finite.map((f) => particle + f), participle] : [...finite, participle];
}

const de: LanguageData = {
  code: "de",
  // Titles and bodies go bare in running text: « Bundesjustizminister Heiko Maas », « Polizei und Feuerwehr ».
  singularArticle: false,
  capitalizedNouns: true,
  verbSecond: true,
  stopwords: ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit", "sich", "auf",
    "für", "von", "zu", "auch", "es", "im", "wird", "sind", "hat", "bei", "nach", "wie", "aus", "einer", "noch", "dass"],
  determiners: {
    indefinite: ["ein", "eine", "einer", "einem", "einen", "eines"],
    // « Das Innenministerium in Kairo teilte mit », « aus der deutschen Delegation »
    definite: ["der", "die", "das", "den", "dem", "des", "im", "am", "vom", "beim", "zum", "zur", "sein", "seine",
      "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"],
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
    "person|personen": { category: "other", generic: true, human: true },
    "leute": { category: "other", generic: true, human: true },
    // « aus Regierungskreisen verlautete », « In Sicherheitskreisen hieß es », « nach Angaben aus Justizkreisen »
    "kreis|kreise||kreisen": { category: "other", compound: true, collective: true },
    // « aus dem Umfeld des Ministers », « Vertraute des Kanzlers »
    "umfeld": { category: "close", strong: true, collective: true },
    "vertraute|vertrauten": { category: "close", strong: true },
    "eingeweihte|eingeweihten": { category: "close", strong: true },
    "kenner|kennern": { category: "close", strong: true },
    "informant|informanten": { category: "other" },
    "teilnehmer|teilnehmern": { category: "witness", compound: true },
    "berater|beratern": { category: "political", compound: true },
    // « Ein hochrangiger CDU-Politiker im Kanzleramt »
    "politiker|politikern": { category: "political", strong: true, compound: true },
    // « laut Medieninformationen », « Nach Informationen einer Lokalzeitung », « laut Nachrichtenagenturen »
    "information|informationen": { category: "other", vague: true, collective: true, compound: true },
    // « eine Lokalzeitung », « Zeitungen berichteten »; « die Zeitung » is one paper, the one the story names.
    "zeitung|zeitungen": { category: "media", strong: true, vague: true, compound: true },
    "agentur|agenturen": { category: "media", strong: true, vague: true, collective: true, compound: true },
    "medien": { category: "media", strong: true, vague: true, collective: true },
    "stimme|stimmen": { category: "other", vague: true, collective: true },
    // « Insidern zufolge », « wie ein Insider sagte »
    "insider|insidern": { category: "close", strong: true },
    // « sagte ein EU-Beamter »
    "beamter|beamte|beamte|beamten": { category: "official", compound: true },
    // « Eine Sprecherin des Unternehmens sagte »: the company on the record
    "sprecher": { category: "official", compound: true, onRecord: true },
    "sprecherin|sprecherinnen": { category: "official", compound: true, onRecord: true },
    "vertreter|vertreter|vertreterin|vertreterinnen||vertretern": { category: "official", compound: true },
    "mitarbeiter|mitarbeiter|mitarbeiterin|mitarbeiterinnen||mitarbeitern": { category: "other", compound: true },
    "diplomat|diplomaten": { category: "diplomatic", strong: true },
    "delegation": { category: "diplomatic", strong: true, collective: true },
    "ermittler|ermittlern": { category: "security", strong: true },
    "militärs": { category: "military", strong: true },
    "fraktion|fraktionen": { category: "political", strong: true, collective: true },
    // « Ein Wahlbeobachter des Europäischen Parlaments schätzte »
    "beobachter|beobachtern": { category: "other", compound: true },
    "zeuge|zeugen|augenzeuge|augenzeugen": { category: "witness", strong: true },
    // « Experten erwarten », « wie Kritiker warnen », « Kritikern geht das alles viel zu weit »
    "experte|experten|expertin|expertinnen": { category: "expert", strong: true, vague: true },
    "analyst|analysten": { category: "expert", strong: true, vague: true },
    "kritiker|kritikern": { category: "other", strong: true, vague: true },
    "bürger|bürgern": { category: "other", strong: true, vague: true },
    // « Laut Medienberichten », « Bulgarischen Presseberichten zufolge », « den Berichten zufolge »
    "bericht|berichte||berichten": { category: "media", strong: true, vague: true, compound: true },
    // « In Mailand kursieren freilich Gerüchte »
    "gerücht|gerüchte||gerüchten": { category: "other", strong: true, vague: true, collective: true },
  },
  modifiers: {
    // The first part of a compound head or an adjective: « Regierungskreisen », « Justizkreisen », « Militärkreisen »
    "regierung": "official", "ministerium": "official", "behörde": "official", "beamte": "official", "eu": "official",
    "sicherheit": "security", "polizei": "security", "geheimdienst": "intelligence", "justiz": "judicial",
    "gericht": "judicial", "staatsanwalt": "judicial", "militär": "military", "armee": "military", "nato": "military",
    "diplomat": "diplomatic", "botschaft": "diplomatic", "partei": "political", "fraktion": "political",
    "koalition": "political", "wahl": "other", "unternehmen": "business", "konzern": "business", "bank": "business",
    "branche": "business", "finanz": "business", "medien": "media", "presse": "media", "zeitung": "media",
    "verhandlung": "other", "kanzleramt": "official",
    // « mit der Angelegenheit vertraute Personen »
    "vertraut": "close", "vertraute": "close", "vertrauten": "close", "informiert": "close", "informierte": "close",
    "informierten": "close", "nahestehende": "close", "nahestehenden": "close",
  },
  // « eine ständige Quelle der Erheiterung », « Nahrungsquelle »
  notSources: ["quelle der", "quelle des", "quelle für", "quellen der", "quellen des"],
  prepositions: ["von", "vom", "aus", "mit", "zu", "zum", "zur", "bei", "beim", "in", "im", "an", "am", "auf", "für",
    "über", "unter", "nach", "gegen", "ohne", "um", "des", "der"],
  objectPronouns: [],
  complements: [],
  inclusions: ["darunter", "unter anderem", "etwa"],
  agents: ["von", "vom"],
  // « Gerüchte, denen zufolge… » (« dem » is an article far more often than a relative)
  relatives: ["denen"],
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
    // « “…”, so ein zweiter Regierungsbeamter, der … »
    weakBefore: ["aus", "so"],
    bare: [],
    relay: ["unter berufung auf"],
    verbs: {
      // « sagte eine Person », « verlautete », « wie ein Insider sagte », « heißt es aus mehreren Fraktionen »
      saying: [
        "sagen", "erklären", "berichten", "verlauten", "betonen", "warnen", "bestätigen", "ein+räumen", "mit+teilen",
        "erfahren|erfuhr|erfuhren|erfahren", "kursieren", "behaupten", "versichern", "unterstreichen|unterstrich",
        "hinzu+fügen", "erzählen", "ergänzen", "bekräftigen", "dementieren", "kritisieren", "monieren", "beklagen",
        "klagen", "äußern", "melden", "mahnen", "schildern", "verraten|verriet|verrieten|verraten|verrät",
        "heißen|heißt|hieß|hießen|heisst|hiess", "schreiben|schreibt|schrieb|schrieben|geschrieben",
        "an+kündigen", "zu+geben|gab zu|gaben zu|gibt zu|zugegeben",
      ].flatMap(inflect),
      // « Experten erwarten », « Beobachter rechnen damit », « Kritiker meinen »
      thinking: ["meinen", "schätzen", "erwarten", "rechnen", "glauben", "vermuten", "annehmen|nehmen an|nahmen an|angenommen",
        "bezweifeln", "ein+schätzen", "gehen davon aus|geht davon aus|ging davon aus|gingen davon aus"].flatMap(inflect),
      // « Diplomaten fürchten », « Ermittler befürchten »: said of anyone in ordinary prose
      feeling: ["fürchten", "befürchten", "hoffen", "sorgen", "bedauern", "zweifeln"].flatMap(inflect),
    },
    auxiliaries: ["hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
      "wurden"],
    // « wurde bestätigt »: the passive sits before the participle only in a subordinate clause; main clauses put the
    // participle last, where no source follows.
    passives: ["worden"],
  },
  pronouns: { singular: ["er", "sie"], plural: [], impersonal: ["man", "es"] },
  // « hieß es im Innenministerium »: the ministry speaking; « In Sicherheitskreisen hieß es »: unnamed circles
  expletives: ["es"],
  locatives: ["in", "im", "aus", "aus dem", "aus der", "bei", "in der", "in den"],
  // « wie es heißt », « In Justizkreisen war von … die Rede »; « heißt es » after a clause is a verb with its
  // expletive, sourced by the place after it (« So hiess es am Freitag in Unternehmenskreisen »)
  hearsay: ["wie es heißt", "es heißt", "hört man", "ist zu hören",
    "war zu hören", "ist die rede", "war die rede", "gibt es gerüchte", "gab es gerüchte", "es gibt gerüchte"],
  // « soll … genommen haben », « sollen … beheimatet sein »; not « soll der nächste Weltmeister sein »
  reportative: { modals: ["soll", "sollen"], perfect: ["haben", "sein"], participles: ["t", "en"] },
  // « Letzterer ließ ihn angeblich ungern gehen »
  // « mutmaßlich » hedges an allegation (« der mutmaßliche Täter »): no hearsay
  subjectHearsay: ["angeblich"],
  outletOwn: ["nach informationen des standard", "wie der standard erfuhr"],
  outletVerbs: ["erfuhr"],
  anonymityMarkers: ["anonym", "anonymität", "nicht genannt werden", "ungenannt"],
  // « der namentlich nicht genannt werden wollte »
  refusedMarkers: ["genannt werden", "zitiert werden"],
  negations: ["nicht", "ohne"],
  hedges: ["angeblich", "mutmaßlich"],
  conditionalAuxiliaries: [],
  reflexives: ["sich"],
  titles: ["dr", "prof", "hr", "fr"],
};

export default de;
