// Every review in one file and read back: merged with what is stored, claim by claim, the newer change kept, so that
// overlapping files and a file read twice neither lose a review nor store one twice.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { exportReviews, importReviews } from "../../src/browser/storage/review-archive";
import { loadPageReviews, storeReview } from "../../src/browser/storage/reviews";
import { archiveOf, mergeArchive, readArchive, type ArchivedReview } from "../../src/core/reviews/archive";
import { quoteOf } from "../../src/core/model/quote";
import type { FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser;
const text = "Selon une source diplomatique, Alger se serait montrée très ferme. Une autre source le dément.";
const first = quoteOf(text, 0, 66);
const second = quoteOf(text, 67, text.length);
const article = { url: "https://www.middleeasteye.net/fr/news/haftar", title: "Khalifa Haftar à Alger" };

const review = (quote: typeof first, status: ArchivedReview["status"], updated: string, note = ""): ArchivedReview => ({
  status, note, updated, quote, ...article,
});

let storage: Record<string, unknown>;
beforeEach(() => {
  storage = {};
  Object.assign(fake.storage.local, {
    get: vi.fn(async (keys: string | string[] | null) =>
      keys === null ? { ...storage } : Object.fromEntries([keys].flat().filter((k) => k in storage).map((k) => [k, storage[k]])),
    ),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(storage, structuredClone(items))),
    remove: vi.fn(async (keys: string | string[]) => [keys].flat().forEach((key) => delete storage[key])),
  });
});

describe("merging a review file", () => {
  it("adds the claims it does not have, keeps the newer review of the ones it has, and writes a claim once", () => {
    const merged = mergeArchive(new Map(), [
      review(first, "verified", "2026-12-01T10:00:00Z"),
      review(first, "disputed", "2026-12-02T10:00:00Z", "asked the embassy"),
      review(second, "to-check", "2026-12-01T09:00:00Z"),
    ]);
    expect(Object.values(merged.writes).map((r) => [r.status, r.note])).toEqual([["disputed", "asked the embassy"], ["to-check", ""]]);
    expect(merged).toMatchObject({ added: 2, updated: 0, unchanged: 1 });
  });

  it("says why a file is not read, and takes nothing from a file with one bad review", () => {
    expect(readArchive("{")).toEqual({ error: "not-json" });
    expect(readArchive(JSON.stringify({ reviews: [] }))).toEqual({ error: "not-archive" });
    expect(readArchive(JSON.stringify({ ...archiveOf([], "2026-12-01T00:00:00Z"), version: 2 }))).toEqual({ error: "version" });
    const bad = archiveOf([review(first, "verified", "2026-12-01T10:00:00Z"), { ...review(second, "verified", "yesterday") }], "x");
    expect(readArchive(JSON.stringify(bad))).toEqual({ error: "malformed" });
  });
});

describe("the reviews in storage, to a file and back", () => {
  it("gives every stored review, and a fresh browser reading the file stores the same", async () => {
    await storeReview(article, first, { status: "verified", note: "confirmed on record", updated: "2026-12-01T10:00:00.000Z" });
    await storeReview(article, second, { status: "disputed", note: "", updated: "2026-12-01T11:00:00.000Z" });
    const file = JSON.stringify(await exportReviews("2026-12-03T00:00:00.000Z"));
    const before = await loadPageReviews(article.url);

    storage = {};
    expect(await importReviews(file)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await loadPageReviews(article.url)).toEqual(before);
    // Read twice: nothing new, nothing doubled.
    expect(await importReviews(file)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect((await loadPageReviews(article.url)).size).toBe(2);
  });

  it("merges overlapping files: a newer review replaces the stored one, an older one is left out, nothing is lost", async () => {
    await storeReview(article, first, { status: "to-check", note: "", updated: "2026-12-02T10:00:00.000Z" });
    const older = archiveOf([review(first, "verified", "2026-12-01T10:00:00Z"), review(second, "verified", "2026-12-01T10:00:00Z")], "x");
    const newer = archiveOf([review(second, "disputed", "2026-12-03T10:00:00Z", "a second source denies it")], "y");
    expect(await importReviews(JSON.stringify(older))).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(await importReviews(JSON.stringify(newer))).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const stored = [...(await loadPageReviews(article.url)).values()].map((r) => [r.quote.exact, r.status, r.note]);
    expect(stored.sort()).toEqual([[first.exact, "to-check", ""], [second.exact, "disputed", "a second source denies it"]].sort());
  });

  it("writes nothing from a file it cannot read", async () => {
    await expect(importReviews("not json")).rejects.toThrow("not-json");
    expect(fake.storage.local.set).not.toHaveBeenCalled();
  });
});
