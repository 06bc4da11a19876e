// Builds the extension for Chrome and Firefox, and the command line.
//
//   node build.mjs           extension (dist/chrome, dist/firefox, their zips) and CLI (dist/cli/anonymark.mjs)
//   node build.mjs --test    the same, with host_permissions for 127.0.0.1 so browser tests can script the page
//   node build.mjs --cli     the CLI only
//   node build.mjs --watch   extension in development mode (sourcemaps, no minification), rebuilt on change
//
// Small steps composed at the bottom: bundle scripts, copy static files, write each browser's manifest from the one
// source manifest.json, render icons, check bundle budgets, zip.

import * as esbuild from "esbuild";
import { chmod, cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { existsSync, watch as watchFiles } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { zipSync } from "fflate";

const args = new Set(process.argv.slice(2));
const known = new Set(["--test", "--cli", "--watch"]);
for (const arg of args) {
  if (!known.has(arg)) {
    console.error(`build.mjs: unknown option ${arg} (expected ${[...known].join(", ")})`);
    process.exit(2);
  }
}
const mode = { test: args.has("--test"), cliOnly: args.has("--cli"), watch: args.has("--watch") };
const release = !mode.watch;

const pkg = JSON.parse(await readFile("package.json", "utf8"));
const DIST = "dist";
const BROWSERS = ["chrome", "firefox"];
const ICON_SIZES = [16, 32, 48, 128];
const GECKO_ID = "anonymark@anonymark.org";

// Minified size limits in bytes. The content script carries the highlighter and the anchoring; the popup carries Preact
// and the extension API polyfill, and loads Readability, the detector and the Public Suffix List (which tells a page's
// site, for its canonical address; about 124 KB of it) as a chunk of its own when it analyses a page, in the
// extension's process, never in the page.
const BUDGETS = { "content.js": 120 * 1024, "popup.js": 50 * 1024, "chunks/analyze.js": 256 * 1024 };

// Each extension context and the format it loads: scripting.executeScript({ files }) and background.scripts take
// classic scripts, so those are IIFEs; the pages load theirs with <script type="module">.
const EXTENSION_ENTRIES = [
  { in: "src/content/index.ts", out: "content", format: "iife" },
  { in: "src/background/index.ts", out: "background", format: "iife" },
  { in: "src/popup/index.tsx", out: "popup", format: "esm" },
  { in: "src/options/index.tsx", out: "options", format: "esm" },
  // Chrome's background has no DOM parser: automatic analysis parses pages in an offscreen document.
  { in: "src/offscreen/index.ts", out: "offscreen", format: "esm", only: "chrome" },
];

/** Static files one browser has no use for. */
const UNUSED_FILES = { chrome: [], firefox: ["offscreen.html"] };

function esbuildOptions(entry, outdir, browser) {
  return {
    // Known at build time, so that code only one browser runs is left out of the other's bundle.
    define: { __FIREFOX__: JSON.stringify(browser === "firefox") },
    entryPoints: [{ in: entry.in, out: entry.out }],
    outdir,
    bundle: true,
    format: entry.format,
    // Pages load their modules on demand: the analysis (Readability and the detector) only once a page is read.
    splitting: entry.format === "esm",
    chunkNames: "chunks/[name]-[hash]",
    // Chrome 110 for action.setBadgeTextColor (the Highlight API needs 105); Firefox 140 for
    // data_collection_permissions.
    target: ["chrome110", "firefox140"],
    minify: release,
    sourcemap: release ? false : "inline",
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    logLevel: "warning",
  };
}

// --- CLI --------------------------------------------------------------------------------------------------------------

async function buildCli() {
  const entry = "src/cli/main.ts";
  if (!existsSync(entry)) {
    console.log(`cli: ${entry} does not exist yet, skipped`);
    return;
  }
  const outfile = path.join(DIST, "cli", "anonymark.mjs");
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Runtime dependencies stay packages (jsdom cannot be bundled: it reads its own files at run time).
    external: Object.keys(pkg.dependencies ?? {}),
    banner: { js: "#!/usr/bin/env node" },
    loader: { ".html": "text" },
    logLevel: "warning",
  });
  await chmod(outfile, 0o755);
  console.log(`cli: ${outfile} ${formatSize((await stat(outfile)).size)}`);
}

// --- Extension --------------------------------------------------------------------------------------------------------

function browserDir(browser) {
  return path.join(DIST, browser);
}

// What each browser needs changed in the one source manifest.
const MANIFEST_PATCHES = {
  chrome: (manifest) => manifest,
  // Firefox takes no menus permission among optional ones, and a required one is not worth an entry in a menu: its
  // build has no context-menu entry.
  firefox: ({ minimum_chrome_version: _chromeOnly, optional_permissions: _chromeOnlyToo, background, ...manifest }) => ({
    ...manifest,
    background: { scripts: [background.service_worker] },
    // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
      gecko_android: { strict_min_version: "142.0" },
    },
  }),
};

async function writeManifest(browser) {
  const { $schema: _editorOnly, ...source } = JSON.parse(await readFile("manifest.json", "utf8"));
  if (source.version !== pkg.version) {
    throw new Error(`manifest.json version ${source.version} differs from package.json version ${pkg.version}`);
  }
  const manifest = mode.test ? testManifest(source, browser) : source;
  const json = JSON.stringify(MANIFEST_PATCHES[browser](manifest), null, 2);
  await writeFile(path.join(browserDir(browser), "manifest.json"), json + "\n");
}

// Browser tests drive the extension without a user gesture, so neither activeTab nor an optional permission is ever
// granted: the test build may script the local test server instead, and Chrome's holds from the start the offscreen
// permission that listing a site for automatic analysis asks for.
function testManifest(source, browser) {
  const granted = browser === "chrome" ? ["offscreen"] : [];
  return {
    ...source,
    permissions: [...source.permissions, ...granted],
    optional_permissions: source.optional_permissions.filter((name) => !granted.includes(name)),
    host_permissions: ["http://127.0.0.1/*"],
  };
}

async function copyStatic(browser) {
  const unused = new Set(UNUSED_FILES[browser].map((file) => path.join("extension", file)));
  await cp("extension", browserDir(browser), { recursive: true, filter: (file) => !unused.has(file) });
}

let iconPngs;
async function renderIcons() {
  if (!iconPngs) {
    const svg = await readFile("icons/icon.svg");
    iconPngs = ICON_SIZES.map((size) => ({
      size,
      png: new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng(),
    }));
  }
  return iconPngs;
}

async function writeIcons(browser) {
  const dir = path.join(browserDir(browser), "icons");
  await mkdir(dir, { recursive: true });
  for (const { size, png } of await renderIcons()) await writeFile(path.join(dir, `icon-${size}.png`), png);
}

async function writeStaticFiles(browser) {
  await copyStatic(browser);
  await writeManifest(browser);
  await writeIcons(browser);
}

function entriesFor(browser) {
  return EXTENSION_ENTRIES.filter((entry) => !entry.only || entry.only === browser);
}

async function bundleScripts(browser) {
  await Promise.all(entriesFor(browser).map((entry) => esbuild.build(esbuildOptions(entry, browserDir(browser), browser))));
}

/** Every script of the build, as [file, name]: chunk names lose their content hash ("chunks/analyze-X1Y2.js"). */
async function listScripts(browser) {
  const files = (await listFiles(browserDir(browser))).filter((file) => file.endsWith(".js")).sort();
  return files.map((file) => [file, file.split(path.sep).join("/").replace(/-[A-Z0-9]{8}\.js$/, ".js")]);
}

async function checkBudgets(browser) {
  const overBudget = [];
  for (const [file, name] of await listScripts(browser)) {
    const size = (await stat(path.join(browserDir(browser), file))).size;
    const budget = BUDGETS[name];
    const note = budget ? ` (budget ${formatSize(budget)})` : "";
    console.log(`${browser}: ${file.padEnd(28)} ${formatSize(size).padStart(9)}${note}`);
    if (budget && size > budget) overBudget.push(`${browser}/${file} is ${formatSize(size)}, over ${formatSize(budget)}`);
  }
  if (overBudget.length) throw new Error(`bundle over budget: ${overBudget.join("; ")}`);
}

async function buildExtension(browser) {
  await rm(browserDir(browser), { recursive: true, force: true });
  await mkdir(browserDir(browser), { recursive: true });
  await Promise.all([writeStaticFiles(browser), bundleScripts(browser)]);
  await checkBudgets(browser);
  // The test build's package holds the test host permission: it must never pass for the release package.
  const zipPath = path.join(DIST, `anonymark-${browser}-${pkg.version}${mode.test ? "-test" : ""}.zip`);
  await writeFile(zipPath, await zipDirectory(browserDir(browser)));
  console.log(`${browser}: ${zipPath} ${formatSize((await stat(zipPath)).size)}`);
}

async function watchExtension() {
  const contexts = [];
  for (const browser of BROWSERS) {
    await rm(browserDir(browser), { recursive: true, force: true });
    await mkdir(browserDir(browser), { recursive: true });
    await writeStaticFiles(browser);
    for (const entry of entriesFor(browser)) {
      const ctx = await esbuild.context(esbuildOptions(entry, browserDir(browser), browser));
      await ctx.watch();
      contexts.push(ctx);
    }
  }
  const recopy = debounce(async () => {
    try {
      for (const browser of BROWSERS) await writeStaticFiles(browser);
      console.log(`static files copied ${new Date().toLocaleTimeString()}`);
    } catch (error) {
      console.error(`static files: ${error.message}`);
    }
  }, 100);
  watchFiles("extension", { recursive: true }, recopy);
  watchFiles("manifest.json", recopy);
  console.log("watching src/, extension/ and manifest.json (Ctrl+C to stop)");
  process.on("SIGINT", async () => {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
    process.exit(0);
  });
}

// --- Zip --------------------------------------------------------------------------------------------------------------

// Entries sorted and dated 1980-01-01 00:00 (the zip format's first day, in local time as the format has it), so that
// the same build gives the same bytes.
const ZIP_DATE = new Date(1980, 0, 1);

async function zipDirectory(dir) {
  const entries = {};
  for (const file of (await listFiles(dir)).sort()) {
    entries[file.split(path.sep).join("/")] = [await readFile(path.join(dir, file)), { mtime: ZIP_DATE }];
  }
  return zipSync(entries, { level: 9 });
}

async function listFiles(dir, prefix = "") {
  const files = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else files.push(relative);
  }
  return files;
}

// --- Helpers ----------------------------------------------------------------------------------------------------------

function formatSize(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function debounce(fn, ms) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

// --- Main -------------------------------------------------------------------------------------------------------------

try {
  if (mode.cliOnly) {
    await buildCli();
  } else if (mode.watch) {
    await watchExtension();
  } else {
    for (const browser of BROWSERS) await buildExtension(browser);
    await buildCli();
  }
} catch (error) {
  console.error(`build failed: ${error.message}`);
  process.exit(1);
}
