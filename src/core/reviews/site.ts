// Which address a page's reviews and history are kept under. A page chooses its own rel=canonical and og:url, so it
// could claim another site's article and read or clear that article's reviews: a canonical address counts only when it
// is on the same site (registrable domain) as the page itself.

/**
 * The registrable domain of a host ("www.lemonde.fr" → "lemonde.fr"), from the Public Suffix List.
 *
 * STAND-IN until the tldts package backs it (`getDomain(host) ?? host`): the host itself. Never wider than the real
 * registrable domain, so a canonical address on another site is never trusted; one on a sibling host of the same site
 * ("amp.lemonde.fr" → "www.lemonde.fr") is not trusted either, and the page's own address is used.
 */
export function registrableDomain(host: string): string {
  return host.toLowerCase().replace(/\.$/, "");
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
