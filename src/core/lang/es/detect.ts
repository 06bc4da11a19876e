// Spanish. Examples are from the dev corpus (tests/eval/dev/es.jsonl: FakeNewsCorpusSpanish and Latin American news sites).
import type { LanguageData } from "../../detect/lexicon";
import { inflect } from "../../detect/morphology";

/** Third persons of the present, preterite and imperfect, and the participle: « indica », « indicó », « ha indicado ». */
const paradigms = {
  // and the past subjunctive after « después de que »: « informaran »
  ar: ["a", "an", "ó", "aron", "ado", "aba", "aban", "ara", "aran"],
  er: ["e", "en", "ió", "ieron", "ido", "ía", "ían", "iera", "ieran"],
  ir: ["e", "en", "ió", "ieron", "ido", "ía", "ían", "iera", "ieran"],
};
/** « se dice », « se teme », « se informó »: the impersonal « se » with a verb's third person, present or past. */
const impersonal = (lemmas: string[]) =>
  inflect(lemmas, { ar: ["a", "ó"], er: ["e", "ió"], ir: ["e", "ió"] }).map((form) => `se ${form}`);

const es: LanguageData = {
  code: "es",
  prodrop: true,
  singularArticle: true,
  stopwords: ["el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para", "es", "se",
    "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "este", "esta", "según", "también", "muy"],
  determiners: {
    indefinite: ["un", "una", "unos", "unas"],
    // « aseguró la fuente », « el funcionario entrevistado por CNN »
    definite: ["el", "la", "los", "las", "del", "al", "su", "sus"],
    demonstrative: ["este", "esta", "estos", "estas", "ese", "esa", "esos", "esas"],
    own: ["nuestras", "nuestra", "nuestros", "nuestro"],
    // « testimonios anónimos de varios agentes especiales »
    quantity: ["dos", "tres", "cuatro", "cinco", "varios", "varias", "algunos", "algunas", "muchos", "muchas",
      "numerosos", "numerosas", "diversos", "diversas", "distintas", "distintos"],
  },
  partitives: ["uno de los", "una de las", "uno de", "una de", "algunos de los", "varios de los", "la mayoría de los"],
  // « revelaron los mismos voceros a este diario »
  same: ["mismo", "misma", "mismos", "mismas"],
  other: ["otro", "otra", "otros", "otras", "segundo", "segunda", "tercer", "tercera"],
  heads: {
    // « según fuentes diplomáticas », « aseguró la fuente », « una alta fuente oficial »
    "fuente|fuentes": { category: "other", generic: true, bare: true },
    // « Un funcionario del Gobierno de EEUU que emitió declaraciones a CNN afirmó »
    "funcionario|funcionarios|funcionaria|funcionarias": { category: "official" },
    // « Autoridades familiarizadas con la investigación dijeron »
    "autoridad|autoridades": { category: "official", institutional: true },
    "responsable|responsables": { category: "official" },
    "portavoz|portavoces": { category: "official", onRecord: true },
    "vocero|voceros": { category: "official", onRecord: true },
    "vocera|voceras": { category: "official", onRecord: true },
    "miembro|miembros": { category: "other" },
    "persona|personas": { category: "other", generic: true, human: true },
    "hombre|hombres": { category: "other", human: true },
    "mujer|mujeres": { category: "other", human: true },
    // « señala un cargo », « un alto cargo del Ministerio »
    "cargo|cargos": { category: "official" },
    // « círculos diplomáticos », « el entorno del presidente », « una versión indicaba »
    "círculo|círculos": { category: "other", collective: true },
    "entorno": { category: "close", strong: true, collective: true },
    "amigo|amigos": { category: "close", strong: true },
    "familiar|familiares": { category: "close", strong: true },
    "interlocutor|interlocutores": { category: "other" },
    "activista|activistas": { category: "other", strong: true, vague: true },
    "versión|versiones": { category: "other", strong: true, vague: true, collective: true },
    // « según informes de prensa »; « el informe » is one document, the one the story names (« dijo el informe »).
    "informe|informes": { category: "media", strong: true, vague: true },
    // « un trabajador de la región del nordeste aseguró »
    "trabajador|trabajadores": { category: "other" },
    "diplomático|diplomáticos": { category: "diplomatic", strong: true },
    "investigador|investigadores": { category: "security", strong: true },
    "agente|agentes": { category: "security", strong: true },
    "policía|policías": { category: "security", strong: true },
    "militar|militares": { category: "military", strong: true },
    // « con allegados suyos quienes revelaron »
    "allegado|allegados": { category: "close", strong: true },
    "cercano|cercanos": { category: "close", strong: true },
    "colaborador|colaboradores": { category: "close", strong: true },
    "asesor|asesores": { category: "political", strong: true },
    "dirigente|dirigentes": { category: "political", strong: true },
    "testigo|testigos": { category: "witness", strong: true },
    "vecino|vecinos": { category: "witness", strong: true },
    // « Expertos consultados por CNN dicen », « Los analistas señalan »
    "experto|expertos|experta": { category: "expert", strong: true, vague: true },
    "analista|analistas": { category: "expert", strong: true, vague: true },
    "especialista|especialistas": { category: "expert", strong: true, vague: true },
    "observador|observadores": { category: "other", strong: true, vague: true },
    "crítico|críticos": { category: "other", strong: true, vague: true },
    "medio|medios": { category: "media", strong: true, vague: true, collective: true },
    "prensa": { category: "media", strong: true, vague: true, collective: true },
    "rumor|rumores": { category: "other", strong: true, vague: true, collective: true },
  },
  modifiers: {
    // « fuentes diplomáticas », « fuentes policiales », « Fuentes oficiales del banco »
    "diplomática": "diplomatic", "diplomáticas": "diplomatic", "diplomático": "diplomatic", "diplomáticos": "diplomatic",
    "embajada": "diplomatic", "cancillería": "diplomatic",
    "policial": "security", "policiales": "security", "policía": "security", "seguridad": "security", "seguras": "security",
    "judicial": "judicial", "judiciales": "judicial", "fiscalía": "judicial", "tribunal": "judicial",
    "militar": "military", "militares": "military", "ejército": "military", "defensa": "military",
    "inteligencia": "intelligence",
    "banco": "business", "empresa": "business", "empresariales": "business",
    "oficial": "official", "oficiales": "official", "gubernamental": "official", "gubernamentales": "official",
    "gobierno": "official", "ministerio": "official",
    // « fuentes próximas a Moreno », « Fuentes de su equipo », « un miembro del entorno de la Presidenta »
    "próximas": "close", "próxima": "close", "próximo": "close", "próximos": "close", "cercana": "close",
    "cercanas": "close", "cercano": "close", "cercanos": "close", "entorno": "close", "equipo": "close",
    "conocedoras": "close", "conocedores": "close", "familiarizadas": "close", "familiarizados": "close",
    "política": "political", "políticas": "political", "partido": "political",
  },
  // « confundir la información de dos fuentes diferentes », « retener la fuente de información »
  notSources: ["fuentes históricas", "fuente histórica", "fuente de información", "fuentes de información", "fuente de ingresos", "fuentes de ingresos",
    "fuente de energía", "fuentes de energía", "fuentes diferentes", "fuente de agua", "fuentes de agua"],
  prepositions: ["de", "del", "a", "al", "en", "por", "para", "con", "sin", "sobre", "entre", "desde", "hacia",
    "tras", "ante", "bajo"],
  objectPronouns: ["lo", "la", "los", "las", "le", "les", "me", "nos"],
  complements: ["de", "del", "en"],
  inclusions: ["entre ellos", "entre ellas", "como"],
  agents: ["por"],
  relatives: ["el cual", "la cual", "los cuales", "las cuales", "quien", "quienes"],
  coordinators: ["y", "o"],
  phraseBreaks: ["que", "porque", "para", "pero", "cuando", "luego", "aunque", "mientras", "según", "y que",
    "quienes", "quien"],
  clauseBreaks: ["que", "pero", "porque", "si", "cuando", "aunque", "donde", "mientras", "y", "o", "sino"],
  // « el funcionario entrevistado por CNN », « Expertos consultados por CNN »
  describers: ["que", "quien", "hablando", "consultado", "consultada", "consultados", "consultadas", "entrevistado",
    "entrevistada", "entrevistados", "citado", "citada", "citados", "citadas", "próximas", "próximos", "cercana",
    "cercano", "cercanas", "cercanos", "conocedoras", "conocedores", "familiarizadas", "familiarizados"],
  skippable: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer", "hoy", "también",
    "además", "luego", "después", "sin embargo", "por su parte", "este lunes", "este martes", "este miércoles",
    "este jueves", "este viernes", "este sábado", "este domingo"],
  adverbSuffix: "mente",
  // « confió a La Nacion una alta fuente oficial », « confió a este diario un miembro del entorno »
  recipients: ["a", "al"],
  cues: {
    // « Según fuentes oficiales », « De acuerdo con información preliminar »
    before: ["según", "de acuerdo con", "de acuerdo a", "en opinión de", "en opinión del"],
    after: [],
    weakBefore: [],
    // « Según trascendió de fuentes seguras »
    bare: ["de"],
    relay: ["citando"],
    verbs: {
      // « aseguró la fuente », « La fuente añadió », « insisten fuentes próximas a Moreno », « dijeron a la agencia »
      saying: inflect([
        "afirmar", "asegurar", "señalar", "indicar", "explicar", "revelar", "confirmar", "precisar", "declarar",
        "comentar", "alertar", "relatar", "notar", "comunicar", "agregar", "detallar", "confiar", "descartar", "informar",
        "mencionar", "contestar", "recalcar", "subrayar", "reiterar", "insistir", "añadir", "responder", "reconocer",
        "admitir", "apuntar", "destacar", "adelantar", "anticipar", "aclarar", "denunciar", "criticar", "lamentar",
        "narrar", "puntualizar", "matizar", "desmentir|desmiente|desmienten|desmintió|desmintieron|desmentido",
        "asumir", "argumentar", "argüir|arguye|arguyen|arguyó", "avisar", "advertir|advierte|advierten|advirtió|advirtieron|advertido",
        "decir|dice|dicen|dijo|dijeron|dicho|decía|decían", "describir|describe|describen|describió|describieron|descrito",
        "sostener|sostiene|sostienen|sostuvo|sostuvieron|sostenido", "mantener|mantiene|mantienen|mantuvo|mantuvieron",
        "contar|cuenta|cuentan|contó|contaron|contado", "recordar|recuerda|recuerdan|recordó|recordaron|recordado",
        "concluir|concluye|concluyen|concluyó|concluyeron", "pedir|pide|piden|pidió|pidieron",
        "continuar|continúa|continúan|continuó|continuaron", "trascender|trascendió",
        "confesar|confiesa|confiesan|confesó|confesaron", "anotar", "anunciar", "expresar", "plantear", "desvelar",
        "ironizar", "apostillar", "manifestar|manifiesta|manifiestan|manifestó|manifestaron",
        "sugerir|sugiere|sugieren|sugirió|sugirieron", "circular|circula|circulan",
      ], paradigms),
      // « Los expertos predicen », « consideran los analistas », « creen fuentes del Gobierno »
      thinking: inflect([
        "considerar", "estimar", "opinar", "calcular", "evaluar", "juzgar", "sospechar", "dudar", "prever|prevé|prevén|previó",
        "predecir|predice|predicen|predijo", "creer|cree|creen|creyó|creyeron|creído", "pensar|piensa|piensan|pensó|pensaron",
        "suponer|supone|suponen|supuso", "entender|entiende|entienden|entendió",
      ], paradigms),
      // « temen en el Gobierno », « lamentan sus allegados »: said of anyone in ordinary prose
      feeling: inflect(["temer", "esperar", "preocupar", "coincidir", "lamentar", "celebrar"], paradigms),
    },
    auxiliaries: ["ha", "han", "había", "habían", "habría", "habrían"],
    // « fue confirmado », « han sido informados »
    passives: ["es", "son", "fue", "fueron", "sido", "era", "eran", "será", "serán"],
  },
  pronouns: { singular: ["él", "ella"], plural: ["ellos", "ellas"], impersonal: [] },
  reportative: { modals: [], perfect: [], participles: [] },
  expletives: [],
  // « En Moncloa se teme », « desde el Gobierno aseguran »
  locatives: ["en", "desde", "en el entorno de", "en el entorno del"],
  // « se cree que el homicida », « Se indicó que los detenidos », « De manera extraoficial trascendió que »
  hearsay: [
    // Not « se informó », « se indicó », « se estima »: a press release's or a statistic's passive, whose source the
    // paragraph names (« se informó en un comunicado »).
    ...impersonal(["decir|dice|dijo", "creer|cree|creía", "saber|supo", "temer", "rumorear", "comentar",
      "especular", "asegurar", "sospechar"]),
    "trascendió", "según trascendió", "corre el rumor", "según rumores",
  ],
  // « presuntamente », « supuestamente » hedge an allegation (« el presunto asesino »): they name no hearsay
  subjectHearsay: [],
  outletOwn: ["según pudo saber", "según ha podido saber", "según supo"],
  outletVerbs: ["supo", "conoció"],
  // « Entre los testimonios individuales publicados, siempre de forma anónima », « en off »
  anonymityMarkers: ["anonimato", "anónimo", "anónima", "anónimos", "anónimas", "de forma anónima", "en off"],
  // « que pidió no ser identificada »
  refusedMarkers: ["ser identificado", "ser identificada", "ser identificados", "ser identificadas", "ser nombrado",
    "ser nombrada", "ser citado", "ser citada", "identificarse"],
  negations: ["no", "sin", "nunca"],
  hedges: ["presuntamente", "supuestamente", "no pudo ser verificada", "no ha podido ser confirmada"],
  conditionalAuxiliaries: ["habría", "habrían", "sería", "serían", "tendría", "tendrían"],
  reflexives: ["se"],
  titles: ["sr", "sra", "dr", "dra", "lic"],
};

export default es;
