// @vitest-environment jsdom
// The popup's sourcing profile, the checks on each claim, the review controls and the export menu, rendered with
// checks computed on real sentences of the seed article.
import { h, render, type ComponentChildren } from "preact";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { checkClaims, describeCheck } from "../../src/core/checks";
import type { PlacedClaim } from "../../src/core/model/findings";
import { analyzeText } from "../../src/dom/pipeline";
import { browser } from "../../src/browser/platform";
import { ClaimChecks } from "../../src/popup/ClaimChecks";
import { ExportMenu } from "../../src/popup/ExportMenu";
import { Profile } from "../../src/popup/Profile";
import { GoneReviews, ReviewControls } from "../../src/popup/ReviewControls";
import { ReviewsProvider } from "../../src/popup/ReviewsContext";
import type { Review } from "../../src/core/model/review";
import { parseCsv } from "../support/csv";
import { useLocale, type FakeBrowser } from "./fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("./fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser;

// Paragraphs of the seed article (Middle East Eye, French edition, 18 December 2016), joined as the extractor joins them.
const text = [
  "Khalifa Haftar à Alger : le maréchal demande des armes",
  "Selon une source diplomatique, le projet de coopération militaire proposé par le maréchal rebelle a été conditionné par les Algériens à une entente avec le Gouvernement d'union nationale.",
  "Une source diplomatique algérienne a révélé à Middle East Eye que le maréchal rebelle avait demandé des armes.",
  "« Il s'est présenté comme le partenaire militaire le plus crédible et le plus sûr », relève une source sécuritaire.",
  "Le ministre des Affaires étrangères, Ramtane Lamamra, a déclaré que l'Algérie soutenait le dialogue.",
].join("\n\n");
const analysis = analyzeText(text, "fr");
const report = checkClaims(text, analysis, { title: "Khalifa Haftar à Alger : le maréchal demande des armes" });
const claims: PlacedClaim[] = analysis.claims.map((claim) => ({ ...claim, checks: report.checks[claim.id] ?? [], placed: true }));
const TAB_ID = 7;
const article = {
  title: "Khalifa Haftar à Alger", lang: "fr", url: "https://www.middleeasteye.net/fr/news/haftar", droppedLead: false,
  siteName: "Middle East Eye", byline: null, published: "2016-12-18T10:00:00Z",
};

let container: HTMLElement;
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];

function show(children: ComponentChildren, reviewed: PlacedClaim[] = claims) {
  render(h(ReviewsProvider, { tabId: TAB_ID, claims: reviewed, children }), container);
}

/** The page's answers: reviews stored (or refused with `refusal`), and the article text for exports. */
function pageAnswers(refusal?: string) {
  fake.tabs.sendMessage.mockImplementation(async (_tab: number, request: { type: string }) => {
    if (request.type === "articleText") return { status: "ok", text };
    return refusal ? { status: "error", message: refusal } : { status: "ok" };
  });
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

beforeEach(() => {
  vi.clearAllMocks();
  useLocale("en");
  pageAnswers();
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

it("the seed sentences give claims with checks and a profile to show", () => {
  expect(claims.length).toBeGreaterThanOrEqual(3);
  expect(claims.every((claim) => claim.checks.length > 0)).toBe(true);
  expect(report.profile.namedAttributions).toBeGreaterThan(0);
});

describe("sourcing profile", () => {
  it("shows distinct sources, named versus unnamed attributions, the share of sentences and the top checks", () => {
    show(h(Profile, { profile: report.profile }));
    const { profile } = report;
    expect($("profile-sources")?.textContent).toBe(String(profile.unnamedSources));
    expect($("profile-attributions")?.textContent).toBe(`${profile.namedAttributions} named, ${profile.unnamedAttributions} unnamed`);
    const percent = `${Math.round(profile.unnamedShare * 100)}%`;
    expect($("profile-share")?.textContent).toBe(`${percent} (${profile.unnamedSentences} of ${profile.sentences})`);
    const top = [...$("profile-top-checks")!.querySelectorAll("li")].map((li) => li.textContent);
    expect(top).toEqual(profile.topChecks.slice(0, 3).map(({ id, claims: n }) => `${describeCheck(id, "en").title}: ${n}`));
  });

  it("speaks French with French check titles", () => {
    useLocale("fr");
    show(h(Profile, { profile: report.profile }));
    expect($("profile")?.textContent).toContain("Sources anonymes distinctes");
    const first = report.profile.topChecks[0]!;
    expect($("profile-top-checks")?.textContent).toContain(`${describeCheck(first.id, "fr").title} : ${first.claims}`);
  });

  it("counts the claims marked as false flags", () => {
    const flagged: Review = { status: "false-flag", note: "", updated: "2024-05-02T10:00:00.000Z" };
    show(h(Profile, { profile: report.profile }), claims.map((claim, i) => (i < 2 ? { ...claim, review: flagged } : claim)));
    expect($("profile-false-flags")?.textContent).toBe("2");
  });

  it("has no false-flag row when nothing is marked so", () => {
    show(h(Profile, { profile: report.profile }));
    expect($("profile-false-flags")).toBeNull();
  });
});

describe("checks of a claim", () => {
  it("lists each check with its title, explanation and standards, in the interface's language", () => {
    const claim = claims[0]!;
    show(h(ClaimChecks, { checks: claim.checks }));
    const items = $$("check");
    expect(items.map((item) => item.dataset.checkId)).toEqual(claim.checks.map((check) => check.id));
    const first = describeCheck(claim.checks[0]!.id, "en");
    expect(items[0]!.textContent).toContain(first.title);
    expect(items[0]!.textContent).toContain(first.explanation);
    expect(items[0]!.textContent).toContain(`Standard: ${new Intl.ListFormat("en", { type: "unit" }).format(first.standards)}`);
    render(null, container);
    useLocale("fr");
    show(h(ClaimChecks, { checks: claim.checks }));
    expect($$("check")[0]!.textContent).toContain(describeCheck(claim.checks[0]!.id, "fr").explanation);
    expect($$("check")[0]!.textContent).toContain("Référence :");
  });

  it("names each check's severity for screen readers, not by colour alone", () => {
    show(h(ClaimChecks, { checks: [{ id: "C2", severity: "warning" }, { id: "C13", severity: "positive" }] }));
    const [warning, positive] = $$("check");
    expect(warning!.querySelector(".visually-hidden")?.textContent).toContain("Warning");
    expect(positive!.querySelector(".visually-hidden")?.textContent).toContain("Good practice");
  });

  it("shows nothing for a claim no check applies to", () => {
    show(h(ClaimChecks, { checks: [] }));
    expect(container.textContent).toBe("");
  });
});

describe("review controls", () => {
  const claimId = claims[1]!.id;
  const sentReviews = () =>
    fake.tabs.sendMessage.mock.calls
      .map(([tab, request, options]) => ({ tab, request: request as { type: string; claimId?: string; review?: Review | null }, options }))
      .filter(({ request }) => request.type === "review");

  it("sends the chosen status to the page, which stores it", async () => {
    show(h(ReviewControls, { claimId }));
    choose($("review-status") as HTMLSelectElement, "verified");
    await vi.waitFor(() => expect(sentReviews()).toHaveLength(1));
    const [{ tab, request, options }] = sentReviews();
    expect(tab).toBe(TAB_ID);
    expect(options).toEqual({ frameId: 0 });
    expect(request).toMatchObject({ type: "review", claimId, review: { status: "verified", note: "" } });
    expect(Number.isNaN(Date.parse(request.review!.updated))).toBe(false);
    expect(($("review-status") as HTMLSelectElement).value).toBe("verified");
  });

  it("keeps a note, and a note alone makes the claim one to check", async () => {
    show(h(ReviewControls, { claimId }));
    const note = $("review-note") as HTMLTextAreaElement;
    note.value = "Asked the ministry, no answer yet";
    note.dispatchEvent(new Event("input", { bubbles: true }));
    note.dispatchEvent(new Event("change", { bubbles: true }));
    await vi.waitFor(() => expect(sentReviews()).toHaveLength(1));
    expect(sentReviews()[0]!.request.review).toMatchObject({ status: "to-check", note: "Asked the ministry, no answer yet" });
  });

  it("saves a note as it is typed, without waiting for the box to lose focus", async () => {
    show(h(ReviewControls, { claimId }));
    const note = $("review-note") as HTMLTextAreaElement;
    for (const typed of ["Asked", "Asked the embassy"]) {
      note.value = typed;
      note.dispatchEvent(new Event("input", { bubbles: true }));
    }
    await vi.waitFor(() => expect(sentReviews()).toHaveLength(1));
    expect(sentReviews()[0]!.request.review).toMatchObject({ status: "to-check", note: "Asked the embassy" });
  });

  it("saves a note typed just before the popup closes", async () => {
    show(h(ReviewControls, { claimId }));
    const note = $("review-note") as HTMLTextAreaElement;
    note.value = "Called the ministry";
    note.dispatchEvent(new Event("input", { bubbles: true }));
    dispatchEvent(new Event("pagehide"));
    // Well before the pause that would have saved it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sentReviews().map(({ request }) => request.review?.note)).toEqual(["Called the ministry"]);
  });

  it("a note written right after a status keeps that status", async () => {
    show(h(ReviewControls, { claimId }));
    choose($("review-status") as HTMLSelectElement, "verified");
    const note = $("review-note") as HTMLTextAreaElement;
    note.value = "Confirmed by a second diplomat";
    note.dispatchEvent(new Event("change", { bubbles: true }));
    await vi.waitFor(() => expect(sentReviews()).toHaveLength(2));
    expect(sentReviews()[1]!.request.review).toMatchObject({ status: "verified", note: "Confirmed by a second diplomat" });
  });

  it("shows a stored review, and removes it when set back to not reviewed", async () => {
    const stored: Review = { status: "disputed", note: "The ministry denies it", updated: "2024-05-02T10:00:00.000Z" };
    show(h(ReviewControls, { claimId }), claims.map((claim) => (claim.id === claimId ? { ...claim, review: stored } : claim)));
    expect(($("review-status") as HTMLSelectElement).value).toBe("disputed");
    expect(($("review-note") as HTMLTextAreaElement).value).toBe("The ministry denies it");
    choose($("review-status") as HTMLSelectElement, "");
    await vi.waitFor(() => expect(sentReviews()).toHaveLength(1));
    expect(sentReviews()[0]!.request.review).toBeNull();
  });

  it("goes back to the stored status and says why when the page cannot store the review", async () => {
    pageAnswers("no highlights in this page");
    show(h(ReviewControls, { claimId }));
    choose($("review-status") as HTMLSelectElement, "false-flag");
    await vi.waitFor(() => expect(container.querySelector("[role=alert]")).not.toBeNull());
    expect(container.querySelector("[role=alert]")?.textContent).toBe("The review could not be saved: no highlights in this page");
    expect(($("review-status") as HTMLSelectElement).value).toBe("");
  });

  it("keeps a note the page could not store in the box, says why, and saves it when asked again", async () => {
    // Preact runs effects on timers: faked, so that the test runs them all.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] });
    onTestFinished(() => void vi.useRealTimers());
    pageAnswers("QUOTA_BYTES quota exceeded");
    show(h(ReviewControls, { claimId }));
    const note = $("review-note") as HTMLTextAreaElement;
    note.value = "Asked the ministry, no answer yet";
    note.dispatchEvent(new Event("input", { bubbles: true }));
    note.dispatchEvent(new Event("change", { bubbles: true }));
    await vi.waitFor(() => expect(container.querySelector("[role=alert]")?.textContent).toBe(
      "The review could not be saved: QUOTA_BYTES quota exceeded",
    ));
    // Every effect of the page's refusal has run.
    vi.runAllTimers();
    expect(note.value).toBe("Asked the ministry, no answer yet");
    expect(($("review-status") as HTMLSelectElement).value).toBe("");

    pageAnswers();
    note.dispatchEvent(new Event("change", { bubbles: true }));
    await vi.waitFor(() => expect(container.querySelector("[role=alert]")).toBeNull());
    expect(sentReviews().at(-1)!.request.review).toMatchObject({ status: "to-check", note: "Asked the ministry, no answer yet" });
    expect(note.value).toBe("Asked the ministry, no answer yet");
  });

  it("offers the four statuses, in French too", () => {
    useLocale("fr");
    show(h(ReviewControls, { claimId }));
    const options = [...($("review-status") as HTMLSelectElement).options].map((option) => option.textContent);
    expect(options).toEqual(["Non vérifiée", "À vérifier", "Vérifiée", "Contestée", "Fausse alerte"]);
  });
});

it("shows reviews whose passage is gone, with their status and note", () => {
  const gone = {
    status: "verified" as const,
    note: "Confirmed by a second diplomat",
    updated: "2024-05-02T10:00:00.000Z",
    quote: { exact: "Selon une source diplomatique, Alger se serait montrée très ferme.", prefix: "", suffix: "" },
  };
  show(h(GoneReviews, { reviews: [gone] }));
  const item = $("gone-review")!;
  expect(item.textContent).toContain(gone.quote.exact);
  expect(item.textContent).toContain("Verified");
  expect(item.textContent).toContain("Passage no longer found");
  expect(item.textContent).toContain(gone.note);
});

describe("export menu", () => {
  const verified: Review = { status: "verified", note: "Confirmed by the foreign ministry", updated: "2024-05-02T10:00:00.000Z" };
  const reviewed = claims.map((claim, i) => (i === 0 ? { ...claim, review: verified } : claim));
  let downloaded: { blob: Blob; name: string } | null;

  beforeEach(() => {
    downloaded = null;
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((value: Blob) => ((blob = value), "blob:anonymark/1"));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = { blob: blob!, name: this.download };
    });
  });

  async function openMenu(format: string) {
    show(h(ExportMenu, { tabId: TAB_ID, article, claims: reviewed, profile: report.profile }), reviewed);
    choose($("export-format") as HTMLSelectElement, format);
    // Preact renders the new choice on the next tick, as it would between a reader's two clicks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it("downloads our JSON with every claim, its checks and its review, linked to its passage", async () => {
    await openMenu("json");
    $("export-download")!.click();
    await vi.waitFor(() => expect(downloaded).not.toBeNull());
    expect(downloaded!.name).toMatch(/^anonymark-khalifa-haftar-a-alger\.json$/);
    const json = JSON.parse(await downloaded!.blob.text());
    expect(json.claims).toHaveLength(claims.length);
    expect(json.claims[0].review).toEqual(verified);
    expect(json.claims[0].checks.map((c: { id: string }) => c.id)).toEqual(claims[0]!.checks.map((c) => c.id));
    expect(json.claims[0].link).toMatch(/^https:\/\/www\.middleeasteye\.net\/fr\/news\/haftar#:~:text=/);
    expect(json.claims[0]).not.toHaveProperty("placed");
    expect($("export-status")?.textContent).toBe(`Saved as ${downloaded!.name}.`);
  });

  it("copies the CSV to the clipboard", async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await openMenu("csv");
    $("export-copy")!.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    const csv = writeText.mock.calls[0]![0];
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(claims.length + 1);
    expect(csv).toContain("Confirmed by the foreign ministry");
    expect($("export-status")?.textContent).toBe("Copied to the clipboard.");
  });

  it("offers a ClaimReview only from reviews with a verdict", async () => {
    await openMenu("claim-review");
    $("export-download")!.click();
    await vi.waitFor(() => expect(downloaded).not.toBeNull());
    const reviews = JSON.parse(await downloaded!.blob.text());
    const list = Array.isArray(reviews) ? reviews : reviews["@graph"] ?? [reviews];
    expect(list).toHaveLength(1);
    expect(JSON.stringify(list[0])).toContain("Confirmed by the foreign ministry");
  });

  it("credits the reviewer the options name, with the separator and rating scale chosen there", async () => {
    fake.storage.local.get.mockResolvedValue({
      reviewerName: "Jeanne Martin", reviewerOrganisation: "Les Décodeurs", csvSeparator: ";", ratingScale: "verdict",
    });
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await openMenu("csv");
    expect($("export-hint")?.textContent).toContain("spreadsheet");
    $("export-copy")!.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    const [header, row] = parseCsv(writeText.mock.calls[0]![0], ";");
    expect(row![header!.indexOf("Author")]).toBe("Jeanne Martin (Les Décodeurs)");

    await openMenu("claim-review");
    $("export-download")!.click();
    await vi.waitFor(() => expect(downloaded).not.toBeNull());
    const [review] = JSON.parse(await downloaded!.blob.text())["@graph"];
    expect(review.author).toMatchObject({ "@type": "Person", name: "Jeanne Martin" });
    expect(review.reviewRating).toEqual({ "@type": "Rating", alternateName: "Verified" });
    expect(review.itemReviewed.appearance.publisher).toEqual({ "@type": "Organization", name: "Middle East Eye" });
  });

  it("says why when the page no longer answers", async () => {
    fake.tabs.sendMessage.mockRejectedValue(new Error("Could not establish connection"));
    await openMenu("md");
    $("export-download")!.click();
    await vi.waitFor(() => expect($("export-status")?.textContent).toBe("The export failed: Could not establish connection"));
    expect(downloaded).toBeNull();
  });
});
