// How long the page's main thread is kept busy while the extension reads it. A browser of its own, with no other page
// open during a measurement.
//
// Chromium's long-task observer does not see a content script's work: a 300 ms task run by an extension in its
// isolated world reports nothing, while the same task run by the page reports 300 ms. So the page measures its own
// responsiveness instead: a heartbeat in its main world, registered before any of its scripts, notes each time it
// could not beat (tests/e2e/support/large-pages.mjs). A stall is the time the thread was busy with something else (the
// extension, as the page runs no script of its own, and the rendering and garbage collection its work brings about),
// give or take the beat's period.
import { expect, it } from "vitest";
import { describeInBrowser, testBuild, type BrowserTab } from "./support/browser.js";
import { chromiumPath, launchChromium } from "./support/chromium.js";
import { heartbeat, heavyPage, stallsSince } from "./support/large-pages.mjs";
import { waitForResult, type PopupState } from "./support/probes.js";
import { seedPath } from "./support/scenarios.js";
import { useSession, type Session } from "./support/session.js";

interface Measure {
  state: PopupState;
  /** Stalls of the page's main thread over 50 ms, from the popup's opening until its result is shown, in ms. */
  tasks: number[];
  elapsedMs: number;
}

/** Opens url, lets its own load finish, then measures the page's stalls while the popup analyses it. */
async function measureAnalysis(session: Session, url: string, timeoutMs: number): Promise<Measure> {
  const { browser } = session;
  const page: BrowserTab = await browser.open(url, { beforeLoad: heartbeat, timeoutMs });
  try {
    // The page's load is over: from here on the page runs no script but the heartbeat, so every stall is the
    // extension's.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const start = await page.evaluate(() => performance.now(), undefined);
    const began = Date.now();
    const popup = await browser.openPopup(await browser.tabId(url));
    const state = await waitForResult(popup, timeoutMs);
    const elapsedMs = Date.now() - began;
    // Highlights are drawn as the result arrives: give the page time to beat again after its last task.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const tasks = await page.evaluate(stallsSince, start);
    await popup.close();
    return { state, tasks, elapsedMs };
  } finally {
    await page.close();
  }
}

function report(what: string, { state, tasks, elapsedMs }: Measure): void {
  console.info(
    `${what}: ${state.claims.length} claims in ${elapsedMs} ms; longest main-thread stall ` +
      `${Math.max(0, ...tasks)} ms (${tasks.length} over 50 ms: ${tasks.join(", ") || "none"})`,
  );
}

describeInBrowser("Chromium", chromiumPath, () => {
  const session = useSession(() => launchChromium(testBuild("chrome")));

  // A stall is a measure of time on a shared machine: a spec measures again, up to twice, before it fails. What used to
  // stall these pages (below) did so on every run, so a regression still fails.
  const remeasured = { retry: 2 };

  it("keeps every task of the seed page's main thread under 50 ms while reading it", remeasured, async () => {
    const measure = await measureAnalysis(session, session.server.url(seedPath), 10_000);
    report("seed page", measure);
    expect(measure.state.claims.length, "claims in the popup").toBeGreaterThan(0);
    expect(measure.tasks, "stalls over 50 ms during the analysis").toEqual([]);
  });

  // The seed article followed by the saved real pages' bodies: a page whose weight is markup, the usual large page.
  // Served with a strict policy: the saved pages' scripts do not run (every stall is then the extension's) and nothing
  // is fetched from the network.
  // Fails on a return of what used to stall it: slices resumed ahead of the page's timers (stalls of 110-230 ms made of
  // 25 ms slices), or highlight styles that restyle the whole page when they are added (stalls of 280-400 ms).
  it("gives a result on a 10 MB page, every stall of the page's main thread under 100 ms", { ...remeasured, timeout: 150_000 }, async () => {
    const url = session.server.publish("heavy-10mb.html", () => ({
      body: heavyPage(10 * 1024 * 1024),
      headers: { "content-security-policy": "default-src 'none'" },
    }));
    const measure = await measureAnalysis(session, url, 45_000);
    report("10 MB page", measure);
    expect(measure.state.status, "the popup shows a status message instead of the claims").toBe(null);
    expect(measure.state.claims.length, "claims in the popup").toBeGreaterThan(0);
    expect(Math.max(0, ...measure.tasks), "the longest stall, in ms").toBeLessThan(100);
  });
});
