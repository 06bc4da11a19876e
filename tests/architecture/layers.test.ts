// The folders are the architecture: each layer may import only the layers below it, and entry points never import
// one another. This test reads every import under src/ and names the file and the import that break a rule.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const ENTRY_POINTS = ["content", "popup", "options", "background", "offscreen"];

/** The top-level parts of src/ a file in each part may import from (its own part included). */
const ALLOWED: Record<string, readonly string[]> = {
  core: ["core"],
  dom: ["core", "dom"],
  browser: ["core", "browser"],
  cli: ["core", "dom", "cli"],
  ...Object.fromEntries(ENTRY_POINTS.map((entry) => [entry, ["core", "dom", "browser", entry]])),
};

/**
 * Packages a layer may use; the extension API reaches code only through src/browser/platform.ts. The core may use pure
 * data libraries only (tldts: the Public Suffix List).
 */
const PACKAGES: Record<string, RegExp> = {
  core: /^tldts$/,
  dom: /^@mozilla\/readability$/,
  browser: /^webextension-polyfill$/,
  cli: /^(node:.*|jsdom)$/,
  ...Object.fromEntries(ENTRY_POINTS.map((entry) => [entry, /^preact(\/hooks)?$/])),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every module a file names: static and type imports, re-exports, dynamic imports. */
function importsOf(code: string): string[] {
  const found = code.matchAll(/(?:^|[\s;])(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm);
  return [...found].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

const partOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

function violations(): string[] {
  const broken: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const part = partOf(file);
    const name = path.relative(SRC, file);
    for (const spec of importsOf(readFileSync(file, "utf8"))) {
      if (spec.startsWith(".")) {
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(SRC)) continue; // assets outside src/ (the CLI's bundled demo page)
        const targetPart = partOf(target);
        if (!ALLOWED[part]?.includes(targetPart)) broken.push(`${name} imports ${spec} (${part} → ${targetPart})`);
      } else if (!PACKAGES[part]?.test(spec)) {
        broken.push(`${name} imports the package ${spec}`);
      }
    }
  }
  return broken;
}

describe("layers", () => {
  it("reads every form of import", () => {
    const code = [
      'import { a } from "./static";',
      'import type { B } from "../typed";',
      'export { c } from "./reexported";',
      'import "./side-effect";',
      'const d = await import("./dynamic");',
      "import {\n  e,\n  f,\n} from './multiline';",
    ].join("\n");
    expect(importsOf(code)).toEqual(["./static", "../typed", "./reexported", "./side-effect", "./dynamic", "./multiline"]);
  });

  it("knows every part of src/", () => {
    const parts = new Set(sourceFiles(SRC).map(partOf));
    expect([...parts].filter((part) => !(part in ALLOWED))).toEqual([]);
  });

  it("core imports only core; dom only core; browser only core; entry points never each other; cli never browser", () => {
    expect(violations()).toEqual([]);
  });
});
