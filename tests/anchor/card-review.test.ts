// The in-page card's review buttons: they show the claim's stored status and hand the reader's choice to the page's
// store; pressing the pressed one takes it back.
import { JSDOM } from "jsdom";
import { expect, test, vi } from "vitest";
import { SourceCard, type CardReviews } from "../../src/content/card";
import type { ReviewStatus } from "../../src/core/model/review";
import type { Claim } from "../../src/core/model/claim";

const t = (key: string) => `[${key}]`;

const sentence = "Selon une source diplomatique, Alger se serait montrée très ferme.";
const claim: Claim = {
  id: "firm", text: sentence, start: 0, end: sentence.length,
  source: { text: "une source diplomatique", start: 6, end: 29, category: "diplomatic", anonymity: "anonymous" },
  cue: { text: "Selon", start: 0, end: 5 }, kind: "explicit", group: "g1", hedges: [], rule: "cue-before",
};

function openCard(reviews: CardReviews | null) {
  const { window } = new JSDOM("<p>page</p>");
  const roots: ShadowRoot[] = [];
  const attachShadow = window.Element.prototype.attachShadow;
  vi.spyOn(window.Element.prototype, "attachShadow").mockImplementation(function (this: Element, init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  });
  new SourceCard(window.document, t, reviews).show(claim, null);
  const root = roots[0]!;
  const buttons = () => [...root.querySelectorAll<HTMLButtonElement>("button.status")];
  const pressed = () => buttons().filter((b) => b.getAttribute("aria-pressed") === "true").map((b) => b.dataset.status);
  return { root, buttons, pressed };
}

test("the card offers the four statuses, the stored one pressed, and sends the reader's choice", () => {
  let stored: ReviewStatus | null = "disputed";
  const setStatus = vi.fn(async (_id: string, status: ReviewStatus | null) => void (stored = status));
  const card = openCard({ statusOf: () => stored, setStatus });
  expect(card.root.querySelector("legend")?.textContent).toBe("[cardReview]");
  expect(card.buttons().map((b) => b.textContent)).toEqual(["[reviewToCheck]", "[reviewVerified]", "[reviewDisputed]", "[reviewFalseFlag]"]);
  expect(card.pressed()).toEqual(["disputed"]);

  card.buttons().find((b) => b.dataset.status === "verified")!.click();
  expect(setStatus).toHaveBeenLastCalledWith("firm", "verified");
  expect(card.pressed()).toEqual(["verified"]);

  card.buttons().find((b) => b.dataset.status === "verified")!.click();
  expect(setStatus).toHaveBeenLastCalledWith("firm", null);
  expect(card.pressed()).toEqual([]);
});

test("a status storage refused is not shown as pressed, and the card says why", async () => {
  const setStatus = vi.fn(async () => Promise.reject(new Error("QUOTA_BYTES quota exceeded")));
  const card = openCard({ statusOf: () => "disputed", setStatus });
  card.buttons().find((b) => b.dataset.status === "verified")!.click();
  await vi.waitFor(() => expect(card.pressed()).toEqual(["disputed"]));
  expect(card.root.querySelector("[role=alert]")?.textContent).toBe("[reviewSaveFailed]");
});

test("without a review store the card has no review buttons", () => {
  expect(openCard(null).buttons()).toEqual([]);
});

test("highlights take the colours the reader chose", async () => {
  const { Highlighter } = await import("../../src/dom/highlight/highlighter");
  const { window } = new JSDOM("<p>Selon une source diplomatique, Alger se serait montrée très ferme.</p>");
  const doc = window.document;
  const text = doc.querySelector("p")!.firstChild!;
  const range = doc.createRange();
  range.setStart(text, 0);
  range.setEnd(text, sentence.length);
  new Highlighter(doc, { colors: { claim: "#56b4e9", source: "#cc79a7" } }).draw(
    [{ claimId: claim.id, range, sourceRange: null }],
    [claim],
  );
  const css = [...doc.querySelectorAll("style")].map((style) => style.textContent).join("\n") +
    [...(doc.adoptedStyleSheets ?? [])].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\n");
  expect(css).toContain("#56b4e980");
  expect(css).toContain("#cc79a78c");
  expect(css).not.toContain("#f0e442");
});
