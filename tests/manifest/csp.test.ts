// The extension pages' Content Security Policy: the browser itself keeps the popup, the options page and the
// background from reaching the network, and lets them load nothing but the extension's own scripts and styles.
import { readdirSync, readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", root), "utf8"));
const policy: string = manifest.content_security_policy.extension_pages;
const directives = new Map(
  policy
    .split(";")
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => [name!, sources]),
);

describe("extension pages' CSP", () => {
  it("denies every connection and every kind of load it does not name", () => {
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("connect-src")).toEqual(["'none'"]);
  });

  it("allows the extension's own scripts only, and no host or data: URL for anything", () => {
    expect(directives.get("script-src")).toEqual(["'self'"]);
    // The popup and the offscreen document parse pages' HTML (DOMParser), and Chrome holds those inert documents'
    // <style> elements and style attributes to this policy; Readability reads the attributes to skip hidden text.
    // With nothing loadable, styles cannot fetch or leak anything.
    expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    const allowed = (name: string) => (name === "style-src" ? ["'self'", "'unsafe-inline'"] : ["'self'", "'none'"]);
    for (const [name, sources] of directives) for (const source of sources) expect(allowed(name)).toContain(source);
  });

  it.each(readdirSync(new URL("extension/", root)).filter((name) => name.endsWith(".html")))(
    "%s loads nothing the policy refuses",
    (name) => {
      const { document } = new JSDOM(readFileSync(new URL(`extension/${name}`, root), "utf8")).window;
      const loads = [...document.querySelectorAll("script, link, img")];
      const addresses = loads.map((element) => element.getAttribute("src") ?? element.getAttribute("href"));
      for (const address of addresses) expect(address).toMatch(/^[\w-]+\.(js|css)$/);
      expect(document.querySelectorAll("script:not([src])")).toHaveLength(0);
    },
  );
});
