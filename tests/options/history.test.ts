import { expect, test, vi } from "vitest";
import { addVisit, outletOf, outletSummaries, type Visit } from "../../src/browser/storage/history";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const visit = (url: string, site: string, claims: number, date: string): Visit => ({
  url, title: url, site, claims, sources: Math.ceil(claims / 2), date,
});

test("a page analysed again replaces its earlier visit, newest first", () => {
  const first = visit("https://www.lemonde.fr/a", "Le Monde", 3, "2024-05-01T08:00:00.000Z");
  const second = visit("https://www.nytimes.com/b", "The New York Times", 5, "2024-05-02T08:00:00.000Z");
  const again = { ...first, claims: 4, date: "2024-05-03T08:00:00.000Z" };
  expect(addVisit(addVisit(addVisit([], first), second), again)).toEqual([again, second]);
});

test("the history keeps the latest 500 pages", () => {
  let history: Visit[] = [];
  for (let i = 0; i < 505; i++) history = addVisit(history, visit(`https://example.com/${i}`, "Example", 1, "2024-05-01T08:00:00.000Z"));
  expect(history).toHaveLength(500);
  expect(history[0]!.url).toBe("https://example.com/504");
});

test("outlets are summed up by pages, claims and claims per page", () => {
  const history = [
    visit("https://www.lemonde.fr/a", "Le Monde", 3, "2024-05-01T08:00:00.000Z"),
    visit("https://www.lemonde.fr/b", "Le Monde", 6, "2024-05-04T08:00:00.000Z"),
    visit("https://www.nytimes.com/c", "The New York Times", 5, "2024-05-02T08:00:00.000Z"),
  ];
  expect(outletSummaries(history)).toEqual([
    { site: "Le Monde", pages: 2, claims: 9, claimsPerPage: 4.5, lastVisit: "2024-05-04T08:00:00.000Z" },
    { site: "The New York Times", pages: 1, claims: 5, claimsPerPage: 5, lastVisit: "2024-05-02T08:00:00.000Z" },
  ]);
});

test("the outlet is the site's name, else the page's host", () => {
  expect(outletOf("https://www.middleeasteye.net/fr/news", "Middle East Eye")).toBe("Middle East Eye");
  expect(outletOf("https://www.middleeasteye.net/fr/news", null)).toBe("middleeasteye.net");
  expect(outletOf("https://www.middleeasteye.net/fr/news", "  ")).toBe("middleeasteye.net");
});
