// Every export format for a real analysis of the seed article, parsed back and checked against the format's
// required fields.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { checkClaims } from "../../src/core/checks";
import {
  anonymarkColumns, csvField, encodeDirectivePart, exportAs, exportFormats, hypothesisColumns, passageLink,
  type ExportFormat, type ExportInput,
} from "../../src/core/export";
import { analyzeDocument } from "../../src/dom/pipeline";
import type { Reviews } from "../../src/core/model/review";
import { parseCsv } from "../support/csv";

const html = readFileSync(new URL("../fixtures/seed-mee-haftar.html", import.meta.url), "utf8");
const { article, analysis } = analyzeDocument(new JSDOM(html).window.document);
if (!article) throw new Error("the seed page has an article");
const { checks, profile } = checkClaims(article.text, analysis, { blocks: article.blocks });
const [first, second, third] = analysis.claims;
const reviews: Reviews = {
  [first!.id]: { status: "verified", note: 'Confirmed by the embassy, "on record"\nsee notes', updated: "2026-11-02T10:00:00.000Z" },
  [second!.id]: { status: "disputed", note: "", updated: "2026-11-02T10:05:00.000Z" },
  [third!.id]: { status: "false-flag", note: "not a source", updated: "2026-11-02T10:06:00.000Z" },
};
const input: ExportInput = {
  article: {
    title: article.title, url: article.url, lang: article.lang, siteName: article.siteName, byline: article.byline,
    published: "2016-12-18T10:00:00Z",
  },
  text: article.text,
  // Each claim with its checks and, for the first three, the reader's review.
  claims: analysis.claims.map((claim) => ({
    ...claim, checks: checks[claim.id] ?? [], ...(reviews[claim.id] ? { review: reviews[claim.id] } : {}),
  })),
  profile,
  exportedAt: "2026-11-02T11:00:00.000Z",
};
const output = (format: ExportFormat, extra: Partial<ExportInput> = {}) => exportAs(format, { ...input, ...extra }).content;
const json = (format: ExportFormat) => JSON.parse(output(format));


describe("CSV", () => {
  const rows = parseCsv(output("csv"));
  const [header, ...records] = rows;
  const column = (name: string) => header!.indexOf(name);

  it("puts Hypothesis' columns first, then ours", () => {
    expect(header).toEqual([...hypothesisColumns, ...anonymarkColumns]);
    expect(header!.slice(0, 9)).toEqual(["Created at", "Author", "Page", "URL", "Group", "Annotation/Reply Type", "Quote", "Comment", "Tags"]);
  });
  it("has one record per claim, each as wide as the header, quote and note intact", () => {
    expect(records).toHaveLength(analysis.claims.length);
    for (const [i, record] of records.entries()) {
      const claim = analysis.claims[i]!;
      expect(record).toHaveLength(header!.length);
      expect(record[column("Quote")]).toBe(claim.text);
      expect(record[column("Claim ID")]).toBe(claim.id);
      expect(record[column("Source")]).toBe(claim.source.text);
      expect(record[column("URL")]).toBe(article.url);
      expect(record[column("Checks")]!.split(" ").filter(Boolean)).toEqual(checks[claim.id]!.map((r) => r.id));
    }
    expect(records[0]![column("Note")]).toBe(reviews[first!.id]!.note);
    expect(records[0]![column("Review status")]).toBe("verified");
    expect(records[0]![column("Created at")]).toBe(reviews[first!.id]!.updated);
  });
  it("starts with a byte-order mark, so that spreadsheets read it as UTF-8", () => {
    expect(output("csv").startsWith("\ufeffCreated at,")).toBe(true);
  });
  it("fills Hypothesis' columns: author, page, group", () => {
    const plain = records[0]!;
    expect(plain[column("Author")]).toBe("Lecteur");
    expect(plain[column("Page")]).toBe(article.title);
    expect(plain[column("Group")]).toBe("Privé");
    const [, credited] = parseCsv(output("csv", { reviewer: { name: "Jeanne Martin", organisation: "Les Décodeurs" } }));
    expect(credited![column("Author")]).toBe("Jeanne Martin (Les Décodeurs)");
    expect(credited![column("Group")]).toBe("Les Décodeurs");
  });
  it("takes semicolons as separators when asked, quoting fields that hold one", () => {
    const semicolons = parseCsv(output("csv", { csvSeparator: ";" }), ";");
    expect(semicolons[0]).toEqual(header);
    expect(semicolons.slice(1).map((record) => record[column("Quote")])).toEqual(records.map((record) => record[column("Quote")]));
    expect(csvField("a; b", ";")).toBe('"a; b"');
    expect(csvField("a, b", ";")).toBe("a, b");
  });
  it("keeps spreadsheet formulas from page text inert", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("-1+2")).toBe("'-1+2");
    expect(csvField("a, b")).toBe('"a, b"');
  });
});

describe("JSON (our claim model)", () => {
  it("holds every claim with its checks, review and link", () => {
    const data = json("json");
    expect(data.article.url).toBe(article.url);
    expect(data.profile).toEqual(profile);
    expect(data.claims).toHaveLength(analysis.claims.length);
    for (const exported of data.claims) {
      const claim = analysis.claims.find((c) => c.id === exported.id)!;
      expect(exported).toMatchObject({ text: claim.text, start: claim.start, end: claim.end, source: claim.source, group: claim.group });
      expect(exported.checks).toEqual(checks[claim.id]);
      expect(exported.link).toContain("#:~:text=");
    }
    expect(data.claims[0].review).toEqual(reviews[first!.id]);
  });
});

describe("W3C Web Annotation", () => {
  const collection = json("web-annotation");
  it("is an AnnotationCollection in the anno.jsonld context", () => {
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(analysis.claims.length);
    expect(collection.first.type).toBe("AnnotationPage");
  });
  it("gives each claim an Annotation with a textual body and quote and position selectors on the page", () => {
    const ids = new Set<string>();
    for (const [i, annotation] of collection.first.items.entries()) {
      const claim = analysis.claims[i]!;
      expect(annotation.type).toBe("Annotation");
      expect(annotation.id).toMatch(/^[a-z][a-z0-9+.-]*:/);
      ids.add(annotation.id);
      expect(annotation.body[0]).toMatchObject({ type: "TextualBody", purpose: "assessing" });
      expect(annotation.body[0].value).toContain(claim.source.text);
      expect(annotation.target.source).toBe(article.url);
      const quote = annotation.target.selector.find((s: { type: string }) => s.type === "TextQuoteSelector");
      const position = annotation.target.selector.find((s: { type: string }) => s.type === "TextPositionSelector");
      expect(article.text.slice(position.start, position.end)).toBe(quote.exact);
      expect(quote.exact).toBe(claim.text);
      expect(article.text.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(article.text.slice(position.end).startsWith(quote.suffix)).toBe(true);
    }
    expect(ids.size).toBe(analysis.claims.length);
  });
});

describe("Hypothesis import file", () => {
  const file = json("hypothesis");
  it("passes the checks Hypothesis' importer makes and carries the fields it keeps", () => {
    // Its importer accepts an object with an `annotations` array; it keeps target, tags, text, uri and document.
    expect(Array.isArray(file.annotations)).toBe(true);
    expect(file.annotations).toHaveLength(analysis.claims.length);
    for (const annotation of file.annotations) {
      expect(annotation.user).toMatch(/^acct:[^@]+@.+$/);
      expect(annotation.uri).toBe(article.url);
      expect(typeof annotation.text).toBe("string");
      expect(annotation.tags.every((tag: unknown) => typeof tag === "string")).toBe(true);
      expect(annotation.document.title).toEqual([article.title]);
      const [target] = annotation.target;
      expect(target.source).toBe(article.url);
      const quote = target.selector.find((s: { type: string }) => s.type === "TextQuoteSelector");
      expect(article.text).toContain(quote.exact);
    }
    expect(file.annotations[0].tags).toContain("review:verified");
  });
});

describe("schema.org ClaimReview", () => {
  const graph = json("claim-review");
  it("reviews the claims with a verdict only: verified and disputed, not false flags", () => {
    expect(graph["@context"]).toBe("https://schema.org");
    expect(graph["@graph"].map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual([first!.text, second!.text]);
  });
  it("carries the fields ClaimReview requires", () => {
    for (const review of graph["@graph"]) {
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const rating = review.reviewRating;
      expect(rating["@type"]).toBe("Rating");
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
      expect(rating.alternateName).toBeTruthy();
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.appearance.url).toContain("#:~:text=");
    }
    expect(graph["@graph"][0].reviewRating.ratingValue).toBeGreaterThan(graph["@graph"][1].reviewRating.ratingValue);
  });
  it("credits the reviewer and their organisation, and no one when the reader has not said who they are", () => {
    const reviewer = { name: "Jeanne Martin", organisation: "Les Décodeurs" };
    const named = JSON.parse(output("claim-review", { reviewer }));
    expect(named["@graph"][0].author).toEqual({
      "@type": "Person", name: "Jeanne Martin", affiliation: { "@type": "Organization", name: "Les Décodeurs" },
    });
    const desk = JSON.parse(output("claim-review", { reviewer: { name: "", organisation: "Les Décodeurs" } }));
    expect(desk["@graph"][0].author).toEqual({ "@type": "Organization", name: "Les Décodeurs" });
    expect(graph["@graph"][0].author).toBeUndefined();
    const typed = JSON.parse(output("claim-review", { reviewer: { name: "  Jeanne Martin ", organisation: " " } }));
    expect(typed["@graph"][0].author).toEqual({ "@type": "Person", name: "Jeanne Martin" });
  });
  it("names the outlet, the article's author and its date for the claim reviewed", () => {
    const { itemReviewed } = graph["@graph"][0];
    expect(itemReviewed.author).toEqual({ "@type": "Organization", name: article.siteName });
    expect(itemReviewed.datePublished).toBe("2016-12-18");
    expect(itemReviewed.appearance.datePublished).toBe("2016-12-18T10:00:00Z");
    if (article.byline) expect(itemReviewed.appearance.author).toEqual({ "@type": "Person", name: article.byline });
  });
  it("rates on the scale chosen, and always names the verdict", () => {
    const rating = (ratingScale: "verdict" | "five" | "three") =>
      JSON.parse(output("claim-review", { ratingScale }))["@graph"].map((r: { reviewRating: object }) => r.reviewRating);
    expect(rating("verdict")).toEqual([
      { "@type": "Rating", alternateName: "Vérifié" }, { "@type": "Rating", alternateName: "Contesté" },
    ]);
    expect(rating("three").map((r: { ratingValue: number; bestRating: number }) => [r.ratingValue, r.bestRating])).toEqual([[3, 3], [2, 3]]);
    expect(rating("five").map((r: { ratingValue: number; bestRating: number }) => [r.ratingValue, r.bestRating])).toEqual([[5, 5], [2, 5]]);
  });
});

describe("text fragment links", () => {
  const flat = (s: string) => s.replace(/\s+/g, " ").trim();
  it("round-trips every claim through decodeURIComponent", () => {
    for (const claim of analysis.claims) {
      const link = passageLink(article.url, article.text, claim.start, claim.end);
      const [page, directive] = link.split("#:~:text=");
      expect(page).toBe(article.url);
      const parts = directive!.split(",");
      for (const part of parts) expect(part.replace(/^-|-$/g, "")).not.toMatch(/[-,& ]/);
      const prefix = parts[0]!.endsWith("-") ? decodeURIComponent(parts.shift()!.slice(0, -1)) : null;
      const suffix = parts.at(-1)!.startsWith("-") ? decodeURIComponent(parts.pop()!.slice(1)) : null;
      const [textStart, textEnd] = parts.map(decodeURIComponent);
      const passage = flat(claim.text);
      expect(passage.startsWith(textStart!)).toBe(true);
      if (textEnd) expect(passage.endsWith(textEnd)).toBe(true);
      else expect(textStart).toBe(passage);
      if (prefix) expect(flat(article.text.slice(0, claim.start)).endsWith(prefix)).toBe(true);
      if (suffix) expect(flat(article.text.slice(claim.end)).startsWith(suffix)).toBe(true);
    }
  });
  it("percent-encodes the characters the syntax uses", () => {
    const text = "Avant-hier, Paris & Alger — « ok ».";
    const part = encodeDirectivePart(text);
    expect(part).not.toMatch(/[-,&]/);
    expect(decodeURIComponent(part)).toBe(text);
    expect(passageLink("https://example.org/a#top", text, 0, 10)).toMatch(/^https:\/\/example\.org\/a#top:~:text=/);
  });
});

describe("Markdown report", () => {
  const report = output("md");
  it("heads the report with the article and its profile, then lists claims by source", () => {
    expect(report.split("\n")[0]).toContain(article.title.split(" ")[0]);
    expect(report).toContain(`<${article.url}>`);
    const sources = new Set(analysis.claims.map((c) => c.group)).size;
    expect(report.match(/^## /gm)).toHaveLength(sources);
    for (const claim of analysis.claims) expect(report).toContain(passageLink(article.url, article.text, claim.start, claim.end));
  });
  it("explains checks in the report's language with their standards, and shows reviews", () => {
    expect(report).toContain("Anonymat non justifié");
    expect(report).toContain("Charte de Munich");
    expect(report).toContain("vérifié");
    const english = output("md", { locale: "en" });
    expect(english).toContain("No reason given for anonymity");
  });
  it("is written in French with French typography, and no English word of ours in it", () => {
    expect(report).toMatch(/^# Sources anonymes\u202f: /);
    expect(report).toContain("## Source\u202f: une source diplomatique (diplomatique, anonyme)");
    expect(report).toContain("Points relevés le plus souvent\u202f: ");
    expect(report).not.toMatch(/\S: /u);
    for (const english of ["diplomatic", "anonymous", "warning", "Review", "Source:"]) expect(report).not.toContain(english);
  });
  it("says who reviewed, and the article's outlet and date", () => {
    const credited = output("md", { reviewer: { name: "Jeanne Martin", organisation: "Les Décodeurs" } });
    expect(credited).toContain("Vérifié par Jeanne Martin (Les Décodeurs)");
    expect(credited).toContain("Publié le\u202f: 2016-12-18");
    expect(output("md", { locale: "en" })).toContain("Published: 2016-12-18");
  });
  it("shows page text as text, never as Markdown links or HTML", () => {
    const hostile = input.claims.map((c) => ({ ...c, text: `${c.text} [click](javascript:alert(1)) <img src=x>` }));
    const escaped = exportAs("md", { ...input, claims: hostile }).content;
    expect(escaped).not.toContain("[click](javascript");
    expect(escaped).not.toMatch(/(?<!\\)<img/);
    expect(escaped).toContain("\\<img");
  });
});

describe("files", () => {
  it("names each file after the article, with the format's extension and type", () => {
    for (const format of exportFormats) {
      const file = exportAs(format, input);
      expect(file.filename).toMatch(/^anonymark-exclusif-khalifa-haftar/);
      expect(file.content.length).toBeGreaterThan(0);
      if (file.mime.includes("json")) expect(() => JSON.parse(file.content)).not.toThrow();
    }
    expect(exportAs("csv", input).filename.endsWith(".csv")).toBe(true);
  });
});
