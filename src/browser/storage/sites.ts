// The sites the reader asked to have analysed as their pages load. Each is a host name (with its subdomains); the
// extension may read its pages only once the reader has granted that site's host permission, asked for when they add
// it and given back when they remove it. No site is listed, and no host permission held, by default.
import { browser } from "../platform";

type Permissions = Parameters<typeof browser.permissions.request>[0];

const SITES_KEY = "autoSites";

/** The site the reader typed ("lemonde.fr", "https://www.lemonde.fr/international/"), as a host name, or null. */
export function siteOf(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  // "www." names the site's main host: listing the site covers it and the site's other hosts.
  return url.hostname.replace(/^www\./, "") || null;
}

/** Whether the host is a bare name or an address, which has no subdomains to cover. */
function isSingleHost(site: string): boolean {
  return !site.includes(".") || /^[\d.]+$/.test(site) || site.startsWith("[");
}

/** The host permission a site needs: its pages over HTTP and HTTPS, on the site and its subdomains. */
export function originPattern(site: string): string {
  return isSingleHost(site) ? `*://${site}/*` : `*://*.${site}/*`;
}

/** The listed site a page belongs to, or null. */
export function listedSiteOf(url: string, sites: readonly string[]): string | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  return sites.find((site) => host === site || (!isSingleHost(site) && host.endsWith(`.${site}`))) ?? null;
}

export async function loadSites(): Promise<string[]> {
  const { [SITES_KEY]: stored } = await browser.storage.local.get(SITES_KEY);
  return Array.isArray(stored) ? stored.filter((site): site is string => typeof site === "string") : [];
}

/**
 * Chrome parses pages away from them in an offscreen document, behind a permission of its own, asked for with the
 * first site. Firefox's background page has a DOM parser, and its manifest lists no such permission.
 */
function offscreenPermission(): string[] {
  const optional = (browser.runtime.getManifest().optional_permissions ?? []) as string[];
  return optional.includes("offscreen") ? ["offscreen"] : [];
}

/**
 * Asks for the site's permission and lists the site if the reader grants it. Must be called from the reader's
 * gesture, before anything else is awaited: browsers grant permissions only then.
 */
export async function addSite(site: string): Promise<boolean> {
  const granted = await browser.permissions.request({
    origins: [originPattern(site)],
    permissions: offscreenPermission(),
  } as Permissions);
  if (!granted) return false;
  const sites = await loadSites();
  if (!sites.includes(site)) await browser.storage.local.set({ [SITES_KEY]: [...sites, site] });
  return true;
}

/** Takes the site off the list and gives its permission back (and the offscreen one with the last site). */
export async function removeSite(site: string): Promise<void> {
  const sites = (await loadSites()).filter((other) => other !== site);
  await browser.storage.local.set({ [SITES_KEY]: sites });
  const permissions = { origins: [originPattern(site)], permissions: sites.length ? [] : offscreenPermission() };
  // A permission the browser holds for the extension whatever the reader does (a test build's) is not removable.
  await browser.permissions.remove(permissions as Permissions).catch(() => false);
}
