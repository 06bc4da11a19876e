// @vitest-environment jsdom
// The options page deletes what Anonymark keeps: the reviews of one article, or everything (reviews, history, settings,
// automatic sites); each only once the reader confirms, and a failure says so.
import { h, render } from "preact";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { Options } from "../../src/options/Options";
import { browser } from "../../src/browser/platform";
import { reviewKey } from "../../src/core/reviews/key";
import { useLocale, type FakeBrowser } from "../popup/fake-platform";
import { installFakeStorage } from "../reviews/fake-storage";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser & { commands: { getAll: ReturnType<typeof vi.fn> } };

const haftar = "https://www.middleeasteye.net/fr/news/haftar";
const talks = "https://www.lemonde.fr/international/talks";
const review = (url: string, title: string, exact: string, updated: string) => ({
  [reviewKey(url, { exact, prefix: "", suffix: "" })]: {
    status: "verified", note: "Confirmed by a second diplomat", updated, quote: { exact, prefix: "", suffix: "" }, url, title,
  },
});

let storage: ReturnType<typeof installFakeStorage>;
let container: HTMLElement;
const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const click = async (selector: string) => {
  const button = await vi.waitFor(() => {
    expect($(selector)).not.toBeNull();
    return $(selector)!;
  });
  button.click();
};
const articles = () =>
  [...container.querySelectorAll("[data-testid=reviewed-article]")].map((row) =>
    [...row.children].slice(0, 2).map((cell) => cell.textContent),
  );

beforeEach(async () => {
  useLocale("en");
  storage = installFakeStorage(fake);
  Object.assign(storage.data, {
    ...review(haftar, "Khalifa Haftar à Alger", "Selon une source diplomatique, Alger se serait montrée très ferme.", "2024-05-03T10:00:00.000Z"),
    ...review(haftar, "Khalifa Haftar à Alger", "Une source sécuritaire l'a confirmé.", "2024-05-02T10:00:00.000Z"),
    // An article as an earlier version kept it: one entry for all its reviews.
    [`reviews:${talks}`]: {
      url: talks, title: "Talks resume",
      reviews: [{ status: "disputed", note: "", updated: "2024-05-01T10:00:00.000Z", quote: { exact: "Officials said.", prefix: "", suffix: "" } }],
    },
    history: [{ url: haftar, title: "Khalifa Haftar à Alger", site: "Middle East Eye", claims: 8, sources: 5, date: "2024-05-03T09:00:00.000Z" }],
    claimColor: "skyBlue",
    autoSites: ["middleeasteye.net"],
  });
  fake.commands = { getAll: vi.fn(async () => []) };
  fake.permissions.remove.mockClear();
  container = document.createElement("div");
  document.body.append(container);
  render(h(Options, {}), container);
  await vi.waitFor(() => expect(articles()).toHaveLength(2));
});

afterEach(() => {
  render(null, container);
  container.remove();
});

it("lists the articles with reviews, and deletes one article's reviews once the reader confirms", async () => {
  expect(articles()).toEqual([["Khalifa Haftar à Alger", "2"], ["Talks resume", "1"]]);
  await click("[aria-label='Delete the reviews of Khalifa Haftar à Alger']");
  await vi.waitFor(() => expect($("[data-testid=confirm]")).not.toBeNull());
  expect($("[data-testid=confirm]")?.textContent).toContain("Delete the reviews of Khalifa Haftar à Alger? This cannot be undone.");
  await vi.waitFor(() => expect(document.activeElement?.textContent).toBe("Cancel"));
  (document.activeElement as HTMLButtonElement).click();
  await vi.waitFor(() => expect($("[data-testid=confirm]")).toBeNull());
  expect(articles()).toHaveLength(2);

  await click("[aria-label='Delete the reviews of Talks resume']");
  await click("[data-testid=confirm-delete]");
  await vi.waitFor(() => expect(articles()).toEqual([["Khalifa Haftar à Alger", "2"]]));
  expect($("[role=status]")?.textContent).toBe("Reviews deleted.");
  expect(Object.keys(storage.data).filter((key) => key.startsWith("reviews:"))).toHaveLength(2);
  expect(storage.data.history).toHaveLength(1);
});

it("deletes everything Anonymark stored once the reader confirms, and gives the sites' permissions back", async () => {
  await click("[data-testid=erase-everything]");
  await vi.waitFor(() => expect($("[data-testid=confirm]")).not.toBeNull());
  expect($("[data-testid=confirm]")?.textContent).toContain("Delete all your reviews, notes, history and settings?");
  expect(storage.data.history).toBeDefined();
  await click("[data-testid=confirm-delete]");
  await vi.waitFor(() => expect($("[role=status]")?.textContent).toBe("Everything Anonymark stored has been deleted."));
  expect(storage.data).toEqual({});
  expect(fake.permissions.remove).toHaveBeenCalledWith(expect.objectContaining({ origins: ["*://*.middleeasteye.net/*"] }));
  await vi.waitFor(() => expect($("[data-testid=reviews]")?.textContent).toContain("No review yet."));
  expect($("[data-testid=history]")?.textContent).toContain("No page analysed yet.");
  expect(($(".color-choice select") as HTMLSelectElement).value).toBe("yellow");
});

it("says when storage refused a deletion, and still lists what was not deleted", async () => {
  storage.local.remove.mockRejectedValueOnce(new Error("storage is disabled"));
  await click("[aria-label='Delete the reviews of Talks resume']");
  await click("[data-testid=confirm-delete]");
  await vi.waitFor(() => expect($("[role=status]")?.textContent).toBe("Deletion failed: storage is disabled"));
  expect(articles()).toHaveLength(2);
});
