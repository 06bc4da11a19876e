// English cue phrases for the sourcing checks, as AP, Reuters, the NYT and the BBC print them.
import type { CheckLexicon } from "../../checks/types";

const en: CheckLexicon = {
  anonymityMarkers: [
    "on condition of anonymity", "on the condition of anonymity", "on condition that he not be named",
    "on condition that she not be named", "on condition that they not be named", "requested anonymity",
    "request anonymity", "asked for anonymity", "asking for anonymity", "asked not to be named",
    "asking not to be named", "asked not to be identified", "asking not to be identified", "declined to be named",
    "declined to be identified", "declining to be named", "would not be named", "spoke anonymously",
    "responded anonymously", "speaking anonymously", "on background", "on deep background", "not for attribution",
    "under the condition of anonymity", "granted anonymity", "who was not named",
  ],
  reasons: [
    "because", "for fear of", "fearing", "out of fear", "feared", "to speak freely", "to speak candidly",
    "to speak frankly", "to discuss", "to describe", "to avoid", "to protect", "for security reasons",
    "for safety reasons", "citing safety concerns", "citing security concerns", "as he was", "as she was",
    "as they were", "since he was", "since she was",
  ],
  purposes: ["to", "in order to", "so as to"],
  boilerplateReasons: [
    "not authorized to speak", "not authorised to speak", "not authorized to discuss", "not authorised to discuss",
    "not authorized to comment", "not authorised to comment", "not authorized to talk", "not authorized to be quoted",
    "not permitted to speak", "not allowed to speak", "not authorized to disclose", "not authorized to release",
    "because of the sensitivity", "because of the sensitive nature", "given the sensitivity",
    "due to the sensitivity", "because the matter is sensitive", "because the information is sensitive",
    "to discuss sensitive", "because the talks are private", "because the discussions were private",
    "because the deliberations were private", "because they were not authorized", "because he was not authorized",
    "because she was not authorized", "in line with policy", "in keeping with policy",
  ],
  relatives: ["who", "whom", "having"],
  vantage: [
    "familiar with", "briefed on", "briefed about", "involved in", "close to", "present at", "who attended",
    "who was present", "who were present", "who was in the room", "with knowledge of", "with direct knowledge",
    "knowledgeable about", "with access to", "who has seen", "who have seen", "who had seen", "who saw",
    "who reviewed", "who has read", "participating in", "who took part", "who participated", "working on",
    "who worked on", "who witnessed", "involved with", "privy to", "who helped", "who were told", "who was told",
    "who heard",
  ],
  emptyWords: [
    "a", "an", "the", "one", "another", "other", "some", "several", "many", "multiple", "this", "that", "these",
    "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "of", "and", "who",
    "said", "told", "according", "to",
  ],
  genericHeads: ["source", "sources", "official", "officials", "person", "people", "persons", "individual", "insider", "insiders"],
  sourcesHeads: ["sources"],
  pluralOpenings: [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "a dozen", "a number of",
    "a handful of", "a couple of", "a group of", "several", "some", "many", "multiple", "numerous", "various",
    "these", "those", "they", "both", "all", "most",
  ],
  singularOpenings: ["a", "an", "one", "another", "this", "that", "each", "he", "she", "a second", "a third"],
  numbers: [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens",
    "a couple of", "both",
  ],
  irregularPlurals: ["people", "men", "women", "staff", "police"],
  corroboration: [
    "confirmed by", "a second source", "a third source", "another source", "another official", "another person",
    "corroborated", "independently confirmed", "documents seen by", "documents reviewed by", "documents obtained by",
    "according to documents", "records show", "records reviewed by", "confirming", "confirmed the account",
    "separately confirmed", "two sources", "three sources", "multiple sources confirmed",
  ],
  speculation: [
    "could be", "could have", "could well", "could easily", "could soon", "might", "may well", "may be", "would likely", "will likely", "is likely to", "are likely to", "probably",
    "possibly", "perhaps", "is expected to", "are expected to", "it is possible", "it is unclear whether",
    "speculated", "suspects", "believes", "believe",
  ],
  judgement: [
    "incompetent", "incompetence", "disastrous", "catastrophic", "dishonest", "liar", "stupid", "ridiculous",
    "absurd", "clueless", "unfit", "reckless", "irresponsible", "shameful", "disgrace*", "outrageous", "pathetic",
    "chaotic", "dysfunctional", "arrogant", "betray*", "power grab", "vindictive", "petty", "delusional",
    "hypocrit*", "out of his depth", "out of her depth", "out of touch",
  ],
  allegations: [
    "accused", "accusation*", "alleged", "allegation*", "bribe*", "brib*", "embezzl*", "fraud*", "laundering",
    "corruption", "kickback*", "extort*", "misconduct", "abuse*", "harass*", "sexual assault", "raped", "rape",
    "stole", "stolen", "theft", "misappropriat*", "illegally", "cover-up", "covered up", "lied to",
    "obstruct*", "collu*", "espionage", "spied", "tortur*", "war crime*", "massacre*",
  ],
  responses: [
    "declined to comment", "declined comment", "declined to respond", "declined to be interviewed",
    "did not respond", "did not immediately respond", "didn't respond", "has not responded", "had not responded",
    "did not return", "could not be reached", "could not immediately be reached", "was not available for comment",
    "were not available for comment", "did not reply", "no comment", "denied", "denies", "rejected the allegation*",
    "dismissed the allegation*", "said in a response", "in response to questions", "reached by", "contacted by",
  ],
  declines: [
    "declined to comment", "declined comment", "declined to respond", "declined to discuss", "would not comment",
    "refused to comment", "did not respond to requests for comment", "did not respond to a request for comment",
    "did not comment",
  ],
  caveats: [
    "could not be independently verified", "could not independently verify", "could not independently confirm",
    "could not be independently confirmed", "could not be verified", "could not verify", "could not confirm",
    "could not be confirmed", "has not been verified", "have not been verified", "has not been independently verified",
    "was not able to verify", "was unable to verify", "were unable to verify", "unverified", "cannot be verified",
    "reportedly", "allegedly", "purportedly",
  ],
  relays: ["citing", "quoted by", "cited by"],
};

export default en;
