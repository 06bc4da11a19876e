import { expect, test } from "vitest";
import { normaliseUrl, reviewsKey } from "../../src/core/reviews/key";

test("addresses of the same article give the same key", () => {
  const canonical = "https://www.example.com/world/2024/05/02/talks?id=7&lang=fr";
  for (const variant of [
    "https://www.example.com/world/2024/05/02/talks?lang=fr&id=7",
    "https://WWW.EXAMPLE.COM/world/2024/05/02/talks/?id=7&lang=fr",
    "https://www.example.com:443/world/2024/05/02/talks?id=7&lang=fr#comments",
  ]) {
    expect(reviewsKey(variant)).toBe(reviewsKey(canonical));
  }
});

test("different articles give different keys", () => {
  expect(reviewsKey("https://www.example.com/a")).not.toBe(reviewsKey("https://www.example.com/b"));
  expect(reviewsKey("https://www.example.com/a?id=1")).not.toBe(reviewsKey("https://www.example.com/a?id=2"));
  expect(normaliseUrl("https://www.example.com/")).toBe("https://www.example.com/");
});
