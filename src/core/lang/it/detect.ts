// Italian. Examples are from the dev corpus (tests/eval/dev/it.jsonl: Italian news sites, UD Italian treebank).
import type { LanguageData } from "../../detect/lexicon";
import { inflect } from "../../detect/morphology";

/**
 * Third persons of the present, past and imperfect, and the participle: « spiega », « spiegò », « ha spiegato »,
 * « spiegava »; « teme », « temette », « temuto »; « avverte », « avvertì », « avvertito ».
 */
const paradigms = {
  are: ["a", "ano", "ò", "arono", "ato", "ava", "avano"],
  ere: ["e", "ono", "é", "ette", "erono", "ettero", "uto", "eva", "evano"],
  ire: ["e", "ono", "ì", "irono", "ito", "iva", "ivano"],
};
/** « si dice », « si teme », « si apprende »: the impersonal « si » with a verb's third person present. */
const impersonal = (lemmas: string[]) => inflect(lemmas, { are: ["a"], ere: ["e"], ire: ["e"] }).map((form) => `si ${form}`);

const it: LanguageData = {
  code: "it",
  prodrop: true,
  singularArticle: true,
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
    "fonte|fonti": { category: "other", generic: true, bare: true },
    "funzionario|funzionari|funzionaria": { category: "official" },
    "responsabile|responsabili": { category: "official" },
    "portavoce": { category: "official", onRecord: true },
    "membro|membri": { category: "other" },
    "persona|persone": { category: "other", generic: true, human: true },
    "uomo|uomini": { category: "other", human: true },
    "donna|donne": { category: "other", human: true },
    // « qualcuno che lo conosce bene »
    "qualcuno": { category: "other", human: true },
    // « ambienti diplomatici », « negli ambienti vicini al premier », « più di una cancelleria teme »
    "ambienti": { category: "other", collective: true },
    "cancelleria|cancellerie": { category: "diplomatic", strong: true, collective: true },
    "confidente|confidenti": { category: "close", strong: true },
    "amico|amici": { category: "close", strong: true },
    "attivista|attivisti": { category: "other", strong: true, vague: true },
    "quotidiano|quotidiani": { category: "media", strong: true, vague: true },
    "rumor": { category: "other", strong: true, vague: true, collective: true },
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
    "ufficiali": "official", "ufficiale": "official", "palazzo chigi": "official", "sicurezza nazionale": "official",
    // « voci di palazzo »: the palace is the seat of power
    "palazzo": "political",
    "vicina": "close", "vicine": "close", "vicino": "close", "vicini": "close",
    "politica": "political", "politiche": "political", "partito": "political",
  },
  // « verificare e citare le fonti », « un'altra fonte di reddito »
  notSources: ["fonti storiche", "fonte storica", "fonte di reddito", "fonti di reddito", "fonte di energia", "fonti di energia", "fonti rinnovabili",
    "fonte d'acqua", "citare le fonti"],
  prepositions: ["di", "del", "dello", "della", "dell'", "dei", "degli", "delle", "a", "al", "allo", "alla", "all'",
    "ai", "agli", "alle", "da", "dal", "dalla", "dall'", "dai", "dagli", "dalle", "in", "nel", "nella", "nei",
    "negli", "nelle", "con", "su", "sul", "sulla", "per", "tra", "fra"],
  objectPronouns: ["lo", "la", "l'", "le", "ci", "mi", "gli"],
  complements: ["di", "del", "della", "dei", "degli", "delle", "dello", "dell'", "in", "nel", "nella", "nei", "negli", "nelle"],
  inclusions: ["tra cui", "fra cui", "tra i quali"],
  agents: ["da", "dal", "dalla", "dai", "dagli", "dalle", "dall'"],
  relatives: ["cui", "il quale", "la quale", "i quali", "le quali"],
  coordinators: ["e", "o"],
  phraseBreaks: ["che", "perché", "per", "ma", "quando", "mentre", "secondo", "e che", "confermata", "confermato"],
  clauseBreaks: ["che", "ma", "perché", "se", "quando", "mentre", "dove", "e", "o"],
  describers: ["che", "parlando", "bene informata", "ben informata", "informata", "informate", "vicina", "vicine", "vicino",
    "vicini", "citata", "citate", "sentita", "sentite", "interpellata"],
  skippable: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "ieri", "oggi",
    "anche", "inoltre", "poi", "invece", "tuttavia", "ieri sera",
    // « secondo quanto riferito da diversi funzionari »
    "quanto"],
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
    verbs: {
      // « spiegano fonti diplomatiche », « ha detto un funzionario », « riferiscono gli inquirenti »
      saying: inflect([
        "spiegare", "affermare", "dichiarare", "confermare", "rivelare", "raccontare", "precisare", "sottolineare",
        "annunciare", "segnalare", "osservare", "riportare", "ricordare", "assicurare", "commentare", "notare",
        "evidenziare", "lamentare", "confidare", "ribattere|ribatte|ribattono|ribatté|ribattuto", "insistere|insiste|insistono|insistito",
        "avvertire", "ammonire|ammonisce|ammoniscono|ammonito", "smentire|smentisce|smentiscono|smentito",
        "ribadire|ribadisce|ribadiscono|ribadito", "riferire|riferisce|riferiscono|riferì|riferito|riferiva",
        "suggerire|suggerisce|suggeriscono|suggerito", "garantire|garantisce|garantiscono|garantito",
        "dire|dice|dicono|disse|dissero|detto|diceva|dicevano", "aggiungere|aggiunge|aggiungono|aggiunse|aggiunto",
        "sostenere|sostiene|sostengono|sostenne|sostenuto", "ammettere|ammette|ammettono|ammise|ammesso",
        "concludere|conclude|concludono|concluse|concluso", "scrivere|scrive|scrivono|scrisse|scritto",
        "rispondere|risponde|rispondono|rispose|risposto", "trapelare", "denunciare", "criticare", "rimarcare",
        "puntualizzare", "anticipare", "indicare", "comunicare", "informare", "parlare", "circolare", "chiudere|chiude", "fare sapere|fa sapere|fanno sapere|ha fatto sapere|fatto sapere",
        "far sapere|far notare|fa notare|fanno notare|fatto notare",
      ], paradigms),
      // « ritengono gli analisti », « secondo gli esperti, prevede », « stimano fonti »
      thinking: inflect([
        "ritenere|ritiene|ritengono|ritenne|ritenuto", "prevedere|prevede|prevedono|previsto", "stimare", "giudicare",
        "valutare", "pensare", "credere", "considerare", "sospettare", "dubitare", "ipotizzare",
      ], paradigms),
      // « temono fonti di governo »: said of anyone in ordinary prose
      feeling: inflect(["temere", "sperare", "preoccupare", "auspicare"], paradigms),
    },
    auxiliaries: ["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero"],
    // « è stato confermato », « sono stati riferiti »
    passives: ["è", "sono", "stato", "stata", "stati", "state", "era", "erano", "fu", "viene", "vengono"],
  },
  pronouns: { singular: ["lui", "lei"], plural: ["loro"], impersonal: [] },
  reportative: { modals: [], perfect: [], participles: [] },
  expletives: [],
  // « In Vaticano sospettano », « fanno notare dal Nazareno »
  locatives: ["in", "a", "al", "alla", "da", "dal", "dalla", "dai", "nel", "nella", "negli ambienti", "tra", "fra"],
  // « si apprende che la Farnesina è tornata », « si dice », « si vocifera »
  hearsay: [
    ...impersonal(["apprendere", "dire|dice", "vociferare", "mormorare", "sussurrare", "temere", "ritenere|ritiene",
      "ipotizzare", "raccontare", "dare per certo|dà per certo"]),
    "trapela", "è trapelato", "a quanto si apprende", "da quanto si apprende", "secondo quanto si apprende",
    "si è appreso", "viene detto", "viene riferito", "viene sussurrato", "viene riportato", "si è saputo", "corre voce",
  ],
  // « presumibilmente » hedges; it names no hearsay
  subjectHearsay: [],
  outletOwn: ["secondo quanto appreso", "a quanto risulta"],
  outletVerbs: ["appreso"],
  // « rigorosamente a microfono spento », « che chiede di non essere nominato »
  anonymityMarkers: ["anonimato", "anonimo", "anonima", "anonimi", "anonime", "microfono spento", "taccuini chiusi"],
  refusedMarkers: ["essere nominato", "essere nominata", "essere citato", "essere citata", "essere identificato",
    "essere identificata"],
  negations: ["non", "senza", "mai"],
  hedges: ["presumibilmente", "non confermata", "non confermate"],
  conditionalAuxiliaries: ["avrebbe", "avrebbero", "sarebbe", "sarebbero"],
  reflexives: ["si"],
  titles: ["sig", "dott", "prof", "on"],
};

export default it;
