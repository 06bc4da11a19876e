// The Markdown report a fact-checker hands to the desk: the profile, then the claims by source, each with its link,
// its checks and their standards, and the review.
import { describeCheck } from "../checks";
import { revealBidiControls } from "../text/bidi";
import { reviewerName, sourceLine, type ExportContext, type ExportedClaim } from "./model";

/** Page text shown as text: Markdown and HTML syntax in it is escaped, line breaks flattened, bidi controls shown. */
export function escapeMarkdown(text: string): string {
  return revealBidiControls(text.replace(/\s+/gu, " ").replace(/[\\`*_[\]<>#|~!{}()]/g, "\\$&"));
}

function bySource(claims: ExportedClaim[]): ExportedClaim[][] {
  const groups = new Map<string, ExportedClaim[]>();
  for (const claim of claims) groups.set(claim.group, [...(groups.get(claim.group) ?? []), claim]);
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
    lines.push("", `${labels.labelled(labels.topChecks, top.join(", "))}.`);
  }
  return lines;
}

function claimLines(claim: ExportedClaim, { labels, locale }: ExportContext): string[] {
  const { checks, review, link } = claim;
  const lines = [`- > ${escapeMarkdown(claim.text)}`, `  ([${labels.passage} ${claim.id}](<${link}>))`];
  for (const result of checks) {
    const check = describeCheck(result.id, locale);
    const evidence = result.evidence ? ` — ${labels.quote(escapeMarkdown(result.evidence.text))}` : "";
    const heading = `**${check.id} ${check.title}** (${labels.severity[result.severity]}; ${check.standards.join(", ")})`;
    lines.push(`  - ${labels.labelled(heading, check.explanation)}${evidence}`);
  }
  if (review) {
    const status = `**${labels.labelled(labels.review, labels.status[review.status])}**`;
    lines.push(`  - ${review.note ? labels.labelled(status, escapeMarkdown(review.note)) : status}`);
  }
  return lines;
}

export function toMarkdown(context: ExportContext): string {
  const { input, labels } = context;
  const { article } = input;
  const lines = [`# ${labels.labelled(labels.report, escapeMarkdown(article.title))}`, "", `<${article.url}>`, ""];
  const about = [
    article.siteName && labels.labelled(labels.outlet, escapeMarkdown(article.siteName)),
    article.byline && labels.labelled(labels.author, escapeMarkdown(article.byline)),
    article.published && labels.labelled(labels.published, article.published.slice(0, 10)),
  ].filter(Boolean);
  const { reviewer } = input;
  const credited = reviewer && reviewerName({ name: escapeMarkdown(reviewer.name), organisation: escapeMarkdown(reviewer.organisation) });
  if (credited) about.push(labels.reviewedBy(credited));
  if (about.length > 0) lines.push(about.join(" · "), "");
  const profile = profileLines(context);
  if (profile.length > 0) lines.push(...profile, "");
  for (const group of bySource(context.claims)) {
    const first = group.find((claim) => claim.kind === "explicit") ?? group[0]!;
    lines.push(`## ${labels.labelled(labels.source, sourceLine(first, labels, escapeMarkdown))}`, "");
    for (const claim of group) lines.push(...claimLines(claim, context));
    lines.push("");
  }
  return lines.join("\n");
}
