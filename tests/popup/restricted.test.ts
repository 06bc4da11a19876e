import { describe, expect, it } from "vitest";
import { refusalOf, restrictionOf } from "../../src/browser/restricted";

describe("restrictionOf", () => {
  it.each([
    ["chrome://extensions/", "browser"],
    ["chrome://newtab/", "browser"],
    ["edge://settings/", "browser"],
    ["about:addons", "browser"],
    ["about:blank", "browser"],
    ["view-source:https://www.lemonde.fr/", "browser"],
    ["chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html", "browser"],
    ["moz-extension://0c3f8a8e-5b8e-4f1b-9d1e-1a2b3c4d5e6f/popup.html", "browser"],
    ["https://chromewebstore.google.com/detail/ublock-origin/cjpalhdlnbpafiamejdnhcphjbkeiagm", "store"],
    ["https://chrome.google.com/webstore/category/extensions", "store"],
    ["https://addons.mozilla.org/fr/firefox/addon/ublock-origin/", "store"],
    ["https://microsoftedge.microsoft.com/addons/category/Edge-Extensions", "store"],
    ["https://www.example.org/reports/annual-2023.PDF", "pdf"],
  ])("%s is %s", (url, restriction) => {
    expect(restrictionOf(url)).toBe(restriction);
  });

  it.each([
    "https://www.middleeasteye.net/fr/news/algerie-libye-haftar",
    "https://www.reuters.com/world/us/story-2024-01-01/",
    "http://127.0.0.1:8080/seed.html",
    // Google's other pages and Mozilla's other sites are ordinary pages.
    "https://chrome.google.com/intl/en/chrome/",
    "https://www.mozilla.org/en-US/firefox/",
    // A page about PDFs is not a PDF.
    "https://www.example.org/how-to-read-a-pdf-file",
  ])("%s may be read", (url) => {
    expect(restrictionOf(url)).toBeNull();
  });

  it("leaves local files and URLs it cannot parse to the browser's own check", () => {
    expect(restrictionOf("file:///home/reader/article.html")).toBeNull();
    expect(restrictionOf("not a url")).toBeNull();
  });
});

describe("refusalOf", () => {
  it("explains a refused local file by file access", () => {
    expect(refusalOf("file:///home/reader/article.html")).toBe("file");
  });

  it("falls back to a general message when the reason is unknown", () => {
    expect(refusalOf("https://intranet.example/policy-blocked")).toBe("unknown");
    expect(refusalOf(undefined)).toBe("unknown");
  });
});
