// Portuguese. Examples are from the dev corpus (tests/eval/dev/pt.jsonl: Fake.br corpus, UD Portuguese Bosque).
import type { LanguageData } from "../../detect/lexicon";
import { inflect } from "../../detect/morphology";

/** Third persons of the present, preterite and imperfect, and the participle: « afirma », « afirmou », « tem afirmado ». */
const paradigms = {
  ar: ["a", "am", "ou", "aram", "ado", "ava", "avam"],
  er: ["e", "em", "eu", "eram", "ido", "ia", "iam"],
  ir: ["e", "em", "iu", "iram", "ido", "ia", "iam"],
};
/** « diz-se », « teme-se »: the impersonal « se » after a verb's third person; before it, it is a reflexive (« O
 * ex-deputado se diz inocente »). */
const impersonal = (lemmas: string[]) =>
  inflect(lemmas, { ar: ["a", "ou"], er: ["e", "eu"], ir: ["e", "iu"] }).map((form) => `${form}-se`);

const pt: LanguageData = {
  code: "pt",
  prodrop: true,
  singularArticle: true,
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
    "fonte|fontes": { category: "other", generic: true, bare: true },
    // « segundo relataram dois funcionários do governo, sob condição de anonimato »
    "funcionário|funcionários|funcionária|funcionárias": { category: "official" },
    "responsável|responsáveis": { category: "official" },
    "autoridade|autoridades": { category: "official", institutional: true },
    "porta-voz|porta-vozes": { category: "official", onRecord: true },
    // « Segundo integrantes desses partidos », « Segundo assessores do Planalto »
    "integrante|integrantes": { category: "other" },
    "membro|membros": { category: "other" },
    "assessor|assessores|assessora": { category: "official" },
    "pessoa|pessoas": { category: "other", generic: true, human: true },
    "homem|homens": { category: "other", human: true },
    "mulher|mulheres": { category: "other", human: true },
    "amigo|amigos": { category: "close", strong: true },
    "cientista|cientistas": { category: "expert", strong: true, vague: true },
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
  notSources: ["fontes históricas", "fonte histórica", "fonte de recursos", "fontes de recursos", "fonte de renda", "fontes de renda", "fonte de energia",
    "fontes de energia", "fonte de água", "fonte de informação", "fontes de informação"],
  prepositions: ["de", "do", "da", "dos", "das", "a", "ao", "aos", "à", "às", "em", "no", "na", "nos", "nas", "por",
    "pelo", "pela", "pelos", "pelas", "para", "com", "sem", "sobre", "entre", "desde", "junto"],
  objectPronouns: ["o", "a", "os", "as", "lhe", "lhes", "me", "nos"],
  complements: ["de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas"],
  inclusions: ["entre eles", "entre elas", "como"],
  agents: ["por", "pelo", "pela", "pelos", "pelas"],
  relatives: ["o qual", "a qual", "os quais", "as quais", "quem"],
  coordinators: ["e", "ou"],
  phraseBreaks: ["que", "porque", "para", "mas", "quando", "embora", "enquanto", "segundo", "e que"],
  clauseBreaks: ["que", "mas", "porque", "se", "quando", "embora", "onde", "enquanto", "e", "ou"],
  // « uma fonte do governo citada pela agência », « Fontes ouvidas pela reportagem »
  describers: ["que", "falando", "citada", "citado", "citadas", "citados", "ouvida", "ouvido", "ouvidas", "ouvidos",
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
    verbs: {
      // « disse uma fonte », « Fontes das Nações Unidas admitem », « relataram dois funcionários »
      saying: inflect([
        "afirmar", "explicar", "revelar", "confirmar", "declarar", "comentar", "insistir", "alertar", "relatar", "notar",
        "comunicar", "indicar", "destacar", "ressaltar", "acrescentar", "informar", "contestar", "criticar", "garantir",
        "assegurar", "detalhar", "sublinhar", "recordar", "lembrar", "contar", "adiantar", "admitir", "referir",
        "sustentar", "reconhecer", "defender", "apontar", "frisar", "salientar", "reiterar", "negar", "desmentir",
        "denunciar", "queixar", "lamentar", "advertir", "avisar", "observar", "responder", "confidenciar", "confessar",
        "narrar", "descrever|descreve|descrevem|descreveu|descreveram|descrito", "esclarecer", "asseverar",
        "anunciar", "antecipar", "argumentar", "circular|circula|circulam", "confidenciar",
        "dizer|diz|dizem|disse|disseram|dito|dizia|diziam", "apurar|apurou", "saber|soube",
      ], paradigms),
      // « para muitos analistas », « avaliam especialistas », « acreditam fontes do governo »
      thinking: inflect([
        "avaliar", "estimar", "considerar", "acreditar", "calcular", "julgar", "duvidar", "suspeitar", "pensar",
        "prever|prevê|preveem|previu", "crer|crê|creem|creu", "supor|supõe|supõem|supôs",
      ], paradigms),
      // « temem assessores », « esperam aliados »: said of anyone in ordinary prose
      feeling: inflect(["temer", "esperar", "preocupar", "concordar"], paradigms),
    },
    auxiliaries: ["tem", "têm", "tinha", "tinham", "havia", "haviam", "teria", "teriam"],
    // « foi confirmado pela polícia »
    passives: ["é", "são", "foi", "foram", "sido", "era", "eram", "será", "serão"],
  },
  pronouns: { singular: ["ele", "ela"], plural: ["eles", "elas"], impersonal: [] },
  reportative: { modals: [], perfect: [], participles: [] },
  expletives: [],
  // « No Planalto, avaliam », « em Brasília comenta-se »
  locatives: ["em", "no", "na", "nos", "nas", "junto a", "junto ao", "junto de"],
  hearsay: [
    ...impersonal(["dizer|diz|disse", "comentar", "falar", "especular", "temer", "acreditar",
      "estimar", "calcular", "rumorejar", "suspeitar"]),
    "consta que", "segundo rumores", "corre o rumor",
  ],
  // « alegadamente », « supostamente » hedge an allegation; they name no hearsay
  subjectHearsay: [],
  // « Ao que o PÚBLICO apurou »
  outletOwn: [],
  outletVerbs: ["apurou", "soube"],
  // « sob condição de anonimato »
  // « que pediu para não ser identificado », « que não quis se identificar »
  anonymityMarkers: ["anonimato", "anônimo", "anônima", "anónimo", "anónima", "em off"],
  refusedMarkers: ["ser identificado", "ser identificada", "ser identificados", "se identificar", "ser nomeado",
    "ser nomeada", "ser citado", "ser citada"],
  negations: ["não", "sem", "nunca"],
  hedges: ["alegadamente", "supostamente"],
  // « teria participado das manobras »
  conditionalAuxiliaries: ["teria", "teriam", "seria", "seriam", "estaria", "estariam"],
  reflexives: ["se"],
  titles: ["sr", "sra", "dr", "dra"],
};

export default pt;
