// French cue phrases for the sourcing checks, as the AFP, Le Monde and the regional press print them.
import type { CheckLexicon } from "../../checks/types";

const fr: CheckLexicon = {
  anonymityMarkers: [
    "sous couvert d'anonymat", "sous le couvert de l'anonymat", "sous couvert de l'anonymat", "qui a requis l'anonymat",
    "ayant requis l'anonymat", "a requis l'anonymat", "qui a souhaité garder l'anonymat", "a souhaité garder l'anonymat",
    "souhaitant garder l'anonymat", "qui souhaite garder l'anonymat", "qui a souhaité rester anonyme",
    "souhaitant rester anonyme", "qui préfère rester anonyme", "préférant rester anonyme", "qui a demandé l'anonymat",
    "ayant demandé l'anonymat", "qui n'a pas souhaité être nommé*", "qui n'a pas voulu être nommé*",
    "qui ne souhaite pas être nommé*", "qui n'a pas souhaité être identifié*", "qui n'a pas souhaité donner son nom",
    "qui refuse d'être nommé*", "sans vouloir être nommé*", "requérant l'anonymat", "garder l'anonymat",
    "rester anonyme", "en off", "sous le sceau de l'anonymat", "anonymement",
  ],
  reasons: [
    "parce que", "parce qu", "car", "par crainte", "par peur", "de peur", "de crainte", "craignant", "pour des raisons de sécurité",
    "pour des raisons de confidentialité", "pour sa sécurité", "pour leur sécurité", "pour se protéger",
    "pour ne pas", "afin de", "pour pouvoir", "pour s'exprimer librement", "pour parler librement",
    "pour éviter", "étant donné",
  ],
  purposes: ["pour", "afin de", "afin d'"],
  boilerplateReasons: [
    "n'étant pas autorisé*", "n'est pas autorisé* à", "n'était pas autorisé* à", "ne sont pas autorisé* à",
    "n'étaient pas autorisé* à", "pas habilité* à", "n'étant pas habilité*", "non autorisé* à s'exprimer",
    "en raison du caractère sensible", "en raison de la sensibilité", "vu la sensibilité", "compte tenu de la sensibilité",
    "étant donné la sensibilité", "en raison du caractère confidentiel", "vu le caractère sensible",
    "conformément à l'usage", "comme le veut l'usage", "selon l'usage",
  ],
  relatives: ["qui", "ayant", "dont"],
  vantage: [
    "au fait du dossier", "au fait des", "proche du dossier", "proches du dossier", "proche de l'enquête",
    "proches de l'enquête", "proche des négociations", "proches des négociations", "proche de", "proches de",
    "ayant assisté", "qui a assisté", "qui ont assisté", "présent* lors", "présent* à", "impliqué* dans",
    "familier du dossier", "familière du dossier", "qui connaît bien", "qui connait bien", "connaissant le dossier",
    "qui suit le dossier", "qui suit l'enquête", "au sein de", "associé* au", "associé* à", "qui a participé",
    "ayant participé", "qui ont participé", "ayant eu accès", "qui a eu accès", "qui a pu consulter", "qui a vu",
    "ayant pris part", "informé* du", "informé* des", "témoin de", "dans l'entourage", "l'entourage de",
    "l'entourage du", "l'entourage des", "en charge du dossier", "chargé* du dossier", "impliqué* dans l'enquête",
  ],
  emptyWords: [
    "un", "une", "le", "la", "l", "les", "des", "de", "du", "d", "cette", "ce", "cet", "ces", "autre", "autres",
    "même", "mêmes", "plusieurs", "certains", "certaines", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
    "neuf", "dix", "nombreux", "nombreuses", "selon", "d'après", "qui", "et",
  ],
  genericHeads: ["source", "sources", "responsable", "responsables", "personne", "personnes", "interlocuteur", "informateur"],
  sourcesHeads: ["sources"],
  pluralOpenings: [
    "des", "les", "ces", "plusieurs", "certains", "certaines", "deux", "trois", "quatre", "cinq", "six", "sept",
    "huit", "neuf", "dix", "de nombreux", "de nombreuses", "nombre de", "nos", "vos", "leurs", "ils", "elles",
    "d'autres", "diverses", "divers", "quelques",
  ],
  singularOpenings: ["un", "une", "cette", "ce", "cet", "le", "la", "l", "il", "elle", "un autre", "une autre", "son", "sa"],
  numbers: [
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "une dizaine",
    "une vingtaine", "une douzaine",
  ],
  irregularPlurals: [],
  corroboration: [
    "sources concordantes", "de sources concordantes", "confirmé* par", "confirmant",
    "une autre source", "une deuxième source", "une seconde source", "une troisième source", "un autre responsable",
    "corroboré*", "recoupé*", "documents consultés par", "document consulté par", "documents obtenus par",
    "selon des documents", "d'après des documents", "de même source", "deux sources", "trois sources",
  ],
  speculation: [
    "pourrait", "pourraient", "pourrait-il", "pourrait-elle", "probablement", "sans doute", "peut-être",
    "vraisemblablement", "il est possible que", "il n'est pas exclu", "n'est pas exclu", "il semble que",
    "semblerait", "sembleraient", "devrait", "devraient", "estime", "estiment", "pense", "pensent", "croit",
    "croient", "soupçonne", "redoute", "redoutent",
  ],
  judgement: [
    "incompétent*", "incompétence", "catastrophique*", "désastreu*", "scandaleu*", "honteu*", "ridicule*",
    "absurde*", "irresponsable*", "lamentable*", "pitoyable*", "grotesque*", "menteur*", "mensonge*", "minable*",
    "indigne*", "amateurisme", "amateur*", "trahi*", "trahison", "chaotique*", "arrogant*", "arrogance",
    "déconnecté*", "règlement de comptes",
  ],
  allegations: [
    "accusé*", "accusation*", "détourn*", "corruption", "corrompu*", "pot*-de-vin", "blanchiment", "fraude*",
    "escroquerie*", "abus de biens sociaux", "prise illégale d'intérêts", "trafic d'influence", "favoritisme",
    "harcèlement", "agression sexuelle", "viol", "violé*", "malversation*", "soupçonné*", "soupçons de",
    "aurait détourné", "aurait versé", "auraient versé", "aurait touché", "emploi* fictif*", "espionnage",
    "intelligence avec une puissance étrangère", "torture*", "crime* de guerre", "massacre*",
  ],
  responses: [
    "n'a pas répondu", "n'ont pas répondu", "n'avait pas répondu", "n'a pas souhaité", "n'ont pas souhaité",
    "n'a pas donné suite", "n'ont pas donné suite", "contacté*", "sollicité*",
    "n'a pas pu être joint*", "n'ont pas pu être joint*", "n'était pas joignable", "injoignable*",
    "n'a pas réagi", "n'ont pas réagi", "dément", "démentent", "a démenti", "ont démenti", "a nié", "ont nié", "nie",
    "réfute", "conteste", "se refuse à tout commentaire", "refuse de commenter", "pas de commentaire",
    "sans commentaire",
  ],
  declines: [
    "n'a pas souhaité commenter", "n'ont pas souhaité commenter", "n'a pas souhaité réagir", "n'ont pas souhaité réagir",
    "n'a pas souhaité s'exprimer", "n'ont pas souhaité s'exprimer", "se refuse à tout commentaire",
    "s'est refusé à tout commentaire", "s'est refusée à tout commentaire", "refuse de commenter",
    "a refusé de commenter", "n'a pas voulu commenter", "n'a pas donné suite",
  ],
  caveats: [
    "n'a pas pu être vérifié*", "n'ont pas pu être vérifié*", "n'a pu être vérifié*", "n'ont pu être vérifié*",
    "n'a pas pu être confirmé*", "n'ont pas pu être confirmé*", "n'a pu être confirmé*",
    "de source indépendante", "impossible à vérifier", "impossible de vérifier", "invérifiable*",
    "non vérifié*", "non confirmé*", "pas en mesure de vérifier", "pas pu vérifier", "pas pu confirmer",
    "sous toutes réserves",
  ],
  relays: ["citant", "citée par", "cité par", "citées par", "cités par", "relayé* par"],
};

export default fr;
