// A local history of the pages analysed, for the options page: what each article's sourcing looked like, and a summary
// per outlet. Kept in storage.local on this device only; the reader can clear it.
import { browser } from "../platform";

export interface Visit {
  url: string;
  title: string;
  /** The outlet: the page's site name, else its host. */
  site: string;
  claims: number;
  sources: number;
  /** When the page was analysed (ISO 8601). */
  date: string;
}

export interface OutletSummary {
  site: string;
  pages: number;
  claims: number;
  /** Claims resting on unnamed sources, per page analysed. */
  claimsPerPage: number;
  lastVisit: string;
}

const HISTORY_KEY = "history";
/** The oldest visits go first beyond this many: the history is a working list, not an archive. */
const HISTORY_LIMIT = 500;

/** The site's name, or the host of its address. */
export function outletOf(url: string, siteName: string | null): string {
  if (siteName?.trim()) return siteName.trim();
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** The history with `visit` added, newest first; an article analysed again replaces its earlier visit. */
export function addVisit(history: readonly Visit[], visit: Visit): Visit[] {
  return [visit, ...history.filter((earlier) => earlier.url !== visit.url)].slice(0, HISTORY_LIMIT);
}

/** Outlets by number of pages analysed, then by name. */
export function outletSummaries(history: readonly Visit[]): OutletSummary[] {
  const outlets = new Map<string, OutletSummary>();
  for (const visit of history) {
    const outlet = outlets.get(visit.site) ?? { site: visit.site, pages: 0, claims: 0, claimsPerPage: 0, lastVisit: visit.date };
    outlet.pages += 1;
    outlet.claims += visit.claims;
    outlet.claimsPerPage = outlet.claims / outlet.pages;
    if (visit.date > outlet.lastVisit) outlet.lastVisit = visit.date;
    outlets.set(visit.site, outlet);
  }
  return [...outlets.values()].sort((a, b) => b.pages - a.pages || a.site.localeCompare(b.site));
}

export async function loadHistory(): Promise<Visit[]> {
  const stored = (await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY];
  return Array.isArray(stored) ? stored.filter(isVisit) : [];
}

export async function recordVisit(visit: Visit): Promise<void> {
  await browser.storage.local.set({ [HISTORY_KEY]: addVisit(await loadHistory(), visit) });
}

export async function clearHistory(): Promise<void> {
  await browser.storage.local.remove(HISTORY_KEY);
}

function isVisit(value: unknown): value is Visit {
  const visit = value as Partial<Visit> | null;
  return (
    typeof visit === "object" &&
    typeof visit?.url === "string" &&
    typeof visit.title === "string" &&
    typeof visit.site === "string" &&
    Number.isSafeInteger(visit.claims) &&
    Number.isSafeInteger(visit.sources) &&
    typeof visit.date === "string"
  );
}
