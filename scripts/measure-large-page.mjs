// Measures what the extension costs the page's main thread on a large page, in real Chromium (test build):
// every stall of the page's main thread over 50 ms (a heartbeat in the page; see tests/e2e/support/large-pages.mjs)
// from the popup's opening to its result, and the time to the result.
//
//   npm run build:test && node scripts/measure-large-page.mjs [megabytes=10] [heavy|live]
//
// Two large pages (built in tests/e2e/support/large-pages.mjs): "heavy" (the default), the seed article followed by the
// saved pages' bodies, a page whose weight is markup; "live", the seed article as a live blog, every sentence a claim.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { heartbeat, heavyPage, liveBlog, stallsSince } from "../tests/e2e/support/large-pages.mjs";

const megabytes = Number(process.argv[2] ?? 10);
// ANONYMARK_DIST names another build folder, as for the end-to-end tests.
const DIST = resolve(process.env.ANONYMARK_DIST ?? "dist", "chrome");
const kind = process.argv[3] ?? "heavy";
const seed = await readFile("tests/fixtures/seed-mee-haftar.html", "utf8");
const pages = { "/large.html": (kind === "live" ? liveBlog : heavyPage)(megabytes * 1024 * 1024), "/seed.html": seed };
const server = createServer((request, response) => {
  const body = pages[new URL(request.url, "http://127.0.0.1").pathname];
  if (body === undefined) return response.writeHead(404).end();
  // A strict policy: the saved pages' scripts do not run (every stall is then the extension's) and nothing is
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
    await page.addInitScript({ content: heartbeat });
    await page.goto(url, { timeout: 600_000 });
    const bytes = await page.evaluate(() => document.documentElement.outerHTML.length);
    // The page's own load is over: every stall from here on is the extension's (the page runs no script).
    await page.waitForTimeout(500);
    const from = await page.evaluate(() => performance.now());
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u).id, url);
    const started = Date.now();
    const popup = await context.newPage();
    await popup.goto(`${extension}popup.html?tab=${tabId}`);
    await popup.waitForSelector("[data-testid=summary], [data-testid=status]", { timeout: 600_000 });
    const elapsed = Date.now() - started;
    const summary = await popup.textContent("[data-testid=summary], [data-testid=status]");
    await page.waitForTimeout(500);
    const longTasks = await page.evaluate(stallsSince, from);
    console.log(`${path} (${(bytes / 1048576).toFixed(1)} MB of HTML): result in ${elapsed} ms: ${summary.trim()}`);
    console.log(`  page's main-thread stalls over 50 ms (ms): ${longTasks.length ? longTasks.join(", ") : "none"}; longest ${Math.max(0, ...longTasks)}`);
    await popup.close();
    await page.close();
  }
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
  server.close();
}
