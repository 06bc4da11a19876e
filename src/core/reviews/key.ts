// Where a page's reviews are kept: one storage.local entry per article, keyed by its canonical URL (the extractor
// already took rel=canonical, then og:url, then the page's address), normalised so that the same article reached by
// slightly different addresses finds its reviews again.

/** Prefix of the storage keys that hold reviews, so that they can be listed and cleared apart from settings. */
export const REVIEWS_PREFIX = "reviews:";

/** The article's address without what does not change the article: fragment, order of parameters, final slash. */
export function normaliseUrl(url: string): string {
  let address: URL;
  try {
    address = new URL(url.trim());
  } catch {
    return url.trim();
  }
  address.hash = "";
  address.searchParams.sort();
  if (address.pathname.length > 1) address.pathname = address.pathname.replace(/\/+$/, "");
  return address.href;
}

export function reviewsKey(url: string): string {
  return REVIEWS_PREFIX + normaliseUrl(url);
}
