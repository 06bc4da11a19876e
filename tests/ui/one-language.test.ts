// @vitest-environment jsdom
// The popup and the options page speak the interface's language throughout: rendered in English and in French, with
// every part opened, neither shows a string of the other language (a message fragment, or its common small words).
import { h, render } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { checkClaims } from "../../src/core/checks";
import type { PlacedClaim } from "../../src/core/model/findings";
import { analyzeText } from "../../src/dom/pipeline";
import { Options } from "../../src/options/Options";
import { App } from "../../src/popup/App";
import { fakePort, locales, useLocale, type FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser & { commands?: unknown };
type Locale = keyof typeof locales;

// Written for this test in each language, so that the article's own words belong to the language shown.
const articles: Record<Locale, string> = {
  en: [
    "A senior official, who spoke on condition of anonymity, said the talks had collapsed.",
    "Some experts say the deal will not survive the summer.",
    "The minister, John Smith, said the government would reply on Monday.",
  ].join("\n\n"),
  fr: [
    "Selon une source diplomatique, les négociations auraient échoué.",
    "Plusieurs médias locaux affirment que l'accord ne tiendra pas l'été.",
    "Le ministre, Jean Dupont, a déclaré que le gouvernement répondrait lundi.",
  ].join("\n\n"),
};

/** Small words that give a language away wherever they stand. */
const smallWords: Record<Locale, string[]> = {
  en: ["the", "of", "and", "is", "with", "this", "that", "to", "no", "not"],
  fr: ["le", "la", "les", "des", "une", "est", "avec", "cette", "pas", "du"],
};

function result(locale: Locale) {
  const text = articles[locale];
  const analysis = analyzeText(text, locale);
  const { checks, profile } = checkClaims(text, analysis, {});
  const claims: PlacedClaim[] = analysis.claims.map((claim, i) => ({
    ...claim,
    checks: checks[claim.id] ?? [],
    placed: i > 0,
    ...(i === 0 ? { review: { status: "disputed" as const, note: "", updated: "2026-12-01T10:00:00.000Z" } } : {}),
  }));
  return {
    status: "ok",
    article: { title: "", lang: locale, url: "https://news.example/a", droppedLead: true, siteName: null, byline: null, published: null },
    claims,
    counts: { claims: claims.length, sources: new Set(claims.map((c) => c.group)).size, unplaced: 1 },
    highlightsVisible: true,
    profile,
    goneReviews: [],
  };
}

let container: HTMLElement;

beforeEach(() => {
  fake.storage.local.get.mockResolvedValue({});
  fake.scripting.executeScript.mockResolvedValue([]);
  fake.commands = { getAll: vi.fn(async () => [{ name: "_execute_action", shortcut: "Alt+Shift+A" }]) };
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

/** Everything the reader may read, one text node a line: text, labels and hints of controls; every <details> opened. */
function readable(): string {
  for (const details of container.querySelectorAll("details")) details.open = true;
  const attributes = [...container.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((element) =>
    ["aria-label", "title", "placeholder"].map((name) => element.getAttribute(name) ?? ""),
  );
  const texts: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Signs read by no one (aria-hidden) are not words.
    if (!node.parentElement?.closest("[aria-hidden=true]")) texts.push(node.textContent ?? "");
  }
  return [...texts, ...attributes].join("\n");
}

/** The literal parts of the other language's messages that differ from this language's: none may be shown. */
function foreignFragments(locale: Locale): string[] {
  const other: Locale = locale === "en" ? "fr" : "en";
  return Object.entries(locales[other]).flatMap(([key, { message }]) => {
    if (key === "locale" || message === locales[locale][key]?.message) return [];
    return message.split(/\$\w+\$/).map((part) => part.trim()).filter((part) => part.length >= 10);
  });
}

function expectOnly(locale: Locale, text: string, data: readonly string[]) {
  // The article's own words are the page's, not the interface's.
  const shown = data.reduce((rest, words) => rest.split(words).join(" "), text);
  for (const fragment of foreignFragments(locale)) expect(shown, fragment).not.toContain(fragment);
  const other: Locale = locale === "en" ? "fr" : "en";
  // Lower-case words only: "The New York Times" is a name in any language.
  const words = new Set(shown.match(/\p{L}+/gu) ?? []);
  expect(smallWords[other].filter((word) => words.has(word))).toEqual([]);
  // French sets its high punctuation apart from the word before it.
  if (locale === "fr") expect(shown.replace(/\w+:\/\//g, "").match(/\p{L}[:;!?]/gu) ?? []).toEqual([]);
}

describe.each(["en", "fr"] as const)("in %s", (locale) => {
  it("the popup, with a result, its profile, checks, reviews and export menu", async () => {
    useLocale(locale);
    const answer = result(locale);
    fake.tabs.query.mockResolvedValue([{ id: 7, url: "https://news.example/a" }]);
    fake.tabs.connect.mockImplementation(() => {
      const port = fakePort();
      port.postMessage.mockImplementation((message) => {
        if ((message as { type: string }).type === "analyze") queueMicrotask(() => port.receive({ type: "result", result: answer }));
      });
      return port;
    });
    render(h(App, { search: "" }), container);
    await vi.waitFor(() => expect(container.querySelector("[data-testid=profile]")).not.toBeNull());
    expectOnly(locale, readable(), answer.claims.flatMap((claim) => [claim.text, claim.source.text, claim.cue?.text ?? ""]));
  });

  it("the options page", async () => {
    useLocale(locale);
    render(h(Options, {}), container);
    await vi.waitFor(() => expect(container.querySelector("[data-testid=exports]")).not.toBeNull());
    expectOnly(locale, readable(), []);
  });
});
