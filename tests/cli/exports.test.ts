// `anonymark analyze --format` with the formats the popup exports: the seed article's claims and their sourcing checks,
// parsed back and checked against each format's required fields.
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, test } from "vitest";
import type { Report } from "../../src/cli/analyze";
import { formats, helpText, parseCommandLine } from "../../src/cli/args";
import { formatReports } from "../../src/cli/format";
import { analyzeDocument } from "../../src/dom/pipeline";

/** The seed page's report, as `anonymark analyze` makes it (the built command itself is run in cli.test.ts). */
function seedReport(): Report {
  const html = readFileSync(new URL("../fixtures/seed-mee-haftar.html", import.meta.url), "utf8");
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const { article, analysis } = analyzeDocument(dom.window.document);
  dom.window.close();
  if (!article) throw new Error("no article in the seed page");
  const { text, blocks, ...meta } = article;
  return { input: "seed-mee-haftar.html", article: meta, text, blocks, analysis };
}

const seed = seedReport();

test("--format accepts the export formats, and --help describes them", () => {
  for (const format of ["web-annotation", "hypothesis", "claim-review"]) {
    expect(formats).toContain(format);
    expect(parseCommandLine(["analyze", "page.html", "--format", format])).toMatchObject({ name: "analyze", format });
    expect(helpText).toContain(`${format}:`);
  }
});

describe("export formats of the seed article", () => {
  test("web-annotation: an AnnotationCollection with an annotation per claim, quote and position selectors", () => {
    const collection = JSON.parse(formatReports([seed], "web-annotation"));
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    const items = collection.first.items as {
      type: string;
      body: { purpose: string; value: string }[];
      target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] };
    }[];
    expect(items).toHaveLength(seed.analysis.claims.length);
    items.forEach((item, i) => {
      const claim = seed.analysis.claims[i]!;
      expect(item.type).toBe("Annotation");
      expect(item.target.source).toBe(seed.article!.url);
      const quote = item.target.selector.find((s) => s.type === "TextQuoteSelector")!;
      const position = item.target.selector.find((s) => s.type === "TextPositionSelector")!;
      expect(quote.exact).toBe(claim.text);
      expect(seed.text.slice(position.start, position.end)).toBe(claim.text);
      // The sourcing checks travel in the annotation's tags.
      expect(item.body.some((body) => body.purpose === "tagging" && /^C\d+$/.test(body.value))).toBe(true);
    });
  });

  test("hypothesis: the import file with one annotation per claim on the article's URL", () => {
    const file = JSON.parse(formatReports([seed], "hypothesis"));
    expect(Array.isArray(file.annotations)).toBe(true);
    expect(file.annotations).toHaveLength(seed.analysis.claims.length);
    for (const annotation of file.annotations) {
      expect(annotation.uri).toBe(seed.article!.url);
      expect(typeof annotation.text).toBe("string");
      expect(annotation.target[0].selector.length).toBeGreaterThan(0);
    }
  });

  test("claim-review: valid JSON-LD, empty with no verdict from the command line", () => {
    const file = JSON.parse(formatReports([seed], "claim-review"));
    expect(file["@context"]).toBe("https://schema.org");
    expect(file["@graph"]).toEqual([]);
  });

  test("several documents give a JSON array, in argument order", () => {
    const both = JSON.parse(formatReports([seed, seed], "hypothesis"));
    expect(both).toHaveLength(2);
    expect(both[1].annotations).toHaveLength(seed.analysis.claims.length);
  });
});
