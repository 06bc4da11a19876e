// Italian. Examples are from the dev corpus (tests/eval/dev/it.jsonl: Italian news sites, UD Italian treebank).
import type { LanguageData } from "../../detect/lexicon";

/** The attributing forms of a first-conjugation verb: "spiega", "ha spiegato", "spiegano", "spiegava"… */
const are = (stem: string) => ["a", "ano", "ato", "ava", "avano", "ò"].map((ending) => stem + ending);

const it: LanguageData = {
  code: "it",
  stopwords: ["il", "lo", "la", "i", "gli", "le", "di", "del", "della", "che", "e", "è", "un", "una", "per", "con",
    "non", "in", "nel", "nella", "al", "alla", "sono", "secondo", "anche", "più", "ma", "come", "dei", "delle"],
  determiners: {
    indefinite: ["un", "uno", "una", "un'", "degli", "delle"],
    definite: ["il", "lo", "la", "l'", "i", "gli", "le", "del", "dello", "della", "dell'", "dei", "degli", "delle",
      "suo", "sua", "suoi", "sue"],
    demonstrative: ["questo", "questa", "questi", "queste", "quel", "quella", "quei", "quelle"],
    own: ["nostre", "nostra", "nostri", "nostro"],
    quantity: ["due", "tre", "quattro", "cinque", "diversi", "diverse", "alcuni", "alcune", "molti", "molte",
      "numerosi", "numerose", "vari", "varie"],
  },
  partitives: ["uno dei", "una delle", "uno degli", "alcuni dei", "alcune delle"],
  same: ["stesso", "stessa", "stessi", "stesse", "medesima", "medesimo"],
  other: ["altro", "altra", "altri", "altre", "seconda", "secondo", "terza"],
  heads: {
    // « secondo fonti diplomatiche », « la conferma da fonti afghane », « una fonte internazionale bene informata »
    "fonte|fonti": { category: "other", generic: true },
    "funzionario|funzionari|funzionaria": { category: "official" },
    "responsabile|responsabili": { category: "official" },
    "portavoce": { category: "official" },
    "membro|membri": { category: "other" },
    "persona|persone": { category: "other", generic: true },
    "diplomatico|diplomatici": { category: "diplomatic", strong: true },
    "investigatore|investigatori|inquirente|inquirenti": { category: "security", strong: true },
    "militare|militari": { category: "military", strong: true },
    "vicino|vicini": { category: "close", strong: true },
    "collaboratore|collaboratori": { category: "close", strong: true },
    "testimone|testimoni": { category: "witness", strong: true },
    "esperto|esperti": { category: "expert", strong: true, vague: true },
    "analista|analisti": { category: "expert", strong: true, vague: true },
    "osservatore|osservatori": { category: "other", strong: true, vague: true },
    "critico|critici": { category: "other", strong: true, vague: true },
    // « Secondo le indiscrezioni, prima di essere perquisito… »
    "indiscrezione|indiscrezioni": { category: "other", strong: true, vague: true, collective: true },
    "voce|voci": { category: "other", strong: true, vague: true, collective: true },
    "stampa": { category: "media", strong: true, vague: true, collective: true },
    "media": { category: "media", strong: true, vague: true, collective: true },
  },
  modifiers: {
    "diplomatica": "diplomatic", "diplomatiche": "diplomatic", "diplomatico": "diplomatic", "ambasciata": "diplomatic",
    "farnesina": "diplomatic",
    "investigativa": "security", "investigative": "security", "polizia": "security", "sicurezza": "security",
    "giudiziaria": "judicial", "giudiziarie": "judicial", "procura": "judicial", "inquirenti": "judicial",
    "militare": "military", "militari": "military", "esercito": "military", "difesa": "military",
    "intelligence": "intelligence", "servizi": "intelligence",
    "governo": "official", "governative": "official", "governativa": "official", "ministero": "official",
    "ufficiali": "official", "ufficiale": "official", "palazzo chigi": "official",
    "vicina": "close", "vicine": "close", "vicino": "close", "vicini": "close",
    "politica": "political", "politiche": "political", "partito": "political",
  },
  // « verificare e citare le fonti », « un'altra fonte di reddito »
  notSources: ["fonte di reddito", "fonti di reddito", "fonte di energia", "fonti di energia", "fonti rinnovabili",
    "fonte d'acqua", "citare le fonti"],
  prepositions: ["di", "del", "dello", "della", "dell'", "dei", "degli", "delle", "a", "al", "allo", "alla", "all'",
    "ai", "agli", "alle", "da", "dal", "dalla", "dall'", "dai", "dagli", "dalle", "in", "nel", "nella", "nei",
    "negli", "nelle", "con", "su", "sul", "sulla", "per", "tra", "fra"],
  coordinators: ["e", "o"],
  phraseBreaks: ["che", "perché", "per", "ma", "quando", "mentre", "secondo", "e che", "confermata", "confermato"],
  clauseBreaks: ["che", "ma", "perché", "se", "quando", "mentre", "dove", "e", "o"],
  describers: ["che", "bene informata", "ben informata", "informata", "informate", "vicina", "vicine", "vicino",
    "vicini", "citata", "citate", "sentita", "sentite", "interpellata"],
  skippable: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "ieri", "oggi",
    "anche", "inoltre", "poi", "invece", "tuttavia", "ieri sera"],
  adverbSuffix: "mente",
  recipients: ["a", "al", "alla", "all'"],
  cues: {
    // « secondo fonti diplomatiche », « Secondo le indiscrezioni »
    before: ["secondo", "stando a", "a detta di", "a quanto riferiscono"],
    after: [],
    weakBefore: [],
    // « la conferma da fonti afghane »
    bare: ["da", "di"],
    relay: ["citando"],
    verbs: [
      ...["spieg", "afferm", "dichiar", "conferm", "rivel", "raccont", "precis", "sottoline", "annunci", "segnal",
        "osserv", "aggiung", "riport", "ricord", "avvert", "assicur", "comment", "not", "evidenzi", "lament"].flatMap(are),
      "dice", "dicono", "ha detto", "hanno detto", "detto", "diceva", "dicevano", "riferisce", "riferiscono", "riferito",
      "sostiene", "sostengono", "sostenuto", "ammette", "ammettono", "ammesso", "aggiunge", "aggiungono", "aggiunto",
      "ritiene", "ritengono", "prevede", "prevedono", "chiude", "conclude", "fa sapere", "fanno sapere", "è trapelato",
    ],
    auxiliaries: ["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero"],
  },
  pronouns: { singular: ["lui", "lei"], plural: ["loro"], impersonal: [] },
  expletives: [],
  locatives: [],
  // « si apprende che la Farnesina è tornata », « si dice », « si vocifera »
  hearsay: ["si apprende", "si dice", "si vocifera", "si mormora", "trapela", "è trapelato", "a quanto si apprende"],
  subjectHearsay: ["presumibilmente"],
  outletOwn: ["secondo quanto appreso", "a quanto risulta"],
  outletVerbs: ["appreso"],
  anonymityMarkers: ["anonimato", "anonimo", "anonima", "anonimi"],
  hedges: ["presumibilmente", "non confermata", "non confermate"],
  conditionalAuxiliaries: ["avrebbe", "avrebbero", "sarebbe", "sarebbero"],
  reflexives: ["si"],
  titles: ["sig", "dott", "prof", "on"],
};

export default it;
