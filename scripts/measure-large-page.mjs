// Measures what the extension costs the page's main thread on a large page, in real Chromium (test build):
// every long task (> 50 ms) the page's thread runs from the click to the result, and the popup's own time.
//
//   npm run build:test && node scripts/measure-large-page.mjs [megabytes=10] [heavy|live]
//
// Two large pages, both from the saved real pages: "heavy" (the default) is the seed article followed by the saved
// pages' bodies as related content, as on pages whose weight is markup; "live" is the seed article as a live blog, its
// body repeated update after update, every sentence a claim to place (the hardest case for anchoring).
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const megabytes = Number(process.argv[2] ?? 10);
const DIST = resolve("dist/chrome");
const kind = process.argv[3] ?? "heavy";
const seed = await readFile("tests/fixtures/seed-mee-haftar.html", "utf8");
const savedPages = await Promise.all(
  (await readdir("tests/fixtures/pages")).map((name) => readFile(`tests/fixtures/pages/${name}/source.html`, "utf8")),
);

/** The seed page followed by the saved pages' bodies, scripts and all, until the page weighs `bytes`. */
function heavyPage(bytes) {
  const bodies = savedPages.map((html) => html.slice(html.indexOf(">", html.search(/<body/i)) + 1, html.search(/<\/body>/i)));
  const end = seed.search(/<\/body>/i);
  const related = [];
  let size = seed.length;
  for (let n = 0; size < bytes; n++) {
    const section = `<aside class="related">${bodies[n % bodies.length]}</aside>\n`;
    related.push(section);
    size += Buffer.byteLength(section);
  }
  return seed.slice(0, end) + related.join("") + seed.slice(end);
}

/** The seed page with its article body repeated until the page weighs `bytes`. */
function liveBlog(bytes) {
  const open = seed.indexOf('<div class="article-body"');
  const bodyStart = seed.indexOf(">", open) + 1;
  const bodyEnd = seed.indexOf('<div class="share"><a href="#">Partager', bodyStart);
  const update = seed.slice(bodyStart, bodyEnd);
  const copies = [];
  let size = seed.length;
  for (let n = 1; size < bytes; n++) {
    const section = `<section class="update" id="update-${n}"><h3>Mise à jour ${n}</h3>${update}</section>\n`;
    copies.push(section);
    size += Buffer.byteLength(section);
  }
  return seed.slice(0, bodyStart) + copies.join("") + seed.slice(bodyEnd);
}

const pages = { "/large.html": (kind === "live" ? liveBlog : heavyPage)(megabytes * 1024 * 1024), "/seed.html": seed };
const server = createServer((request, response) => {
  const body = pages[new URL(request.url, "http://127.0.0.1").pathname];
  if (body === undefined) return response.writeHead(404).end();
  // A strict policy: the saved pages' scripts do not run (every long task is then the extension's) and nothing is
  // fetched from the network; it also shows the extension working under a strict CSP.
  response
    .writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'" })
    .end(body);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

const userDataDir = await mkdtemp(join(tmpdir(), "anonymark-measure-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: "/usr/lib/chromium/chromium",
  headless: true,
  args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, "--no-sandbox", "--disable-gpu",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extension = new URL("/", worker.url()).href;
  for (const path of ["/seed.html", "/large.html"]) {
    const url = origin + path;
    const page = await context.newPage();
    await page.goto(url, { timeout: 600_000 });
    const bytes = await page.evaluate(() => document.documentElement.outerHTML.length);
    // The page's own load is over: every long task from here on is the extension's (the page runs no script).
    await page.evaluate(() => {
      const scope = globalThis;
      scope.longTasks = [];
      new PerformanceObserver((list) => scope.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))))
        .observe({ type: "longtask" });
    });
    await page.waitForTimeout(300);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u).id, url);
    const started = Date.now();
    const popup = await context.newPage();
    await popup.goto(`${extension}popup.html?tab=${tabId}`);
    await popup.waitForSelector("[data-testid=summary], [data-testid=status]", { timeout: 600_000 });
    const elapsed = Date.now() - started;
    const summary = await popup.textContent("[data-testid=summary], [data-testid=status]");
    await page.waitForTimeout(500);
    const longTasks = await page.evaluate(() => globalThis.longTasks);
    console.log(`${path} (${(bytes / 1048576).toFixed(1)} MB of HTML): result in ${elapsed} ms: ${summary.trim()}`);
    console.log(`  page long tasks (ms): ${longTasks.length ? longTasks.join(", ") : "none"}; longest ${Math.max(0, ...longTasks)}`);
    await popup.close();
    await page.close();
  }
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
  server.close();
}
