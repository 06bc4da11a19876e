// The sites listed for automatic analysis and the host permissions behind them: a site is listed only once its
// permission is granted, and its permission goes when the site does.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "../../src/browser/platform";
import { addSite, listedSiteOf, loadSites, originPattern, removeSite, siteOf } from "../../src/browser/storage/sites";
import type { FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser;
let storage: Record<string, unknown>;

beforeEach(() => {
  storage = {};
  fake.storage.local.get.mockImplementation((async (key: string) => (key in storage ? { [key]: storage[key] } : {})) as never);
  fake.storage.local.set.mockImplementation((async (items: Record<string, unknown>) => void Object.assign(storage, items)) as never);
  fake.permissions.request.mockReset().mockResolvedValue(true);
  fake.permissions.remove.mockReset().mockResolvedValue(true);
  fake.runtime.getManifest.mockReturnValue({ optional_permissions: ["contextMenus", "offscreen"] });
});

describe("the site the reader types", () => {
  it.each([
    ["lemonde.fr", "lemonde.fr"],
    ["  www.lemonde.fr ", "lemonde.fr"],
    ["https://www.nytimes.com/section/world?page=2", "nytimes.com"],
    ["http://127.0.0.1:8080/article.html", "127.0.0.1"],
    ["Middle-East-Eye.net", "middle-east-eye.net"],
  ])("reads %j as the site %s", (input, site) => expect(siteOf(input)).toBe(site));

  it.each(["", "   ", "ftp://example.org", "file:///home/me/page.html", "not a site"])("refuses %j", (input) =>
    expect(siteOf(input)).toBeNull(),
  );
});

describe("which pages belong to a listed site", () => {
  const sites = ["lemonde.fr", "127.0.0.1"];
  it("takes the site and its subdomains, over HTTP and HTTPS", () => {
    expect(listedSiteOf("https://www.lemonde.fr/international/article/2024/a.html", sites)).toBe("lemonde.fr");
    expect(listedSiteOf("http://lemonde.fr/", sites)).toBe("lemonde.fr");
    expect(listedSiteOf("http://127.0.0.1:4173/seed.html", sites)).toBe("127.0.0.1");
  });
  it("leaves out look-alike hosts, other sites and other schemes", () => {
    expect(listedSiteOf("https://notlemonde.fr/a", sites)).toBeNull();
    expect(listedSiteOf("https://lemonde.fr.example.com/a", sites)).toBeNull();
    expect(listedSiteOf("https://www.liberation.fr/a", sites)).toBeNull();
    expect(listedSiteOf("file:///home/lemonde.fr/a.html", sites)).toBeNull();
    expect(listedSiteOf("not a url", sites)).toBeNull();
  });
  it("asks for a permission that covers exactly those pages", () => {
    expect(originPattern("lemonde.fr")).toBe("*://*.lemonde.fr/*");
    expect(originPattern("127.0.0.1")).toBe("*://127.0.0.1/*");
    expect(originPattern("localhost")).toBe("*://localhost/*");
  });
});

describe("adding and removing a site", () => {
  it("asks for the site's permission (and, in Chrome, the offscreen document's) and lists the site once granted", async () => {
    expect(await addSite("lemonde.fr")).toBe(true);
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ["*://*.lemonde.fr/*"], permissions: ["offscreen"] });
    expect(await addSite("lemonde.fr")).toBe(true);
    expect(await loadSites()).toEqual(["lemonde.fr"]);
  });

  it("lists nothing when the reader refuses", async () => {
    fake.permissions.request.mockResolvedValue(false);
    expect(await addSite("lemonde.fr")).toBe(false);
    expect(await loadSites()).toEqual([]);
  });

  it("asks Firefox, whose manifest has no offscreen permission, for the site alone", async () => {
    fake.runtime.getManifest.mockReturnValue({} as never);
    await addSite("lemonde.fr");
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ["*://*.lemonde.fr/*"], permissions: [] });
  });

  it("gives the site's permission back with the site, and the offscreen one with the last site", async () => {
    await addSite("lemonde.fr");
    await addSite("nytimes.com");
    await removeSite("lemonde.fr");
    expect(await loadSites()).toEqual(["nytimes.com"]);
    expect(fake.permissions.remove).toHaveBeenLastCalledWith({ origins: ["*://*.lemonde.fr/*"], permissions: [] });
    await removeSite("nytimes.com");
    expect(await loadSites()).toEqual([]);
    expect(fake.permissions.remove).toHaveBeenLastCalledWith({ origins: ["*://*.nytimes.com/*"], permissions: ["offscreen"] });
  });

  it("reads a damaged list as empty", async () => {
    storage.autoSites = "lemonde.fr";
    expect(await loadSites()).toEqual([]);
  });
});
