// Pages no extension may script. Checked before injecting so the popup can say why at once; the injection error is
// still caught, since browsers add to these lists (enterprise policies, new internal schemes).

export type Restriction = "browser" | "store" | "pdf" | "file" | "unknown";

// Internal pages of Chromium-based browsers and Firefox, other extensions' pages (and the Chrome PDF viewer, itself an
// extension page), and documents with no web origin.
const BROWSER_SCHEMES = new Set([
  "about:", "brave:", "chrome:", "chrome-error:", "chrome-extension:", "chrome-search:", "chrome-untrusted:",
  "data:", "devtools:", "edge:", "javascript:", "moz-extension:", "opera:", "resource:", "view-source:", "vivaldi:",
]);

// Extension stores, which browsers protect from every extension.
const STORES: { host: string; path?: string }[] = [
  { host: "chromewebstore.google.com" },
  { host: "chrome.google.com", path: "/webstore" },
  { host: "addons.mozilla.org" },
  { host: "microsoftedge.microsoft.com", path: "/addons" },
];

/**
 * Why the page at `url` cannot be read, or null when injecting may work. Local files are tried: whether the user
 * allowed file access is known only to the browser (Firefox never reports it), so a refusal tells.
 */
export function restrictionOf(url: string): Restriction | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return "browser";
  if (STORES.some(({ host, path }) => parsed.hostname === host && (!path || parsed.pathname.startsWith(path)))) {
    return "store";
  }
  // The browser shows PDF files in its own viewer, which extensions cannot script.
  if (parsed.pathname.toLowerCase().endsWith(".pdf")) return "pdf";
  return null;
}

/** Why the browser refused to let us into the page at `url`. */
export function refusalOf(url: string | undefined): Restriction {
  if (url === undefined) return "unknown";
  return url.startsWith("file:") ? "file" : (restrictionOf(url) ?? "unknown");
}
