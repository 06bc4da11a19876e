import { describe, expect, it } from "vitest";
import { restrictionOf } from "../../src/popup/restricted";

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
    ["file:///home/reader/article.html", "file"],
  ])("%s is %s", (url, restriction) => {
    expect(restrictionOf(url, false)).toBe(restriction);
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
    expect(restrictionOf(url, false)).toBeNull();
  });

  it("lets local files through when the user allowed file access", () => {
    expect(restrictionOf("file:///home/reader/article.html", true)).toBeNull();
  });

  it("leaves URLs it cannot parse to the browser's own check", () => {
    expect(restrictionOf("not a url", false)).toBeNull();
  });
});
