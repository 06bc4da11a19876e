import { expect, test } from "vitest";
import { normaliseUrl, reviewKey } from "../../src/core/reviews/key";

const quote = { exact: "Selon une source diplomatique, Alger se serait montrée très ferme.", prefix: "", suffix: " Une" };
const reviewsKey = (url: string) => reviewKey(url, quote);

test("addresses of the same article give the same key", () => {
  const canonical = "https://www.example.com/world/2024/05/02/talks?id=7&lang=fr";
  for (const variant of [
    "https://www.example.com/world/2024/05/02/talks?lang=fr&id=7",
    "https://WWW.EXAMPLE.COM/world/2024/05/02/talks/?id=7&lang=fr",
    "https://www.example.com:443/world/2024/05/02/talks?id=7&lang=fr#comments",
    // Reached from a newsletter: the page's own address, when its canonical one is on another site.
    "https://www.example.com/world/2024/05/02/talks?utm_source=newsletter&id=7&fbclid=x1&lang=fr",
  ]) {
    expect(reviewsKey(variant)).toBe(reviewsKey(canonical));
  }
});

test("different articles give different keys", () => {
  expect(reviewsKey("https://www.example.com/a")).not.toBe(reviewsKey("https://www.example.com/b"));
  expect(reviewsKey("https://www.example.com/a?id=1")).not.toBe(reviewsKey("https://www.example.com/a?id=2"));
  expect(normaliseUrl("https://www.example.com/")).toBe("https://www.example.com/");
});

test("each claim's review has a key of its own: its quote and context tell it apart", () => {
  const url = "https://www.example.com/a";
  expect(reviewKey(url, quote)).toBe(reviewKey(url, { ...quote }));
  expect(reviewKey(url, { ...quote, exact: `${quote.exact} ` })).not.toBe(reviewKey(url, quote));
  expect(reviewKey(url, { ...quote, prefix: "Hier. " })).not.toBe(reviewKey(url, quote));
  expect(reviewKey(url, { ...quote, suffix: " Le" })).not.toBe(reviewKey(url, quote));
});
