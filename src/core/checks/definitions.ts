// What each check means and the standard it rests on, in every language the interface speaks. Data only: the
// popup, the in-page card and the exports read it; severities here are defaults that a check may lower or raise.
import type { CheckId, Severity } from "./types";

export type Standard = "AP" | "Reuters" | "NYT" | "BBC" | "SPJ" | "Munich" | "WaPo" | "AFP" | "WP:WEASEL" | "Research";

export interface CheckText {
  title: string;
  /** One line: what the reader should know, and why the standard cares. */
  explanation: string;
}

export interface CheckDefinition {
  id: CheckId;
  severity: Severity;
  standards: Standard[];
  text: Record<"en" | "fr", CheckText>;
}

const standardNames: Record<"en" | "fr", Record<Standard, string>> = {
  en: {
    AP: "AP", Reuters: "Reuters", NYT: "The New York Times", BBC: "BBC", SPJ: "SPJ Code of Ethics",
    Munich: "Munich Charter", WaPo: "Washington Post ombudsman", AFP: "AFP", "WP:WEASEL": "Wikipedia MOS:WEASEL",
    Research: "sourcing research (Culbertson 1975; Duffy & Freeman 2011)",
  },
  fr: {
    AP: "AP", Reuters: "Reuters", NYT: "The New York Times", BBC: "BBC", SPJ: "code de la SPJ",
    Munich: "Charte de Munich", WaPo: "médiateur du Washington Post", AFP: "AFP", "WP:WEASEL": "Wikipédia (termes vagues)",
    Research: "recherche sur les sources (Culbertson 1975 ; Duffy et Freeman 2011)",
  },
};

export const checkDefinitions: Record<CheckId, CheckDefinition> = {
  C1: {
    id: "C1", severity: "info", standards: ["AP", "Reuters", "NYT", "BBC", "SPJ", "Munich"],
    text: {
      en: { title: "Unnamed source", explanation: "The claim is attributed to someone the article does not name." },
      fr: { title: "Source non nommée", explanation: "L'affirmation est attribuée à une personne que l'article ne nomme pas." },
    },
  },
  C2: {
    id: "C2", severity: "warning", standards: ["AP", "NYT", "SPJ"],
    text: {
      en: { title: "No reason given for anonymity", explanation: "The article does not say why the source is not named, as AP and the NYT require." },
      fr: { title: "Anonymat non justifié", explanation: "L'article ne dit pas pourquoi la source n'est pas nommée, ce qu'exigent l'AP et le NYT." },
    },
  },
  C3: {
    id: "C3", severity: "info", standards: ["NYT"],
    text: {
      en: { title: "Boilerplate reason", explanation: "The reason given (\"not authorized to speak\", \"sensitivity\") explains little; the NYT asks for the real one." },
      fr: { title: "Justification convenue", explanation: "La raison donnée (« pas autorisé à s'exprimer », « sensibilité ») n'explique guère ; le NYT demande la vraie." },
    },
  },
  C4: {
    id: "C4", severity: "warning", standards: ["AP", "Reuters", "BBC", "NYT", "SPJ"],
    text: {
      en: { title: "Vantage not described", explanation: "The article does not say how the source knows: involvement, access, presence (AP does not allow a bare \"a source\")." },
      fr: { title: "Position de la source non décrite", explanation: "L'article ne dit pas d'où la source tient ce qu'elle dit : rôle, accès, présence (l'AP refuse « une source » tout court)." },
    },
  },
  C5: {
    id: "C5", severity: "info", standards: ["BBC", "AP", "Reuters"],
    text: {
      en: { title: "Single unnamed source", explanation: "One unnamed source, with no second source or document said to confirm the claim." },
      fr: { title: "Source anonyme unique", explanation: "Une seule source anonyme, sans deuxième source ni document qui confirme l'affirmation." },
    },
  },
  C6: {
    id: "C6", severity: "info", standards: ["Reuters"],
    text: {
      en: { title: "\"Sources\" without a number", explanation: "Plural sources, not counted, with at most one described in the article; Reuters asks how many." },
      fr: { title: "« Des sources » sans nombre", explanation: "Des sources au pluriel, sans nombre, dont une seule au plus est décrite dans l'article ; Reuters demande combien." },
    },
  },
  C7: {
    id: "C7", severity: "warning", standards: ["AP", "NYT", "Reuters", "WaPo"],
    text: {
      en: { title: "Anonymous opinion or speculation", explanation: "The unnamed source gives a judgement, a forecast or an attack rather than facts; AP and the NYT bar anonymous opinion." },
      fr: { title: "Opinion ou spéculation anonyme", explanation: "La source anonyme livre un jugement, une prévision ou une attaque plutôt que des faits ; l'AP et le NYT l'excluent." },
    },
  },
  C8: {
    id: "C8", severity: "info", standards: ["WaPo", "AFP"],
    text: {
      en: { title: "Unnamed source up front", explanation: "An unnamed source carries the headline, the lead or the first quotation." },
      fr: { title: "Source anonyme en tête", explanation: "Une source anonyme porte le titre, le chapeau, le premier paragraphe ou la première citation." },
    },
  },
  C9: {
    id: "C9", severity: "warning", standards: ["BBC"],
    text: {
      en: { title: "Allegation without a response", explanation: "A serious allegation from an unnamed source, and the article says no response was sought." },
      fr: { title: "Accusation sans réponse", explanation: "Une accusation grave d'une source anonyme, sans que l'article dise avoir sollicité la partie visée." },
    },
  },
  C10: {
    id: "C10", severity: "warning", standards: ["WP:WEASEL", "Munich"],
    text: {
      en: { title: "Vague attribution", explanation: "\"Experts say\", \"according to local media\": a collective nobody can check." },
      fr: { title: "Attribution vague", explanation: "« Selon certains observateurs », « selon des médias locaux » : un collectif que personne ne peut vérifier." },
    },
  },
  C11: {
    id: "C11", severity: "info", standards: ["AFP", "Reuters", "AP"],
    text: {
      en: { title: "Second-hand anonymity", explanation: "The unnamed source is another outlet's; this article repeats it without its own check." },
      fr: { title: "Anonymat de seconde main", explanation: "La source anonyme est celle d'un autre média ; l'article la reprend sans vérification propre." },
    },
  },
  C12: {
    id: "C12", severity: "info", standards: ["Munich"],
    text: {
      en: { title: "Outlet's own reporting", explanation: "The outlet vouches for the information itself (\"The Post has learned\"); its sources stay unstated." },
      fr: { title: "Informations propres du média", explanation: "Le média engage sa propre responsabilité (« selon nos informations ») ; ses sources ne sont pas dites." },
    },
  },
  C13: {
    id: "C13", severity: "positive", standards: ["Munich", "BBC"],
    text: {
      en: { title: "Reservations stated", explanation: "The article signals doubt (\"reportedly\", \"could not be independently verified\"): good practice." },
      fr: { title: "Réserves exprimées", explanation: "L'article marque la prudence (conditionnel, « n'a pas pu être vérifié ») : bonne pratique." },
    },
  },
  C14: {
    id: "C14", severity: "info", standards: ["AP"],
    text: {
      en: { title: "Declined comment, yet quoted", explanation: "The same side is said to have declined comment and is quoted anonymously; AP asks to explain the contradiction." },
      fr: { title: "Refus de commenter, mais cité", explanation: "Le même camp a « refusé de commenter » et est cité anonymement ; l'AP demande d'expliquer la contradiction." },
    },
  },
  C15: {
    id: "C15", severity: "info", standards: ["Research"],
    text: {
      en: { title: "Sourcing profile", explanation: "How much of the article rests on unnamed sources, and on how many." },
      fr: { title: "Profil des sources", explanation: "Quelle part de l'article repose sur des sources anonymes, et sur combien." },
    },
  },
};

export interface CheckDescription extends CheckText {
  id: CheckId;
  standards: string[];
}

/** A check's title, explanation and standards in the given language (English when the language has no text). */
export function describeCheck(id: CheckId, lang: string): CheckDescription {
  const language = lang.toLowerCase().startsWith("fr") ? "fr" : "en";
  const definition = checkDefinitions[id];
  return {
    id,
    ...definition.text[language],
    standards: definition.standards.map((standard) => standardNames[language][standard]),
  };
}
