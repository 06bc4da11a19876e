// The messages of the fact-checker's workflow: checks and reviews in the analysis result, review and article-text
// requests, checked on receipt like every other message.
import { describe, expect, it } from "vitest";
import { parseAnalyzeResult, parseArticleText, parseContentRequest, parsePortRequest } from "../../src/browser/messages";

// A claim from the seed article (Middle East Eye, French edition), with the checks the page computed.
const sentence = "Selon une source diplomatique, Alger se serait montrée très ferme";
const claim = {
  id: "c1",
  text: sentence,
  start: 100,
  end: 100 + sentence.length,
  source: { text: "une source diplomatique", start: 106, end: 129, category: "diplomatic", anonymity: "anonymous" },
  cue: { text: "Selon", start: 100, end: 105 },
  kind: "explicit",
  group: "g1",
  hedges: ["se serait montrée"],
  rule: "cue-before",
  checks: [
    { id: "C2", severity: "warning", evidence: { text: "une source diplomatique", start: 106, end: 129 } },
    { id: "C13", severity: "positive" },
  ],
};
const review = { status: "verified", note: "Confirmed by a second diplomat", updated: "2024-05-02T10:00:00.000Z" };
const profile = {
  unnamedSources: 1, unnamedAttributions: 1, namedAttributions: 2, sentences: 10, unnamedSentences: 1,
  unnamedShare: 0.1, topChecks: [{ id: "C2", claims: 1 }],
};
const okResult = {
  status: "ok",
  article: {
    title: "Algérie-Libye", lang: "fr", url: "https://www.middleeasteye.net/fr", droppedLead: false,
    siteName: "Middle East Eye", byline: null, published: null,
  },
  claims: [{ ...claim, placed: true, review }],
  counts: { claims: 1, sources: 1, unplaced: 0 },
  highlightsVisible: true,
  profile,
  goneReviews: [{ ...review, quote: { exact: "Une source a révélé…", prefix: "armes. ", suffix: " Dans" } }],
};

describe("analysis results with checks and reviews", () => {
  it("accepts a result with each claim's checks and review, the profile and the reviews gone", () => {
    expect(parseAnalyzeResult(okResult)).toEqual(okResult);
  });

  it.each([
    ["a claim without checks", { ...okResult, claims: [{ ...okResult.claims[0], checks: undefined }] }],
    ["an unknown check", { ...okResult, claims: [{ ...okResult.claims[0], checks: [{ id: "C99", severity: "info" }] }] }],
    ["an unknown severity", { ...okResult, claims: [{ ...okResult.claims[0], checks: [{ id: "C2", severity: "fatal" }] }] }],
    ["an unknown review status", { ...okResult, claims: [{ ...okResult.claims[0], review: { ...review, status: "true" } }] }],
    ["a review without a note", { ...okResult, claims: [{ ...okResult.claims[0], review: { status: "verified", updated: "" } }] }],
    ["no profile", { ...okResult, profile: undefined }],
    ["a share above 1", { ...okResult, profile: { ...profile, unnamedShare: 1.5 } }],
    ["a gone review without its quote", { ...okResult, goneReviews: [review] }],
  ])("rejects %s", (_, result) => {
    expect(parseAnalyzeResult(result)).toBeNull();
  });
});

describe("review and article-text requests", () => {
  it.each([
    { type: "review", claimId: "c1", review },
    { type: "review", claimId: "c1", review: null },
    { type: "articleText" },
  ])("accepts %o", (request) => {
    expect(parseContentRequest(request)).toEqual(request);
  });

  it.each([
    ["a review without a claim", { type: "review", review }],
    ["a review left out", { type: "review", claimId: "c1" }],
    ["a review of another shape", { type: "review", claimId: "c1", review: { status: "verified" } }],
  ])("rejects %s", (_, request) => {
    expect(parseContentRequest(request)).toBeNull();
  });

  it("reads the article text, or the page's error", () => {
    expect(parseArticleText({ status: "ok", text: "Selon une source…" })).toEqual({ status: "ok", text: "Selon une source…" });
    expect(parseArticleText({ status: "error", message: "no highlights in this page" })).not.toBeNull();
    expect(parseArticleText({ status: "ok" })).toBeNull();
  });
});

describe("the popup's claims and profile on their way to the page", () => {
  it("accepts checked claims and a place request with the profile", () => {
    expect(parsePortRequest({ type: "claims", claims: [claim] })).not.toBeNull();
    const outline = {
      title: "Algérie-Libye", byline: null, lang: "fr", standfirst: null, blocks: [], url: "https://www.middleeasteye.net/fr",
      siteName: "Middle East Eye", published: null, droppedLead: false,
    };
    expect(parsePortRequest({ type: "place", article: outline, includeVague: true, profile })).not.toBeNull();
    expect(parsePortRequest({ type: "place", article: outline, includeVague: true })).toBeNull();
  });

  it("rejects claims without their checks", () => {
    expect(parsePortRequest({ type: "claims", claims: [{ ...claim, checks: undefined }] })).toBeNull();
  });
});
