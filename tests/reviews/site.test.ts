// A page files its reviews and history under its canonical address only when that address is on its own site.
import { expect, test } from "vitest";
import { reviewAddress } from "../../src/core/reviews/site";

const page = "https://www.middleeasteye.net/fr/news/haftar?utm_source=x";

test("a canonical address on the page's own site is where its reviews are kept", () => {
  expect(reviewAddress("https://www.middleeasteye.net/fr/news/haftar", page)).toBe("https://www.middleeasteye.net/fr/news/haftar");
  expect(reviewAddress("http://WWW.MIDDLEEASTEYE.NET/fr/news/haftar", page)).toBe("http://WWW.MIDDLEEASTEYE.NET/fr/news/haftar");
});

test("sibling hosts of one site are one site: an AMP page files its reviews under the article's address", () => {
  const amp = "https://amp.lemonde.fr/international/article/2024/05/02/talks.html";
  expect(reviewAddress("https://www.lemonde.fr/international/article/2024/05/02/talks.html", amp)).toBe(
    "https://www.lemonde.fr/international/article/2024/05/02/talks.html",
  );
  // A public suffix is no site: two co.uk newspapers, two pages hosted on github.io, are strangers.
  expect(reviewAddress("https://www.thetimes.co.uk/article/x", "https://www.telegraph.co.uk/news/y")).toBe("https://www.telegraph.co.uk/news/y");
  expect(reviewAddress("https://victim.github.io/post", "https://attacker.github.io/post")).toBe("https://attacker.github.io/post");
});

test("a canonical address on another site is not: the page's own address is", () => {
  for (const claimed of [
    "https://www.lemonde.fr/international/article/2024/05/02/talks.html",
    "https://www.middleeasteye.net.attacker.example/fr/news/haftar",
    "https://attacker.example/www.middleeasteye.net/fr/news/haftar",
    "javascript:alert(1)",
    "not an address",
  ]) {
    expect(reviewAddress(claimed, page)).toBe(page);
  }
});

test("a page without a site of its own (a local file) keeps its own address", () => {
  expect(reviewAddress("file:///home/reader/other.html", "file:///home/reader/article.html")).toBe("file:///home/reader/article.html");
});
