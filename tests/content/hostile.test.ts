// @vitest-environment jsdom
// What a page's own scripts can see of an analysis: nothing of the results beyond the highlights themselves, no global,
// no inline style or script that a strict Content-Security-Policy would block.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { analyzeDocument } from "../../src/dom/pipeline";
import type { AnalyzeResult } from "../../src/browser/messages";
import { fakePort, type FakeBrowser, type FakePort } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser;
const seed = readFileSync(`${import.meta.dirname}/../fixtures/seed-mee-haftar.html`, "utf8");

/** Runs the popup's side of an analysis against the content script, as the popup does, and returns the result. */
async function analyzeAsThePopup(): Promise<Extract<AnalyzeResult, { status: "ok" }>> {
  const onConnect = fake.runtime.onConnect.addListener.mock.calls[0]![0] as (port: FakePort) => void;
  const port = fakePort("anonymark-analysis");
  onConnect(port);
  port.receive({ type: "analyze", includeVague: true });
  await vi.waitFor(() => expect(port.posted.some((event) => (event as { done?: boolean }).done)).toBe(true));
  const html = port.posted.map((event) => (event as { html: string }).html).join("");
  const { article, analysis } = analyzeDocument(new DOMParser().parseFromString(html, "text/html"), { url: location.href });
  if (!article) throw new Error("the seed page has an article");
  const { text, ...outline } = article;
  port.receive({ type: "text", chunk: text });
  port.receive({ type: "claims", claims: analysis.claims.map((claim) => ({ ...claim, checks: [] })) });
  const profile = {
    unnamedSources: 0, unnamedAttributions: 0, namedAttributions: 0, sentences: 0, unnamedSentences: 0, unnamedShare: 0,
    topChecks: [],
  };
  port.receive({ type: "place", article: outline, includeVague: true, profile });
  const result = await vi.waitFor(() => {
    const event = port.posted.find((candidate) => (candidate as { type: string }).type === "result");
    expect(event).toBeDefined();
    return (event as { result: AnalyzeResult }).result;
  });
  if (result.status !== "ok") throw new Error(`analysis failed: ${JSON.stringify(result)}`);
  return result;
}

let result: Extract<AnalyzeResult, { status: "ok" }>;
let globalsBefore: Set<string>;
const adopted: CSSStyleSheet[] = [];

beforeAll(async () => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(seed, "text/html").documentElement.innerHTML;
  // A browser's constructed style sheets, which jsdom lacks: with them, nothing needs an inline <style>.
  Object.defineProperty(document, "adoptedStyleSheets", {
    get: () => [...adopted],
    set: (sheets: CSSStyleSheet[]) => adopted.splice(0, adopted.length, ...sheets),
  });
  globalsBefore = new Set(Object.keys(window));
  await import("../../src/content/index");
  result = await analyzeAsThePopup();
});

describe("a page's view of an analysis", () => {
  it("found and placed the seed article's claims (so the checks below look at real highlights)", () => {
    expect(result.claims.length).toBeGreaterThanOrEqual(8);
    expect(result.counts.unplaced).toBe(0);
    expect(document.querySelectorAll("mark").length).toBeGreaterThan(0);
  });

  it("marks claims with no data but claim or source: no ids, categories, groups or checks in the DOM", () => {
    const values = [...document.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.includes("anonymark")).map((attribute) => attribute.value),
    );
    expect(new Set(values.filter(Boolean))).toEqual(new Set(["claim", "source"]));
    const everyValue = new Set(
      [...document.querySelectorAll("*")].flatMap((element) => [...element.attributes].map((attribute) => attribute.value)),
    );
    for (const claim of result.claims) {
      for (const value of [claim.id, claim.group, claim.source.category, claim.kind]) expect(everyValue).not.toContain(value);
    }
    expect(document.documentElement.outerHTML).not.toMatch(/diplomatic|anonymous|anaphoric/);
  });

  it("adds no global to the page's window", () => {
    // In a browser the content script's flag lives in its own world; here the worlds are one, so it is allowed.
    expect(Object.keys(window).filter((name) => !globalsBefore.has(name) && name !== "anonymarkContent")).toEqual([]);
  });

  it("adds no inline style or script that a strict Content-Security-Policy would block", () => {
    expect(document.querySelectorAll("style, script:not([src]):not([type='application/ld+json'])").length).toBe(
      new DOMParser().parseFromString(seed, "text/html").querySelectorAll("style, script:not([src]):not([type='application/ld+json'])").length,
    );
    expect(document.querySelectorAll("[style]").length).toBe(
      new DOMParser().parseFromString(seed, "text/html").querySelectorAll("[style]").length,
    );
    expect(adopted.length).toBeGreaterThan(0);
  });
});
