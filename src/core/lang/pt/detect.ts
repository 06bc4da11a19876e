// Portuguese. Examples are from the dev corpus (tests/eval/dev/pt.jsonl: Fake.br corpus, UD Portuguese Bosque).
import type { LanguageData } from "../../detect/lexicon";

/** The attributing forms of a first-conjugation verb: "afirma", "afirmou", "afirmaram", "tem afirmado"… */
const ar = (stem: string) => ["a", "am", "ou", "aram", "ado", "ava", "avam"].map((ending) => stem + ending);

const pt: LanguageData = {
  code: "pt",
  stopwords: ["o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "no", "na", "um", "uma",
    "para", "com", "não", "por", "se", "ao", "mais", "como", "foi", "pelo", "pela", "segundo", "também", "ser"],
  determiners: {
    indefinite: ["um", "uma", "uns", "umas"],
    // « A mesma fonte afirmou », « segundo as mesmas fontes »
    definite: ["o", "a", "os", "as", "do", "da", "dos", "das", "seu", "sua", "seus", "suas"],
    demonstrative: ["este", "esta", "estes", "estas", "esse", "essa", "esses", "essas", "desses", "dessas"],
    own: ["nossas", "nossa", "nossos", "nosso"],
    // « dois funcionários do governo », « para muitos analistas »
    quantity: ["dois", "duas", "três", "quatro", "cinco", "vários", "várias", "alguns", "algumas", "muitos",
      "muitas", "diversos", "diversas", "outros", "outras"],
  },
  partitives: ["um dos", "uma das", "alguns dos", "algumas das", "a maioria dos"],
  same: ["mesmo", "mesma", "mesmos", "mesmas"],
  other: ["outro", "outra", "outros", "outras", "segunda", "terceira"],
  heads: {
    // « segundo uma fonte », « Fonte policial admite », « Fontes do governo brasileiro dizem »
    "fonte|fontes": { category: "other", generic: true },
    // « segundo relataram dois funcionários do governo, sob condição de anonimato »
    "funcionário|funcionários|funcionária|funcionárias": { category: "official" },
    "responsável|responsáveis": { category: "official" },
    "autoridade|autoridades": { category: "official" },
    "porta-voz|porta-vozes": { category: "official" },
    // « Segundo integrantes desses partidos », « Segundo assessores do Planalto »
    "integrante|integrantes": { category: "other" },
    "membro|membros": { category: "other" },
    "assessor|assessores|assessora": { category: "official" },
    "pessoa|pessoas": { category: "other", generic: true },
    "interlocutor|interlocutores": { category: "other" },
    "diplomata|diplomatas": { category: "diplomatic", strong: true },
    "investigador|investigadores": { category: "security", strong: true },
    "policial|policiais": { category: "security", strong: true },
    "militar|militares": { category: "military", strong: true },
    // « outros ministros já criticaram Fachin », « Deputados que estão em dúvida … dizem »
    "ministro|ministros": { category: "political", strong: true },
    "deputado|deputados": { category: "political", strong: true },
    "parlamentar|parlamentares": { category: "political", strong: true },
    "aliado|aliados": { category: "close", strong: true },
    "próximo|próximos": { category: "close", strong: true },
    "testemunha|testemunhas": { category: "witness", strong: true },
    "morador|moradores": { category: "witness", strong: true },
    // « para muitos analistas », « Especialistas afirmam »
    "especialista|especialistas": { category: "expert", strong: true, vague: true },
    "analista|analistas": { category: "expert", strong: true, vague: true },
    "observador|observadores": { category: "other", strong: true, vague: true },
    "crítico|críticos": { category: "other", strong: true, vague: true },
    // « de acordo com a mídia americana »
    "mídia": { category: "media", strong: true, vague: true, collective: true },
    "imprensa": { category: "media", strong: true, vague: true, collective: true },
    "rumor|rumores": { category: "other", strong: true, vague: true, collective: true },
  },
  modifiers: {
    // « Fonte policial », « fontes da investigação », « fontes coreanas em Lisboa »
    "diplomática": "diplomatic", "diplomáticas": "diplomatic", "diplomático": "diplomatic", "embaixada": "diplomatic",
    "itamaraty": "diplomatic",
    "policial": "security", "policiais": "security", "polícia": "security", "investigação": "security",
    "segurança": "security",
    "judicial": "judicial", "judiciais": "judicial", "justiça": "judicial", "tribunal": "judicial",
    "ministério público": "judicial",
    "militar": "military", "militares": "military", "exército": "military", "defesa": "military",
    "inteligência": "intelligence",
    // « Fontes do governo brasileiro », « fontes da Casa Branca », « assessores do Planalto »
    "governo": "official", "oficial": "official", "oficiais": "official", "governamental": "official",
    "governamentais": "official", "ministério": "official", "planalto": "official", "casa branca": "official",
    "nações unidas": "official", "prefeitura": "official",
    "próxima": "close", "próximas": "close", "próximo": "close", "próximos": "close", "ligadas": "close",
    "ligados": "close",
    "partido": "political", "partidos": "political", "política": "political", "políticas": "political",
    "empresa": "business", "banco": "business",
  },
  // « A segunda fonte de recursos virá »
  notSources: ["fonte de recursos", "fontes de recursos", "fonte de renda", "fontes de renda", "fonte de energia",
    "fontes de energia", "fonte de água", "fonte de informação", "fontes de informação"],
  prepositions: ["de", "do", "da", "dos", "das", "a", "ao", "aos", "à", "às", "em", "no", "na", "nos", "nas", "por",
    "pelo", "pela", "pelos", "pelas", "para", "com", "sem", "sobre", "entre", "desde", "junto"],
  coordinators: ["e", "ou"],
  phraseBreaks: ["que", "porque", "para", "mas", "quando", "embora", "enquanto", "segundo", "e que"],
  clauseBreaks: ["que", "mas", "porque", "se", "quando", "embora", "onde", "enquanto", "e", "ou"],
  // « uma fonte do governo citada pela agência », « Fontes ouvidas pela reportagem »
  describers: ["que", "citada", "citado", "citadas", "citados", "ouvida", "ouvido", "ouvidas", "ouvidos",
    "consultada", "consultado", "consultadas", "consultados", "ligada", "ligado", "ligadas", "ligados", "próxima",
    "próximo", "próximas", "próximos"],
  skippable: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo",
    "ontem", "hoje", "também", "ainda", "já", "depois", "porém", "no entanto", "por seu lado", "por sua vez"],
  adverbSuffix: "mente",
  // « afirmou uma fonte ao Estado », « soube o PÚBLICO junto de fontes coreanas »
  recipients: ["a", "ao", "à"],
  cues: {
    // « segundo uma fonte », « de acordo com uma fonte do governo »
    before: ["segundo", "de acordo com", "conforme"],
    after: [],
    // « Mas, para muitos analistas, aceitar o princípio de uma cúpula… »
    weakBefore: ["para"],
    // « junto de fontes coreanas em Lisboa », « com fontes da investigação »
    bare: ["junto de", "junto a", "com"],
    relay: ["citando"],
    verbs: [
      ...["afirm", "explic", "revel", "confirm", "declar", "coment", "insist", "alert", "relat", "not", "comunic",
        "avali", "indic", "destac", "ressalt", "acrescent", "inform", "contest", "critic", "garant", "assegur",
        "estim", "consider", "detalh", "sublinh", "recorda", "cont", "adiant"].flatMap(ar),
      // Irregulars: « disse uma fonte », « Fontes das Nações Unidas admitem », « dizem que »
      "diz", "dizem", "disse", "disseram", "dizia", "diziam", "admite", "admitem", "admitiu", "admitiram", "refere",
      "referem", "referiu", "referiram", "sustenta", "sustentam", "sustentou", "reconhece", "reconhecem",
      "reconheceu", "reconheceram", "prevê", "preveem", "previu", "soube", "apurou", "revelam", "acredita",
      "acreditam", "defende", "defendem", "defendeu", "criticaram",
    ],
    auxiliaries: ["tem", "têm", "tinha", "tinham", "havia", "haviam", "teria", "teriam"],
  },
  pronouns: { singular: ["ele", "ela"], plural: ["eles", "elas"], impersonal: [] },
  expletives: [],
  locatives: [],
  hearsay: ["diz-se", "consta que", "comenta-se", "fala-se", "especula-se"],
  subjectHearsay: ["alegadamente", "supostamente"],
  // « Ao que o PÚBLICO apurou »
  outletOwn: [],
  outletVerbs: ["apurou", "soube"],
  // « sob condição de anonimato »
  anonymityMarkers: ["anonimato", "anônimo", "anônima", "anónimo", "anónima", "em off"],
  hedges: ["alegadamente", "supostamente"],
  // « teria participado das manobras »
  conditionalAuxiliaries: ["teria", "teriam", "seria", "seriam", "estaria", "estariam"],
  reflexives: ["se"],
  titles: ["sr", "sra", "dr", "dra"],
};

export default pt;
