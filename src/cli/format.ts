// The output formats of `anonymark analyze`. Each takes every document's report at once, so that a format
// can frame them (one CSV header, one JSON array).
import { supportedLanguages } from "../core/detect";
import type { Claim, Source } from "../core/model/claim";
import { revealBidiControls } from "../core/text/bidi";
import type { Format } from "./args";
import type { Report } from "./analyze";
import { exportReports } from "./exports";

export function formatReports(reports: Report[], format: Format): string {
  switch (format) {
    case "text":
      // Page text in a terminal is read, not parsed: its bidi controls are shown, as in the Markdown and CSV reports.
      return revealBidiControls(reports.map(textReport).join("\n"));
    case "json":
      return JSON.stringify(reports.length === 1 ? jsonReport(reports[0]!) : reports.map(jsonReport), null, 2) + "\n";
    case "md":
    case "csv":
    case "web-annotation":
    case "hypothesis":
    case "claim-review":
      return exportReports(reports, format);
  }
}

interface SourceGroup {
  group: string;
  /** The phrase that introduces the source: its first explicit mention when there is one. */
  source: Source;
  claims: Claim[];
}

/** Claims by the source they rest on, in the order the sources first appear. */
function bySource(claims: Claim[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const claim of claims) {
    const group = groups.get(claim.group);
    if (!group) groups.set(claim.group, { group: claim.group, source: claim.source, claims: [claim] });
    else group.claims.push(claim);
  }
  for (const group of groups.values()) {
    group.source = (group.claims.find((claim) => claim.kind === "explicit") ?? group.claims[0]!).source;
  }
  return [...groups.values()];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "8 claims rest on 6 unnamed sources." (or why there is nothing to list) */
function summary({ analysis }: Report): string {
  if (analysis.lang === "und") return "The language could not be told (try --lang): no claims were looked for.";
  if (analysis.unsupported) {
    return `No language data for "${analysis.lang}" (${supportedLanguages.join(", ")}): no claims were looked for.`;
  }
  const claims = analysis.claims.length;
  if (claims === 0) return "No claim rests on an unnamed source.";
  const sources = new Set(analysis.claims.map((claim) => claim.group)).size;
  return `${plural(claims, "claim rests", "claims rest")} on ${plural(sources, "unnamed source", "unnamed sources")}.`;
}

function describeSource(group: SourceGroup): string {
  return `${group.source.category}, ${group.source.anonymity}, ${plural(group.claims.length, "claim", "claims")}`;
}

function describeClaim(claim: Claim): string {
  const parts: string[] = [claim.kind];
  if (claim.cue) parts.push(`cue "${claim.cue.text}"`);
  if (claim.hedges.length > 0) parts.push(`hedged: ${claim.hedges.map((hedge) => `"${hedge}"`).join(", ")}`);
  if (claim.relayedBy) parts.push(`relayed by ${claim.relayedBy}`);
  return parts.join("; ");
}

function heading(report: Report): { title: string; details: string[] } {
  const { article, input } = report;
  const name = input === "-" ? "standard input" : input;
  const language = `language: ${report.analysis.lang}`;
  if (!article) return { title: name, details: [language] };
  // A saved file's own address says nothing the file name does not.
  const url = article.url.startsWith("file:") ? null : article.url;
  const details = [name, article.siteName, url, language];
  return { title: article.title || name, details: details.filter((detail): detail is string => Boolean(detail)) };
}

const droppedLeadNote = "Readability left out paragraphs that look like the article's lead: they were put back and analysed.";

function textReport(report: Report): string {
  const { title, details } = heading(report);
  const lines = [title, details.join(" · "), "", summary(report)];
  if (report.article?.droppedLead) lines.push(droppedLeadNote);
  // Numbered, since two distinct sources may be worded alike ("une source diplomatique").
  for (const [index, group] of bySource(report.analysis.claims).entries()) {
    lines.push("", `${index + 1}. ${group.source.text} (${describeSource(group)})`);
    for (const claim of group.claims) lines.push(`  - ${claim.text.trim()}`, `    ${describeClaim(claim)}`);
  }
  return lines.join("\n") + "\n";
}

function jsonReport(report: Report) {
  const { input, article, text, analysis } = report;
  return { input, article, text, ...analysis };
}
