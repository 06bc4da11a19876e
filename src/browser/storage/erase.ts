// Everything Anonymark keeps on this device, deleted at the reader's request. storage.local holds all of it: reviews,
// history, settings and the sites analysed automatically, whose permissions are given back first.
import { browser } from "../platform";
import { loadSites, removeSite } from "./sites";

export async function eraseEverything(): Promise<void> {
  for (const site of await loadSites()) await removeSite(site);
  await browser.storage.local.clear();
}
