// French. Examples are from the dev corpus (tests/eval/dev/fr.jsonl, AFP and regional press) and the seed article.
import type { LanguageData } from "../../detect/lexicon";

/**
 * The forms of a verb that attribute, by rule from its infinitive: third persons of the present, imperfect and simple
 * past, and the past participle (« indique », « indiquent », « a indiqué », « indiquait », « indiqua »). First group
 * with its spelling changes (« annonça », « jugeait », « révèle », « relève », « rappelle »), second group (« avertit »,
 * « avertissent »). An irregular verb gives its forms after a "|": « dire|dit|disent|… ».
 */
function inflect(entry: string): string[] {
  const [lemma, ...forms] = entry.split("|") as [string, ...string[]];
  if (forms.length > 0) return forms;
  const stem = lemma.slice(0, -2);
  if (lemma.endsWith("ir")) {
    return [stem + "it", stem + "issent", stem + "i", stem + "issait", stem + "issaient", stem + "irent"];
  }
  // Before "a": « annonça », « jugea ». Before a mute "e": « révèle », « relève », « rappelle », « rejette ».
  const soft = stem.endsWith("c") ? stem.slice(0, -1) + "ç" : stem.endsWith("g") ? stem + "e" : stem;
  const mute = /e[lt]$/.test(stem)
    ? stem + stem.at(-1)
    : stem.replace(/[eé]([^aeiouyéèêëîïôûù])$/, "è$1");
  // The participle agrees in a passive: « une information confirmée par une source ».
  const participle = ["é", "ée", "és", "ées"].map((ending) => stem + ending);
  return [mute + "e", mute + "ent", ...participle, soft + "ait", soft + "aient", soft + "a", stem + "èrent"];
}

/** A verb of several words: the forms of its first, then the rest (« mettre en garde », « fait savoir »). */
const phrasal = (entry: string, rest: string) => inflect(entry).map((form) => `${form} ${rest}`);

const fr: LanguageData = {
  code: "fr",
  singularArticle: true,
  stopwords: ["le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "qui", "que", "sur",
    "avec", "pas", "au", "aux", "ce", "cette", "il", "elle", "ont", "été", "selon", "mais", "sont", "par", "leur"],
  determiners: {
    indefinite: ["un", "une", "des", "d'"],
    definite: ["le", "la", "l'", "les", "du", "son", "sa", "ses", "leur", "leurs"],
    // « toujours selon cette source diplomatique »
    demonstrative: ["ce", "cet", "cette", "ces"],
    // « selon nos sources », « Nos sources indiquent que… »
    own: ["nos", "notre"],
    // « deux sources au sein du gouvernement », « selon de nombreux analystes », « plusieurs médias locaux »
    quantity: ["deux", "trois", "quatre", "cinq", "six", "plusieurs", "certains", "certaines", "de nombreux",
      "de nombreuses", "nombreux", "nombreuses", "quelques", "divers", "diverses", "différentes", "différents"],
  },
  // « a ajouté une de ces sources », « a indiqué l'un des responsables »
  partitives: ["l'un des", "l'une des", "un des", "une des", "une de ces", "un de ces", "l'un de ces", "l'une de ces",
    "la plupart des", "certains des"],
  // « a poursuivi la même source », « selon les mêmes sources »
  same: ["même", "mêmes"],
  // « a expliqué une autre source proche du dossier »
  other: ["autre", "autres", "second", "seconde", "deuxième", "troisième", "quatrième"],
  heads: {
    // « selon une source diplomatique », « a-t-on appris de sources concordantes »
    "source|sources": { category: "other", generic: true, bare: true },
    // « selon des ONG », « selon ses détracteurs »
    "ong|ong": { category: "other", strong: true, vague: true },
    "détracteur|détracteurs": { category: "other", strong: true, vague: true },
    // « a indiqué un responsable de la Maison Blanche », « un haut responsable »
    "responsable|responsables": { category: "official" },
    "fonctionnaire|fonctionnaires": { category: "official" },
    "officiel|officiels": { category: "official" },
    // « Un porte-parole du département d'Etat, s'exprimant sous couvert d'anonymat »
    "porte-parole|porte-paroles": { category: "official", onRecord: true },
    "membre|membres": { category: "other" },
    "personne|personnes": { category: "other", generic: true, human: true },
    "interlocuteur|interlocuteurs|interlocutrice": { category: "other" },
    // « Un diplomate occidental confie que… », « selon un diplomate basé au Caire »
    "diplomate|diplomates": { category: "diplomatic", strong: true },
    "négociateur|négociateurs": { category: "diplomatic", strong: true },
    // « a renchéri une autre policière en uniforme »
    "policier|policiers|policière|policières": { category: "security", strong: true },
    "gendarme|gendarmes": { category: "security", strong: true },
    "magistrat|magistrats": { category: "judicial", strong: true },
    // « un militaire, engagé dans la force Sentinelle »
    "militaire|militaires": { category: "military", strong: true },
    "officier|officiers": { category: "military", strong: true },
    "soldat|soldats": { category: "military", strong: true },
    // « un proche du président », « l'entourage du ministre », « nuance un ami de M. Philippe »
    "proche|proches": { category: "close", strong: true },
    "entourage": { category: "close", strong: true, collective: true },
    "ami|amis|amie|amies": { category: "close", strong: true },
    "familier|familiers": { category: "close", strong: true },
    "collaborateur|collaborateurs|collaboratrice": { category: "close", strong: true },
    "confident|confidents": { category: "close", strong: true },
    // « selon un élu démocrate », « s'emporte un ancien ministre », « un conseiller de la présidence »
    "élu|élus|élue|élues": { category: "political", strong: true },
    "député|députés|députée": { category: "political", strong: true },
    "ministre|ministres": { category: "political", strong: true },
    "conseiller|conseillers|conseillère|conseillères": { category: "political", strong: true },
    "dirigeant|dirigeants|dirigeante": { category: "political", strong: true },
    "parlementaire|parlementaires": { category: "political", strong: true },
    "sénateur|sénateurs": { category: "political", strong: true },
    "cadre|cadres": { category: "political", strong: true },
    "politicien|politiciens": { category: "political", strong: true },
    "soutien|soutiens": { category: "political", strong: true },
    "initié|initiés": { category: "business", strong: true },
    // « a déclaré un habitant du secteur de Hinggan, qui a requis l'anonymat »
    "habitant|habitants|habitante|habitantes": { category: "witness", strong: true },
    "riverain|riverains": { category: "witness", strong: true },
    "témoin|témoins": { category: "witness", strong: true },
    // « S'exprimant sous couvert d'anonymat, un expert met en garde », « selon de nombreux analystes »
    "expert|experts|experte": { category: "expert", strong: true, vague: true },
    "analyste|analystes": { category: "expert", strong: true, vague: true },
    "spécialiste|spécialistes": { category: "expert", strong: true, vague: true },
    "économiste|économistes": { category: "expert", strong: true, vague: true },
    "observateur|observateurs": { category: "other", strong: true, vague: true },
    // « selon plusieurs médias locaux », « Selon la presse locale », « Selon des informations de presse »
    "média|médias": { category: "media", strong: true, vague: true, collective: true },
    "presse": { category: "media", strong: true, vague: true, collective: true },
    "journaux": { category: "media", strong: true, vague: true, collective: true },
    "informations de presse": { category: "media", strong: true, vague: true, collective: true },
    "rumeur|rumeurs": { category: "other", strong: true, vague: true, collective: true },
  },
  modifiers: {
    // « une source diplomatique algérienne », « une source au sein du Quai d'Orsay »
    "diplomatique": "diplomatic", "diplomatiques": "diplomatic", "ambassade": "diplomatic", "quai d'orsay": "diplomatic",
    "affaires étrangères": "diplomatic",
    // « relève une source sécuritaire », « a précisé une source policière »
    "sécuritaire": "security", "sécuritaires": "security", "policière": "security", "policières": "security",
    "policier": "security", "policiers": "security", "police": "security", "gendarmerie": "security",
    "sécurité": "security",
    // « selon une source judiciaire », « un responsable du bureau du procureur »
    "judiciaire": "judicial", "judiciaires": "judicial", "parquet": "judicial", "procureur": "judicial",
    "justice": "judicial", "tribunal": "judicial",
    // « une source militaire citée par CNN », « un responsable militaire des combattants séparatistes »
    "militaire": "military", "militaires": "military", "armée": "military", "état-major": "military",
    // « une source au sein du renseignement »
    "renseignement": "intelligence", "renseignements": "intelligence",
    // « une source gouvernementale », « un responsable de la Maison Blanche »
    "gouvernementale": "official", "gouvernementales": "official", "gouvernemental": "official",
    "gouvernementaux": "official", "gouvernement": "official", "ministère": "official", "élysée": "official",
    "maison blanche": "official", "administration": "official", "département d'etat": "official",
    "officielle": "official", "officielles": "official", "préfecture": "official", "municipal": "official",
    "municipaux": "official", "ministérielle": "official",
    // « une source proche du dossier », « un familier du dossier »
    "proche": "close", "proches": "close", "familier": "close", "entourage": "close",
    // « des sources politiques », « un élu démocrate »
    "politique": "political", "politiques": "political", "parti": "political", "présidence": "political",
    "majorité": "political", "opposition": "political", "démocrate": "political", "républicain": "political",
    "parlementaire": "political", "groupe": "political",
    "économique": "business", "industrielle": "business", "industriel": "business", "entreprise": "business",
    "bancaire": "business", "patronale": "business", "financière": "business",
  },
  // « sources d'énergie », « la source du Nil », « prélèvement à la source » (no cue), « source de revenus »
  notSources: ["sources historiques", "source historique", "source d'énergie", "sources d'énergie", "source d'inspiration", "sources d'inspiration",
    "source de revenus", "source de revenu", "sources de revenus", "source du nil", "sources hydrothermales",
    "source chaude", "sources chaudes", "source d'eau", "sources d'eau", "source de financement",
    "sources de financement", "source de chaleur", "source lumineuse", "source de lumière", "source ouverte",
    "source d'information", "sources d'information", "source de tension", "source de conflit"],
  prepositions: ["de", "d'", "du", "des", "à", "au", "aux", "en", "par", "pour", "sur", "avec", "dans", "chez", "sous",
    "auprès", "entre", "contre", "vers", "après", "avant", "sein"],
  // « a fait savoir une source proche du dossier pour justifier… », « a précisé cette source, confirmant… »
  phraseBreaks: ["que", "qu'", "pour", "car", "parce", "confirmant", "afin", "lors", "tout en", "selon", "mais",
    "alors", "quand", "lorsque", "lorsqu'", "et a", "et qui"],
  objectPronouns: ["le", "la", "l'", "les", "lui", "leur", "nous", "me", "m'"],
  complements: [],
  inclusions: ["dont", "notamment", "parmi lesquels", "parmi lesquelles"],
  agents: ["par"],
  relatives: ["lequel", "laquelle", "lesquels", "lesquelles"],
  // « ont rapporté à l'AFP des responsables de culte et de loges maçonniques ainsi que l'entourage du chef de l'Etat »
  coordinators: ["et", "ou", "ainsi que"],
  clauseBreaks: ["que", "qu'", "mais", "car", "si", "quand", "lorsque", "lorsqu'", "puisque", "tandis", "où", "et"],
  // « un responsable ayant requis l'anonymat », « une source judiciaire jointe par l'AFP »
  describers: ["qui", "ayant", "s'exprimant", "contacté", "contactée", "contactés", "contactées", "joint", "jointe",
    "cité", "citée", "cités", "citées", "interrogé", "interrogée", "interrogés", "basé", "basée", "sous couvert",
    "préférant", "souhaitant", "engagé", "engagée", "associé", "associée", "présent", "présente", "dont"],
  skippable: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars",
    "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "matin", "soir",
    "encore", "ensuite", "également", "aussi", "toutefois", "cependant", "pourtant", "auparavant", "hier",
    "aujourd'hui", "ce matin", "ce soir", "cette semaine", "déjà", "alors", "enfin", "notamment", "pour sa part", "de son côté", "d'ailleurs",
    "par ailleurs", "en effet", "plus tard", "récemment", "elle aussi", "lui aussi", "publiquement", "finalement",
    "simplement", "clairement", "ainsi"],
  adverbSuffix: "",
  // « a dit à l'AFP une source proche du dossier »
  recipients: ["à", "au", "aux"],
  cues: {
    // « Selon une source diplomatique », « d'après des sources concordantes », « a-t-on appris auprès d'une source »
    before: ["selon", "d'après", "auprès de", "auprès d'", "auprès", "de l'avis de", "à en croire"],
    // « Pour cette source, "le verrouillage général est quand même préoccupant" »
    after: [],
    weakBefore: ["pour"],
    // « a-t-on appris de source policière », « de sources judiciaire et proche du dossier »
    bare: ["de", "d'"],
    // « rapporte Le Monde, citant des sources policières »
    relay: ["citant"],
    verbs: {
      // « relève une source sécuritaire », « a dit le responsable », « a poursuivi la même source »
      saying: [
        ...["indiquer", "préciser", "expliquer", "affirmer", "déclarer", "confier", "assurer", "souligner", "ajouter",
          "révéler", "confirmer", "rapporter", "annoncer", "insister", "nuancer", "détailler", "raconter", "témoigner",
          "signaler", "avancer", "observer", "commenter", "souffler", "lâcher", "murmurer", "glisser", "résumer",
          "analyser", "dénoncer", "constater", "emporter", "arguer", "trancher", "mentionner", "rappeler", "rétorquer",
          "répéter", "parler", "ironiser", "noter", "relater", "évoquer", "relever", "marteler", "certifier", "avouer",
          "divulguer", "dévoiler", "narrer", "énumérer", "réitérer", "répliquer", "objecter", "plaisanter", "s'exclamer",
          "alerter", "fustiger", "critiquer", "accuser", "saluer", "nier", "jurer", "démentir|dément|démentent|démenti",
          "informer", "enchaîner", "abonder", "tempérer", "relativiser", "minimiser", "corriger", "compléter",
          "s'agacer", "s'indigner", "s'alarmer", "s'étonner", "déplorer", "protester", "remarquer", "décrypter",
          "avertir", "renchérir", "garantir", "applaudir",
          "dire|dit|disent|disait|disaient|dirent",
          "écrire|écrit|écrivent|écrivait|écrivaient|écrivit|écrivirent",
          "décrire|décrit|décrivent|décrivait|décrivaient|décrivit",
          "reconnaître|reconnaît|reconnait|reconnaissent|reconnu|reconnaissait|reconnaissaient|reconnut|reconnurent",
          "admettre|admet|admettent|admis|admettait|admettaient|admit|admirent",
          "prévenir|prévient|préviennent|prévenu|prévenait|prévenaient|prévint",
          "soutenir|soutient|soutiennent|soutenu|soutenait|soutenaient|soutint",
          "maintenir|maintient|maintiennent|maintenu|maintenait|maintenaient",
          "répondre|répond|répondent|répondu|répondait|répondaient|répondit|répondirent",
          "poursuivre|poursuit|poursuivent|poursuivi|poursuivait|poursuivaient|poursuivit",
          "conclure|conclut|concluent|conclu|concluait",
          "prétendre|prétend|prétendent|prétendu|prétendait",
          "convenir|convient|conviennent|convenu|convenait",
          "apprendre|appris|apprend",
        ].flatMap(inflect),
        ...phrasal("mettre|met|mettent|mis|mettait|mettaient", "en garde"),
        ...["savoir", "valoir", "remarquer", "observer"].flatMap((verb) => phrasal("faire|fait|font|faisait|faisaient", verb)),
        ...phrasal("laisser", "entendre"),
      ],
      // « estime une source diplomatique », « selon lui, pense un responsable »
      thinking: ["estimer", "juger", "penser", "considérer", "douter", "supposer", "présumer", "anticiper", "s'interroger",
        "croire|croit|croient|cru|croyait|croyaient"].flatMap(inflect),
      // « redoute un diplomate », « s'inquiète un proche »: said of anyone in ordinary prose
      feeling: ["redouter", "regretter", "inquiéter", "espérer", "se réjouir|se réjouit|se réjouissent",
        "craindre|craint|craignent|craignait|craignaient"].flatMap(inflect),
    },
    // « a révélé », « ont reconnu », « avait-on précisé »
    auxiliaries: ["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"],
    // « le bilan a été confirmé », « les faits sont rapportés »
    passives: ["est", "sont", "été", "était", "étaient", "fut", "sera", "seront"],
  },
  // « selon lui », « insiste-t-il », « indique-t-on dans l'entourage du ministre »
  pronouns: { singular: ["il", "elle", "lui"], plural: ["ils", "elles", "eux"], impersonal: ["on"] },
  reportative: { modals: [], perfect: [], participles: [] },
  expletives: [],
  locatives: ["dans", "à", "au", "chez", "au sein de", "au sein du", "au sein des", "du côté de", "du côté du"],
  // « "On cherche le meilleur" dit-on à l'Élysée », « m'a-t-on dit »
  hearsay: ["dit-on", "on dit", "murmure-t-on", "il se murmure", "il se dit", "selon la rumeur", "selon des rumeurs",
    "selon certaines rumeurs", "m'a-t-on dit", "a-t-on dit", "paraît-il", "à en croire la rumeur"],
  subjectHearsay: [],
  // « selon nos informations »
  outletOwn: ["selon nos informations", "d'après nos informations", "selon nos renseignements"],
  // « a appris Le Monde »
  outletVerbs: ["appris"],
  // « a indiqué un responsable de la Maison Blanche, sous couvert d'anonymat », « qui a requis l'anonymat »
  anonymityMarkers: ["anonymat", "anonyme", "anonymement", "en off"],
  // « qui n'a pas souhaité être nommé », « sans vouloir être cité »
  refusedMarkers: ["être nommé", "être nommée", "être nommés", "être identifié", "être identifiée", "être cité",
    "être citée", "être cités"],
  negations: ["pas", "ne", "n'", "sans", "refuse", "refusé", "jamais"],
  hedges: ["n'a pas pu être vérifiée", "n'a pas pu être vérifié", "n'ont pas pu être vérifiées",
    "de source indépendante"],
  // « Alger se serait montrée très ferme », « le maréchal aurait demandé »
  conditionalAuxiliaries: ["aurait", "auraient", "serait", "seraient"],
  reflexives: ["se", "s'"],
  titles: ["m", "mme", "mlle", "me", "dr", "pr"],
};

export default fr;
