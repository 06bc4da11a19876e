// Large pages made from the repository's own pages, shared by the performance spec and scripts/measure-large-page.mjs,
// and the heartbeat that measures how long the page's main thread is kept busy.
import { readFileSync, readdirSync } from "node:fs";

const fixtures = new URL("../../fixtures/", import.meta.url);
const read = (path) => readFileSync(new URL(path, fixtures), "utf8");
const seed = () => read("seed-mee-haftar.html");

/**
 * The seed article followed by the saved real pages' bodies as related content, until the page weighs `bytes`: a page
 * whose weight is markup, the usual 10 MB page.
 */
export function heavyPage(bytes) {
  const page = seed();
  const bodies = readdirSync(new URL("pages/", fixtures)).map((name) => {
    const html = read(`pages/${name}/source.html`);
    return html.slice(html.indexOf(">", html.search(/<body/i)) + 1, html.search(/<\/body>/i));
  });
  const end = page.search(/<\/body>/i);
  const related = [];
  let size = Buffer.byteLength(page);
  for (let n = 0; size < bytes; n++) {
    const section = `<aside class="related">${bodies[n % bodies.length]}</aside>\n`;
    related.push(section);
    size += Buffer.byteLength(section);
  }
  return page.slice(0, end) + related.join("") + page.slice(end);
}

/**
 * The seed article as a live blog, its body repeated update after update until the page weighs `bytes`: every sentence
 * a claim to place, the hardest case for anchoring.
 */
export function liveBlog(bytes) {
  const page = seed();
  const bodyStart = page.indexOf(">", page.indexOf('<div class="article-body"')) + 1;
  const bodyEnd = page.indexOf("</div>", page.lastIndexOf("</p>", page.indexOf("</article>")));
  const update = page.slice(bodyStart, bodyEnd);
  const updates = [];
  let size = Buffer.byteLength(page);
  for (let n = 1; size < bytes; n++) {
    const section = `<section class="update" id="update-${n}"><h3>Mise à jour ${n}</h3>${update}</section>\n`;
    updates.push(section);
    size += Buffer.byteLength(section);
  }
  return page.slice(0, bodyStart) + updates.join("") + page.slice(bodyEnd);
}

/** The heartbeat's period, in ms. */
const BEAT_MS = 5;

/**
 * A script for the page's main world, run before any of the page's own: it beats every few ms and records each stall
 * over 50 ms (start and duration, ms) in window.anonymarkTestStalls. Chromium's long-task observer does not see a
 * content script's work (it runs in its own world), so the page measures its own responsiveness instead.
 */
export const heartbeat = `
  window.anonymarkTestStalls = [];
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    const stall = now - last - ${BEAT_MS};
    if (stall > 50) window.anonymarkTestStalls.push({ start: last, duration: stall });
    last = now;
    setTimeout(beat, ${BEAT_MS});
  };
  setTimeout(beat, ${BEAT_MS});
`;

/** The stalls recorded since `from` (a performance.now() time), in ms. Runs in the page. */
export function stallsSince(from) {
  return window.anonymarkTestStalls.filter((stall) => stall.start >= from).map((stall) => Math.round(stall.duration));
}
