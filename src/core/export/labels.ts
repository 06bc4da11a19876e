// Words of the exported reports, in the languages the interface speaks.
import type { ReviewStatus } from "../model/review";

export interface ExportLabels {
  report: string;
  summary: (claims: number, sources: number) => string;
  share: (unnamed: number, sentences: number, percent: number) => string;
  named: (count: number) => string;
  topChecks: string;
  source: string;
  passage: string;
  checks: string;
  noChecks: string;
  review: string;
  status: Record<ReviewStatus, string>;
  /** Prefix of the annotation text: "Unnamed source". */
  unnamedSource: string;
  verdict: { verified: string; disputed: string };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const labels: Record<"en" | "fr", ExportLabels> = {
  en: {
    report: "Unnamed sources",
    summary: (claims, sources) =>
      `${plural(claims, "claim rests", "claims rest")} on ${plural(sources, "unnamed source", "unnamed sources")}.`,
    share: (unnamed, sentences, percent) => `${unnamed} of ${plural(sentences, "sentence", "sentences")} (${percent} %) rest on unnamed sources.`,
    named: (count) => `${plural(count, "named attribution", "named attributions")}.`,
    topChecks: "Most frequent checks",
    source: "Source",
    passage: "passage",
    checks: "Checks",
    noChecks: "none",
    review: "Review",
    status: { "to-check": "to check", verified: "verified", disputed: "disputed", "false-flag": "false flag" },
    unnamedSource: "Unnamed source",
    verdict: { verified: "Verified", disputed: "Disputed" },
  },
  fr: {
    report: "Sources anonymes",
    summary: (claims, sources) =>
      `${plural(claims, "affirmation repose", "affirmations reposent")} sur ${plural(sources, "source anonyme", "sources anonymes")}.`,
    share: (unnamed, sentences, percent) =>
      `${unnamed} ${unnamed > 1 ? "phrases" : "phrase"} sur ${sentences} (${percent} %) ${unnamed > 1 ? "reposent" : "repose"} sur des sources anonymes.`,
    named: (count) => `${plural(count, "attribution nommée", "attributions nommées")}.`,
    topChecks: "Points relevés le plus souvent",
    source: "Source",
    passage: "passage",
    checks: "Points relevés",
    noChecks: "aucun",
    review: "Vérification",
    status: { "to-check": "à vérifier", verified: "vérifié", disputed: "contesté", "false-flag": "fausse alerte" },
    unnamedSource: "Source anonyme",
    verdict: { verified: "Vérifié", disputed: "Contesté" },
  },
};

export function labelsFor(locale: string): ExportLabels {
  return locale.toLowerCase().startsWith("fr") ? labels.fr : labels.en;
}
