// Which address a page's reviews and history are kept under. A page chooses its own rel=canonical and og:url, so it
// could claim another site's article and read or clear that article's reviews: a canonical address counts only when it
// is on the same site (registrable domain) as the page itself.
import { getDomain } from "tldts";

/**
 * The registrable domain of a host ("amp.lemonde.fr" → "lemonde.fr"), from the Public Suffix List with its private
 * part, so that two "*.github.io" pages are two sites; the host itself where the list has nothing (an address, a
 * single label such as localhost).
 */
export function registrableDomain(host: string): string {
  const bare = host.toLowerCase().replace(/\.$/, "");
  return getDomain(bare, { allowPrivateDomains: true }) ?? bare;
}

/** The page's canonical address when it is on the page's own site (over HTTP or HTTPS), else the page's address. */
export function reviewAddress(canonical: string, page: string): string {
  const site = (url: string) => {
    try {
      const { protocol, hostname } = new URL(url);
      return (protocol === "https:" || protocol === "http:") && hostname ? registrableDomain(hostname) : null;
    } catch {
      return null;
    }
  };
  const own = site(page);
  return own !== null && site(canonical) === own ? canonical : page;
}
