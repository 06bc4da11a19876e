// The Markdown report a fact-checker hands to the desk: the profile, then the claims by source, each with its link,
// its checks and their standards, and the review.
import { describeCheck } from "../checks";
import { revealBidiControls } from "../text/bidi";
import type { ExportContext, ExportedClaim } from "./model";

/** Page text shown as text: Markdown and HTML syntax in it is escaped, line breaks flattened, bidi controls shown. */
export function escapeMarkdown(text: string): string {
  return revealBidiControls(text.replace(/\s+/gu, " ").replace(/[\\`*_[\]<>#|~!{}()]/g, "\\$&"));
}

function bySource(claims: ExportedClaim[]): ExportedClaim[][] {
  const groups = new Map<string, ExportedClaim[]>();
  for (const exported of claims) groups.set(exported.claim.group, [...(groups.get(exported.claim.group) ?? []), exported]);
  return [...groups.values()];
}

function profileLines({ input, labels, locale }: ExportContext): string[] {
  const { profile } = input;
  if (!profile) return [];
  const percent = Math.round(profile.unnamedShare * 100);
  const lines = [
    `${labels.summary(profile.unnamedAttributions, profile.unnamedSources)} ` +
      `${labels.share(profile.unnamedSentences, profile.sentences, percent)} ${labels.named(profile.namedAttributions)}`,
  ];
  if (profile.topChecks.length > 0) {
    const top = profile.topChecks.map(({ id, claims }) => `${id} ${describeCheck(id, locale).title} (${claims})`);
    lines.push("", `${labels.topChecks}: ${top.join(", ")}.`);
  }
  return lines;
}

function claimLines(exported: ExportedClaim, { labels, locale }: ExportContext): string[] {
  const { claim, checks, review, link } = exported;
  const lines = [`- > ${escapeMarkdown(claim.text)}`, `  ([${labels.passage} ${claim.id}](<${link}>))`];
  for (const result of checks) {
    const check = describeCheck(result.id, locale);
    const evidence = result.evidence ? ` — "${escapeMarkdown(result.evidence.text)}"` : "";
    lines.push(`  - **${check.id} ${check.title}** (${result.severity}; ${check.standards.join(", ")}): ${check.explanation}${evidence}`);
  }
  if (review) {
    const note = review.note ? `: ${escapeMarkdown(review.note)}` : "";
    lines.push(`  - **${labels.review}: ${labels.status[review.status]}**${note}`);
  }
  return lines;
}

export function toMarkdown(context: ExportContext): string {
  const { input, labels } = context;
  const lines = [`# ${labels.report}: ${escapeMarkdown(input.article.title)}`, "", `<${input.article.url}>`, ""];
  const profile = profileLines(context);
  if (profile.length > 0) lines.push(...profile, "");
  for (const group of bySource(context.claims)) {
    const { source } = (group.find((exported) => exported.claim.kind === "explicit") ?? group[0]!).claim;
    lines.push(`## ${labels.source}: ${escapeMarkdown(source.text)} (${source.category}, ${source.anonymity})`, "");
    for (const exported of group) lines.push(...claimLines(exported, context));
    lines.push("");
  }
  return lines.join("\n");
}
