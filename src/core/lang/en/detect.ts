// English. Examples are from the dev corpus (tests/eval/dev/en.jsonl: Reuters, AP, NYT, Politico, The Hill…).
import type { LanguageData } from "../../detect/lexicon";

/**
 * The forms of a verb that attribute, by rule: the lemma, its third person and its past ("warn", "warns", "warned";
 * "deny", "denies", "denied"; "stress", "stresses"). Irregular pasts and doubled consonants are given after a "|":
 * "say|said", "admit|admitted".
 */
function inflect(entry: string): string[] {
  const [lemma, ...past] = entry.split("|") as [string, ...string[]];
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY ? lemma.slice(0, -1) + "ies" : /(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + "es" : lemma + "s";
  const regular = consonantY ? lemma.slice(0, -1) + "ied" : lemma.endsWith("e") ? lemma + "d" : lemma + "ed";
  return [lemma, third, ...(past.length > 0 ? past : [regular])];
}

/** Hearsay in the passive, every tense and with "widely": "is said", "was widely reported", "has been rumored". */
const passiveHearsay = ["is", "are", "was", "were", "has been", "have been", "had been"].flatMap((be) =>
  ["", "widely "].flatMap((adverb) =>
    ["said", "thought", "believed", "understood", "rumored", "rumoured", "reported"].map((p) => `${be} ${adverb}${p}`),
  ),
);

const en: LanguageData = {
  code: "en",
  // Bodies go bare in running text: "police said", "staff say".
  singularArticle: false,
  stopwords: ["the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "she",
    "by", "at", "from", "his", "her", "have", "has", "are", "said", "this", "which", "would", "were", "been", "they"],
  determiners: {
    indefinite: ["a", "an", "one"],
    // « her advisers said », « the official added », « Cruz's allies »
    definite: ["the", "his", "her", "their", "its"],
    // « That person said », « Mrs. Clinton, these people said »
    demonstrative: ["this", "that", "these", "those"],
    own: ["our"],
    // « three people briefed on the discussions », « several Indiana GOP insiders », « some economists said »
    quantity: ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "dozens of",
      "several", "multiple", "some", "many", "few", "a few", "a number of", "numerous", "various", "most",
      "an increasing number of", "a growing number of", "a handful of", "all"],
  },
  // « according to one of his senior aides », « Two-thirds of Democratic insiders said »
  partitives: ["one of", "some of", "many of", "most of", "several of", "two of", "three of", "each of", "all of",
    "two-thirds of", "half of", "interviews with"],
  same: ["same"],
  // « Another source familiar with Cruz's thinking said », « A third source said », « a separate intelligence source »
  other: ["another", "other", "second", "third", "fourth", "separate", "different"],
  heads: {
    // « a source close to the campaign said », « sources told POLITICO »
    "source|sources": { category: "other", generic: true },
    // « officials said », « a senior administration official said »
    "official|officials": { category: "official" },
    // « a dozen party leaders and officials involved in the delegate selection process »
    "leader|leaders": { category: "political" },
    // « people familiar with the matter », « a person briefed on the talks »
    "person|people||persons": { category: "other", generic: true, human: true },
    // « aides said », « one of his senior aides », « her advisers said Friday »: a campaign's by default, the White
    // House's in a story on the administration (« Aides said Mr. Obama was haunted… » after « administration officials »)
    "aide|aides": { category: "political", principal: true },
    "adviser|advisers|advisor|advisors": { category: "political", principal: true },
    "insider|insiders": { category: "political" },
    "staffer|staffers": { category: "political", principal: true },
    "operative|operatives": { category: "political" },
    // « A Rosneft spokesman said »: the company on the record
    "spokesman|spokesmen": { category: "official", onRecord: true },
    "spokeswoman|spokeswomen": { category: "official", onRecord: true },
    "spokesperson|spokespeople||spokespersons": { category: "official", onRecord: true },
    "member|members": { category: "other" },
    "officer|officers": { category: "security" },
    "agent|agents": { category: "security" },
    // « Allies say », « Mrs. Clinton's confidants say », « Gore's close friends and allies »
    "ally|allies": { category: "close", strong: true },
    "confidant|confidants|confidante": { category: "close", strong: true },
    "friend|friends": { category: "close", strong: true },
    "associate|associates": { category: "close", strong: true },
    // « a Democratic strategist who spoke on the condition of anonymity », « an Iowa Democrat said »
    "strategist|strategists": { category: "political", strong: true },
    "lawmaker|lawmakers": { category: "political", strong: true },
    "senator|senators": { category: "political", strong: true },
    "legislator|legislators": { category: "political", strong: true },
    "democrat|democrats": { category: "political", strong: true },
    "republican|republicans": { category: "political", strong: true },
    "diplomat|diplomats": { category: "diplomatic", strong: true },
    // « an industry lobbyist who spoke on the condition of anonymity », « donors said »
    "lobbyist|lobbyists": { category: "business", strong: true },
    "donor|donors": { category: "business", strong: true },
    "employee|employees": { category: "business", strong: true },
    "executive|executives": { category: "business", strong: true },
    "banker|bankers": { category: "business", strong: true },
    // « according to an attendee », « a person who attended »
    "witness|witnesses": { category: "witness", strong: true },
    "attendee|attendees": { category: "witness", strong: true },
    "resident|residents": { category: "witness", strong: true },
    // « experts say », « Analysts said », « many economists say », « critics argue », « Some observers say »
    "expert|experts": { category: "expert", strong: true, vague: true },
    "analyst|analysts": { category: "expert", strong: true, vague: true },
    "economist|economists": { category: "expert", strong: true, vague: true },
    "observer|observers": { category: "other", strong: true, vague: true },
    "critic|critics": { category: "other", strong: true, vague: true },
    "opponent|opponents": { category: "other", strong: true, vague: true },
    "supporter|supporters": { category: "other", strong: true, vague: true },
    "fan|fans": { category: "other", strong: true, vague: true },
    // « Some believe… », « others say he has never been healthier »
    // « according to reports », "media reports say"
    "|reports": { category: "media", strong: true, vague: true, collective: true },
    // « some MPs argue »
    "mp|mps": { category: "political", strong: true },
    "|some||many||others||few": { category: "other", strong: true, vague: true, collective: true },
  },
  modifiers: {
    // « a White House official », « a State Department official », « federal officials said »
    "white house": "official", "state department": "official", "administration": "official",
    "government": "official", "federal": "official", "city": "official",
    // « For the president, who reportedly has been itching to get off the sidelines »
    "president": "official",
    "county": "official",
    // « a Pentagon official », « American military officials »
    "pentagon": "military", "military": "military", "defense": "military", "army": "military",
    // « law enforcement officials », « Police officials said », « border officials say »
    "law enforcement": "security", "police": "security", "border": "security", "homeland security": "security",
    "fbi": "security", "security": "security",
    // « multiple intelligence sources who have seen the correspondence »
    "intelligence": "intelligence", "cia": "intelligence", "nsa": "intelligence",
    "justice department": "judicial", "court": "judicial", "prosecutors": "judicial", "judicial": "judicial",
    "legal": "judicial",
    "diplomatic": "diplomatic", "embassy": "diplomatic", "foreign ministry": "diplomatic",
    // « people familiar with her thinking », « sources close to her campaign », « three people briefed on »
    "close": "close", "familiar": "close", "orbit": "close", "inner circle": "close", "briefed": "close", "knowledge": "close", "privy": "close",
    "democratic": "political", "republican": "political", "gop": "political", "democrat": "political",
    "campaign": "political", "congressional": "political", "party": "political", "senate": "political",
    "political": "political",
    "industry": "business", "company": "business", "financial": "business", "corporate": "business",
    "bank": "business", "business": "business",
    // « according to a person who attended », « one GOP source in the room »
    "attended": "witness", "in attendance": "witness", "present": "witness",
  },
  // « a key source of revenue », « renewable energy sources », « open source »
  // « according to official figures », « historical sources »: documents and statistics, not people
  notSources: ["official figures", "official data", "official statistics", "historical sources", "source of", "sources of", "source code", "energy sources", "energy source", "power source",
    "funding sources", "water source", "water sources", "light source", "heat source", "food source",
    "food sources", "open source"],
  prepositions: ["of", "to", "with", "in", "on", "at", "for", "from", "by", "about", "into", "within", "against",
    "without", "through", "toward", "towards", "despite", "during", "across", "behind", "beyond",
    "near", "among", "over", "under"],
  // « said one source who identified Sullivan but spoke on the condition of anonymity because of the sensitive… »
  phraseBreaks: ["because", "as", "adding", "asking", "saying", "citing", "referring", "when", "after", "while",
    "before", "although", "though", "since", "in a statement", "in an interview", "but", "and added", "and said"],
  // « many experts and some lawmakers say »
  objectPronouns: [],
  complements: [],
  inclusions: ["including", "among them", "such as"],
  agents: ["by"],
  relatives: ["which", "whom"],
  coordinators: ["and", "or"],
  clauseBreaks: ["that", "which", "while", "when", "but", "and", "or", "because", "if", "although", "though", "after",
    "before", "since", "as", "where", "whether", "so", "than", "nor", "what", "why", "how", "even"],
  // « The official, who spoke on the condition of anonymity… », « a strategist…, speaking on the condition… »
  describers: ["who", "whom", "speaking", "familiar", "close", "briefed", "involved", "including", "with knowledge",
    "like", "requesting", "granted", "not authorized", "present", "while"],
  skippable: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on monday",
    "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday", "on sunday", "also", "later", "again",
    "then", "earlier", "however", "last week", "last month", "last year", "this week", "in the past",
    "yesterday", "today", "now", "too", "have", "has", "had"],
  adverbSuffix: "ly",
  recipients: ["to"],
  cues: {
    // « according to a senior official », « citing people familiar with the matter »
    before: ["according to", "per"],
    after: [],
    weakBefore: [],
    bare: [],
    // « the Post reported, citing people familiar »
    relay: ["citing"],
    verbs: {
      // « officials said », « said a senior official », « people familiar with the matter say », « critics argue »
      saying: [
        ...["say|said", "tell|told", "write|wrote", "add", "explain", "confirm", "insist", "warn", "suggest", "contend",
          "predict", "complain", "reveal", "maintain", "assert", "stress", "recount", "acknowledge", "argue", "indicate",
          "concede", "disclose", "emphasize", "emphasise", "caution", "challenge", "admit|admitted", "describe",
          "recall", "confide", "observe", "remark", "announce", "deny", "reply", "allege", "testify|testified",
          "declare", "point out|pointed out", "mention", "boast", "quip|quipped", "reiterate", "whisper"].flatMap(inflect),
        // Verbs that are also nouns ("the comments", "a report"): their past alone
        "noted", "stated", "reported", "claimed", "commented", "responded", "countered", "questioned", "signaled",
        "signalled", "tweeted", "joked", "estimated", "projected",
        // « an increasing number of Democrats … are warning against »: the progressive, whole, so no passive is read
        "warning", "is warning", "are warning", "was warning", "were warning", "learned",
      ],
      // « Some believe… », « many economists expect », « Experts think »
      thinking: ["believe", "think|thought", "expect", "suspect", "speculate", "predict", "doubt", "assume", "estimate",
        "reckon", "consider", "acknowledge", "contend", "anticipate", "conclude", "judge"].flatMap(inflect),
      // « officials fear », « privately worry », « Democrats agree »: said of anyone in ordinary prose
      feeling: [...["feel|felt", "worry", "fear", "agree", "hope", "wonder", "regret|regretted", "lament", "bristle",
        "grumble", "concern"].flatMap(inflect), "privately worry"],
    },
    // « Sanders advisers had said », « Gore's close friends and allies have in the past said »
    auxiliaries: ["has", "have", "had", "did", "does", "do", "will", "would", "are", "is", "were", "was"],
    // « roughly 1,100 foreign donor names weren't disclosed »
    passives: ["is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't", "get", "got"],
  },
  // « they said », « she said », « according to him »
  pronouns: { singular: ["he", "she", "him"], plural: ["they", "them"], impersonal: [] },
  reportative: { modals: [], perfect: [], participles: [] },
  expletives: [],
  locatives: [],
  // « it is said », « Word is », « We're told that… », « It's reportedly celebrating Obamacare »
  // « it is said », « it was widely reported », « It is thought that the fake site is being run from Romania »
  hearsay: [...passiveHearsay.map((p) => `it ${p}`), ...passiveHearsay.map((p) => `it's ${p.replace(/^is /, "")}`),
    "word is", "we're told", "we are told", "rumor has it", "rumour has it", "there are rumors", "there are rumours",
    "there were rumors", "there were rumours"],
  // « The FBI is reportedly making arrangements », « the LSE is thought to be highlighting », « has been rumored to »
  subjectHearsay: ["reportedly", ...passiveHearsay.map((p) => `${p} to`)],
  outletOwn: [],
  // « The Times has learned »
  outletVerbs: ["learned"],
  // « speaking on condition of anonymity », « who declined to be named », « not authorized to speak publicly »
  anonymityMarkers: ["anonymity", "anonymously", "not authorized", "on background", "off the record"],
  // « who declined to be named », « asked not to be identified »
  refusedMarkers: ["to be named", "to be identified", "be named", "be identified"],
  negations: ["not", "declined", "refused", "t", "never", "without"],
  hedges: ["reportedly", "allegedly", "purportedly", "could not be independently verified",
    "could not independently verify", "unconfirmed"],
  conditionalAuxiliaries: [],
  reflexives: [],
  titles: ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "prof", "st", "sgt"],
};

export default en;
