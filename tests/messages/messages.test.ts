import { describe, expect, it } from "vitest";
import {
  isFromExtension,
  parseAck,
  parseAnalyzeResult,
  parseBackgroundRequest,
  parseContentRequest,
  parsePortEvent,
  parsePortRequest,
} from "../../src/browser/messages";

// A claim as the content script sends it, from the seed article (Middle East Eye, French edition).
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
  checks: [],
  placed: true,
};
const okResult = {
  status: "ok",
  article: {
    title: "Algérie-Libye", lang: "fr", url: "https://www.middleeasteye.net/fr", droppedLead: false,
    siteName: "Middle East Eye", byline: null, published: null,
  },
  claims: [claim],
  counts: { claims: 1, sources: 1, unplaced: 0 },
  highlightsVisible: true,
  profile: {
    unnamedSources: 1, unnamedAttributions: 1, namedAttributions: 0, sentences: 1, unnamedSentences: 1, unnamedShare: 1,
    topChecks: [],
  },
  goneReviews: [],
};

describe("content requests", () => {
  it.each([
    { type: "reveal", claimId: "c1" },
    { type: "setHighlights", visible: false },
  ])("accepts %o", (request) => {
    expect(parseContentRequest(request)).toEqual(request);
  });

  it.each([
    ["nothing", undefined],
    ["a string", "analyze"],
    ["an array", [{ type: "analyze", includeVague: true }]],
    ["an unknown type", { type: "eval", code: "alert(1)" }],
    ["a missing field", { type: "reveal" }],
    ["a field of the wrong type", { type: "setHighlights", visible: "false" }],
    ["another message's fields", { type: "analyze", claimId: "c1" }],
  ])("rejects %s", (_, message) => {
    expect(parseContentRequest(message)).toBeNull();
  });
});

describe("analysis port", () => {
  const { placed: _placedOnlyInResults, ...sentClaim } = claim;
  const outline = {
    title: "Algérie-Libye", byline: null, lang: "fr", standfirst: null, blocks: [{ start: 0, end: 13, role: "title" }],
    url: "https://www.middleeasteye.net/fr", siteName: "Middle East Eye", published: null, droppedLead: false,
  };

  it.each([
    { type: "analyze", includeVague: true },
    { type: "text", chunk: "Selon une source diplomatique" },
    { type: "claims", claims: [sentClaim] },
    { type: "place", article: outline, includeVague: false, profile: okResult.profile },
  ])("accepts the popup's %o", (request) => {
    expect(parsePortRequest(request)).toEqual(request);
  });

  it.each([
    ["an analysis request without its setting", { type: "analyze" }],
    ["text that is not a string", { type: "text", chunk: 42 }],
    ["a claim with offsets that are not counts", { type: "claims", claims: [{ ...sentClaim, start: -1 }] }],
    ["an article with a block of unknown role", { type: "place", article: { ...outline, blocks: [{ start: 0, end: 1, role: "ad" }] }, includeVague: true, profile: okResult.profile }],
  ])("rejects from the popup %s", (_, message) => {
    expect(parsePortRequest(message)).toBeNull();
  });

  it.each([
    { type: "snapshot", html: "<html></html>", done: true, url: "https://news.example/", articleInFrame: false, selected: false },
    { type: "selection", text: "Selon une source, …", url: "https://news.example/", title: "Une", lang: "fr" },
    { type: "progress", placed: 3, total: 8 },
    { type: "result", result: okResult },
    { type: "result", result: { status: "no-article", reason: "not-article", articleInFrame: true } },
  ])("accepts the page's %o", (event) => {
    expect(parsePortEvent(event)).toEqual(event);
  });

  it.each([
    ["a snapshot without its address", { type: "snapshot", html: "", done: true, articleInFrame: false }],
    ["progress as a fraction", { type: "progress", placed: 0.5, total: 1 }],
    ["a malformed result", { type: "result", result: { status: "ok", claims: "everything" } }],
  ])("rejects from the page %s", (_, event) => {
    expect(parsePortEvent(event)).toBeNull();
  });
});

describe("background requests", () => {
  it("accepts a claim count", () => {
    expect(parseBackgroundRequest({ type: "claimCount", count: 8 })).toEqual({ type: "claimCount", count: 8 });
  });

  it.each([-1, 2.5, Number.NaN, "8", Infinity])("rejects the count %s", (count) => {
    expect(parseBackgroundRequest({ type: "claimCount", count })).toBeNull();
  });
});

describe("analysis results", () => {
  it("accepts every status", () => {
    expect(parseAnalyzeResult(okResult)).toEqual(okResult);
    expect(parseAnalyzeResult({ status: "no-article", reason: "login-wall", selected: true })).not.toBeNull();
    expect(parseAnalyzeResult({ status: "no-article", reason: "behind a wall" })).toBeNull();
    expect(
      parseAnalyzeResult({ status: "unsupported-language", article: okResult.article, supportedLanguages: ["fr", "en"] }),
    ).not.toBeNull();
    expect(parseAnalyzeResult({ status: "error", message: "boom" })).not.toBeNull();
  });

  it.each([
    ["an unknown category", { source: { ...claim.source, category: "celebrity" } }],
    ["an unknown anonymity", { source: { ...claim.source, anonymity: "named" } }],
    ["an unknown kind", { kind: "rumour" }],
    ["a negative offset", { start: -3 }],
    ["no placed flag", { placed: undefined }],
    ["a cue that is not a span", { cue: "Selon" }],
    ["hedges that are not strings", { hedges: [1] }],
    ["a relayedBy that is not a string", { relayedBy: 3 }],
  ])("rejects a claim with %s", (_, change) => {
    expect(parseAnalyzeResult({ ...okResult, claims: [{ ...claim, ...change }] })).toBeNull();
  });

  it("accepts a continuation (no cue) relayed by an outlet", () => {
    const relayed = { ...claim, cue: null, kind: "continuation", relayedBy: "Le Monde" };
    expect(parseAnalyzeResult({ ...okResult, claims: [relayed] })).not.toBeNull();
  });

  it("rejects a result without its counts or with an unknown status", () => {
    expect(parseAnalyzeResult({ ...okResult, counts: undefined })).toBeNull();
    expect(parseAnalyzeResult({ status: "pending" })).toBeNull();
    expect(parseAnalyzeResult(null)).toBeNull();
  });
});

describe("acknowledgements", () => {
  it("accepts ok and errors with a message, nothing else", () => {
    expect(parseAck({ status: "ok" })).toEqual({ status: "ok" });
    expect(parseAck({ status: "error", message: "no highlights" })).not.toBeNull();
    expect(parseAck({ status: "error" })).toBeNull();
    expect(parseAck(undefined)).toBeNull();
  });
});

describe("senders", () => {
  it("accepts this extension only", () => {
    expect(isFromExtension({ id: "ours" }, "ours")).toBe(true);
    expect(isFromExtension({ id: "another-extension" }, "ours")).toBe(false);
    expect(isFromExtension({}, "ours")).toBe(false);
  });
});
