// Where reviews are kept: one storage.local entry per reviewed claim, so that two tabs on the same article each write
// only the claims they change and never overwrite each other. An entry's key is its article's address, normalised so
// that the same article reached by slightly different addresses finds its reviews again, then the claim's quote.
import { TRACKING_PARAM } from "../model/address";
import type { TextQuote } from "../model/quote";

/** Prefix of the storage keys that hold reviews, so that they can be listed and cleared apart from settings. */
export const REVIEWS_PREFIX = "reviews:";

/**
 * The article's address without what does not change the article: fragment, tracking parameters, order of parameters,
 * final slash.
 */
export function normaliseUrl(url: string): string {
  let address: URL;
  try {
    address = new URL(url.trim());
  } catch {
    return url.trim();
  }
  address.hash = "";
  // forEach, not keys(): in Firefox's content scripts the iterator keys() returns is not iterable.
  const tracking: string[] = [];
  address.searchParams.forEach((_value, name) => void (TRACKING_PARAM.test(name) && tracking.push(name)));
  for (const name of tracking) address.searchParams.delete(name);
  address.searchParams.sort();
  if (address.pathname.length > 1) address.pathname = address.pathname.replace(/\/+$/, "");
  return address.href;
}

/** The one entry earlier versions kept for all of an article's reviews; read, and replaced on the next change. */
export function legacyReviewsKey(url: string): string {
  return REVIEWS_PREFIX + normaliseUrl(url);
}

/** What the keys of an article's reviews start with; a normalised address holds no space. */
export function articleReviewsPrefix(url: string): string {
  return `${legacyReviewsKey(url)} `;
}

/** The key of one claim's review: the article, then a hash of the quote and its context. */
export function reviewKey(url: string, quote: TextQuote): string {
  return articleReviewsPrefix(url) + hash(`${quote.prefix}\u0000${quote.exact}\u0000${quote.suffix}`);
}

/** 53 bits of cyrb53: two quotes of one article sharing a key is out of reach. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
