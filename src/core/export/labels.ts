// Words of the exported reports, in the languages the interface speaks, with each language's typography: French puts
// a narrow no-break space before ":" and inside « ». Names of categories, kinds and statuses are the interface's own
// (its _locales messages), so that a report says what the popup says.
import enMessages from "../../../extension/_locales/en/messages.json";
import frMessages from "../../../extension/_locales/fr/messages.json";
import { severities, type Severity } from "../checks/types";
import { anonymities, claimKinds, sourceCategories, type Anonymity, type ClaimKind, type SourceCategory } from "../model/claim";
import { reviewStatuses, type ReviewStatus } from "../model/review";

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
  category: Record<SourceCategory, string>;
  anonymity: Record<Anonymity, string>;
  kind: Record<ClaimKind, string>;
  severity: Record<Severity, string>;
  /** Prefix of the annotation text: "Unnamed source". */
  unnamedSource: string;
  verdict: { verified: string; disputed: string };
  /** "Reviewed by Jeanne Martin (Les Décodeurs)". */
  reviewedBy: (reviewer: string) => string;
  outlet: string;
  author: string;
  published: string;
  /** "Source: …", « Source : … »: a label and what follows. */
  labelled: (label: string, value: string) => string;
  /** Page text quoted in the report. */
  quote: (text: string) => string;
  /** Who reviewed, when the reader has not given a name. */
  reader: string;
  /** Where the annotations belong, when the reader has not given an organisation. */
  privateGroup: string;
}

/** Plural forms through the language's own rules, not a test for 1. */
const counted = (locale: string) => {
  const rules = new Intl.PluralRules(locale);
  return (count: number, one: string, other: string) => `${count} ${rules.select(count) === "one" ? one : other}`;
};

const en = counted("en");
const fr = counted("fr");
const NNBSP = "\u202f";

type Messages = Record<string, { message: string }>;

/** The interface's names for a value list, from its messages "<prefix><Value>", lower-cased to sit inside a sentence. */
function names<T extends string>(
  messages: Messages,
  locale: string,
  values: readonly T[],
  key: (value: T) => string,
): Record<T, string> {
  return Object.fromEntries(
    values.map((value) => [value, messages[key(value)]!.message.toLocaleLowerCase(locale)]),
  ) as Record<T, string>;
}

const STATUS_KEYS: Record<ReviewStatus, string> = {
  "to-check": "reviewToCheck", verified: "reviewVerified", disputed: "reviewDisputed", "false-flag": "reviewFalseFlag",
};

function interfaceWords(messages: Messages, locale: string) {
  return {
    status: names(messages, locale, reviewStatuses, (status) => STATUS_KEYS[status]),
    category: names(messages, locale, sourceCategories, (category) => `category_${category}`),
    anonymity: names(messages, locale, anonymities, (anonymity) => `anonymity_${anonymity}`),
    kind: names(messages, locale, claimKinds, (kind) => `kind_${kind}`),
    severity: names(messages, locale, severities, (severity) => `severity_${severity}`),
  };
}

const labels: Record<"en" | "fr", ExportLabels> = {
  en: {
    report: "Unnamed sources",
    summary: (claims, sources) =>
      `${en(claims, "claim rests", "claims rest")} on ${en(sources, "unnamed source", "unnamed sources")}.`,
    share: (unnamed, sentences, percent) =>
      `${unnamed} of ${en(sentences, "sentence", "sentences")} (${percent}${NNBSP}%) rest on unnamed sources.`,
    named: (count) => `${en(count, "named attribution", "named attributions")}.`,
    topChecks: "Most frequent checks",
    source: "Source",
    passage: "passage",
    checks: "Checks",
    noChecks: "none",
    review: "Review",
    ...interfaceWords(enMessages, "en"),
    unnamedSource: "Unnamed source",
    verdict: { verified: "Verified", disputed: "Disputed" },
    reviewedBy: (reviewer) => `Reviewed by ${reviewer}`,
    outlet: "Outlet",
    author: "Author",
    published: "Published",
    labelled: (label, value) => `${label}: ${value}`,
    quote: (text) => `“${text}”`,
    reader: "Reader",
    privateGroup: "Private",
  },
  fr: {
    report: "Sources anonymes",
    summary: (claims, sources) =>
      `${fr(claims, "affirmation repose", "affirmations reposent")} sur ${fr(sources, "source anonyme", "sources anonymes")}.`,
    share: (unnamed, sentences, percent) =>
      `${fr(unnamed, "phrase", "phrases")} sur ${sentences} (${percent}${NNBSP}%) ` +
      `${new Intl.PluralRules("fr").select(unnamed) === "one" ? "repose" : "reposent"} sur des sources anonymes.`,
    named: (count) => `${fr(count, "attribution nommée", "attributions nommées")}.`,
    topChecks: "Points relevés le plus souvent",
    source: "Source",
    passage: "passage",
    checks: "Points relevés",
    noChecks: "aucun",
    review: "Vérification",
    ...interfaceWords(frMessages, "fr"),
    unnamedSource: "Source anonyme",
    verdict: { verified: "Vérifié", disputed: "Contesté" },
    reviewedBy: (reviewer) => `Vérifié par ${reviewer}`,
    outlet: "Média",
    author: "Auteur",
    published: "Publié le",
    labelled: (label, value) => `${label}${NNBSP}: ${value}`,
    quote: (text) => `«${NNBSP}${text}${NNBSP}»`,
    reader: "Lecteur",
    privateGroup: "Privé",
  },
};

export function labelsFor(locale: string): ExportLabels {
  return locale.toLowerCase().startsWith("fr") ? labels.fr : labels.en;
}
