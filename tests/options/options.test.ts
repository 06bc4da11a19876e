// @vitest-environment jsdom
// The options page: what is saved when the reader changes a choice, the shortcut shown, the history and its summary.
import { h, render } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeCheck } from "../../src/core/checks/definitions";
import { Options } from "../../src/options/Options";
import { browser } from "../../src/browser/platform";
import { useLocale, type FakeBrowser } from "../popup/fake-platform";

vi.mock("../../src/browser/platform", async () => (await import("../popup/fake-platform")).platformModule());

const fake = browser as unknown as FakeBrowser & {
  commands: { getAll: ReturnType<typeof vi.fn>; openShortcutSettings?: ReturnType<typeof vi.fn> };
};

let storage: Record<string, unknown>;
let container: HTMLElement;
const $ = (selector: string) => container.querySelector<HTMLElement>(selector);

beforeEach(() => {
  useLocale("en");
  storage = {
    history: [
      { url: "https://www.lemonde.fr/a", title: "Article A", site: "Le Monde", claims: 3, sources: 2, date: "2024-05-01T08:00:00.000Z" },
      { url: "https://www.lemonde.fr/b", title: "Article B", site: "Le Monde", claims: 6, sources: 3, date: "2024-05-04T08:00:00.000Z" },
    ],
  };
  Object.assign(fake.storage.local, {
    get: vi.fn(async (keys: string | string[] | null) =>
      keys === null
        ? { ...storage }
        : Object.fromEntries([keys].flat().filter((key) => key in storage).map((key) => [key, storage[key]])),
    ),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(storage, items)),
    remove: vi.fn(async (key: string) => void delete storage[key]),
  });
  fake.commands = { getAll: vi.fn(async () => [{ name: "_execute_action", shortcut: "Alt+Shift+A" }]) };
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function openOptions() {
  render(h(Options, {}), container);
  await vi.waitFor(() => expect($("[data-testid=categories]")).not.toBeNull());
  await vi.waitFor(() => expect($("[data-testid=outlets]")).not.toBeNull());
}

function check(selector: string, checked: boolean) {
  const input = $(selector) as HTMLInputElement;
  input.checked = checked;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

it("saves the categories and checks the reader turns off, and shows them again when turned back on", async () => {
  await openOptions();
  check("[data-testid=categories] input[value=witness]", false);
  await vi.waitFor(() => expect(storage.hiddenCategories).toEqual(["witness"]));
  check("[data-testid=checks] input[value=C5]", false);
  await vi.waitFor(() => expect(storage.hiddenChecks).toEqual(["C5"]));
  expect($("[data-testid=checks]")?.textContent).toContain(describeCheck("C5", "en").title);
  check("[data-testid=categories] input[value=witness]", true);
  await vi.waitFor(() => expect(storage.hiddenCategories).toEqual([]));
  expect($("[role=status]")?.textContent).toBe("Saved.");
});

it("offers the Okabe–Ito colours for the highlights and saves the choice", async () => {
  await openOptions();
  const [claim] = [...container.querySelectorAll<HTMLSelectElement>(".color-choice select")];
  expect([...claim!.options].map((option) => option.textContent)).toEqual([
    "Yellow", "Orange", "Sky blue", "Bluish green", "Blue", "Vermillion", "Reddish purple",
  ]);
  expect(claim!.value).toBe("yellow");
  claim!.value = "skyBlue";
  claim!.dispatchEvent(new Event("change", { bubbles: true }));
  await vi.waitFor(() => expect(storage.claimColor).toBe("skyBlue"));
});

it("shows the shortcut and opens the browser's shortcut settings", async () => {
  fake.commands.openShortcutSettings = vi.fn(async () => undefined);
  await openOptions();
  await vi.waitFor(() => expect($("[data-testid=shortcut]")?.textContent).toBe("Analyse the page: Alt+Shift+A"));
  [...container.querySelectorAll("button")].find((b) => b.textContent?.includes("shortcut"))!.click();
  expect(fake.commands.openShortcutSettings).toHaveBeenCalledOnce();
});

it("shows the default shortcut, and how to check it, when the browser does not say which is set", async () => {
  fake.commands.getAll.mockResolvedValue([{ name: "_execute_action", shortcut: "" }]);
  fake.runtime.getManifest.mockReturnValue({
    optional_permissions: ["contextMenus"],
    commands: { _execute_action: { suggested_key: { default: "Alt+Shift+A" } } },
  } as ReturnType<typeof fake.runtime.getManifest>);
  await openOptions();
  await vi.waitFor(() =>
    expect($("[data-testid=shortcut]")?.textContent).toBe("By default Alt+Shift+A, unless the browser's settings give it another."),
  );
});

it("saves the reviewer's name and organisation as they are typed, and the export choices", async () => {
  await openOptions();
  const [name, organisation] = [...container.querySelectorAll<HTMLInputElement>("[data-testid=exports] input")];
  name!.value = "Jeanne";
  name!.dispatchEvent(new Event("input", { bubbles: true }));
  await vi.waitFor(() => expect(storage.reviewerName).toBe("Jeanne"));
  organisation!.value = "Les Décodeurs";
  organisation!.dispatchEvent(new Event("input", { bubbles: true }));
  await vi.waitFor(() => expect(storage.reviewerOrganisation).toBe("Les Décodeurs"));
  const [scale, separator] = [...container.querySelectorAll<HTMLSelectElement>("[data-testid=exports] select")];
  scale!.value = "verdict";
  scale!.dispatchEvent(new Event("change", { bubbles: true }));
  separator!.value = ";";
  separator!.dispatchEvent(new Event("change", { bubbles: true }));
  await vi.waitFor(() => expect(storage).toMatchObject({ ratingScale: "verdict", csvSeparator: ";" }));
});

it("saves every review to one file, and reads a file back, saying what it changed", async () => {
  const quote = { exact: "Selon une source diplomatique, Alger se serait montrée très ferme.", prefix: "", suffix: "" };
  const archive = {
    format: "anonymark-reviews", version: 1, exportedAt: "2026-12-03T00:00:00.000Z",
    reviews: [{ status: "verified", note: "on record", updated: "2026-12-01T10:00:00.000Z", quote, url: "https://www.lemonde.fr/a", title: "Article A" }],
  };
  await openOptions();
  const file = new File([JSON.stringify(archive)], "reviews.json", { type: "application/json" });
  const input = $("[data-testid=reviews-import]") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await vi.waitFor(() => expect($(".saved")?.textContent).toBe("Reviews read: 1 new, 0 newer than those stored, 0 already there."));
  expect(Object.values(storage).filter((value) => (value as { quote?: unknown }).quote)).toHaveLength(1);

  let saved: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => ((saved = blob), "blob:anonymark/reviews"));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  $("[data-testid=reviews-export]")!.click();
  await vi.waitFor(() => expect(saved).not.toBeNull());
  expect(JSON.parse(await saved!.text()).reviews).toEqual(archive.reviews);
  expect($(".saved")?.textContent).toBe("1 review saved to the file.");

  Object.defineProperty(input, "files", { value: [new File(["{}"], "other.json")], configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await vi.waitFor(() => expect($(".saved")?.textContent).toBe("This file is not an Anonymark review file: nothing was read."));
});

it("lists the analysed pages with a summary per outlet, and clears them", async () => {
  await openOptions();
  const outletRow = [...$("[data-testid=outlets] tbody tr")!.children].map((cell) => cell.textContent);
  expect(outletRow).toEqual(["Le Monde", "2", "9", "4.5"]);
  expect(container.querySelectorAll("[data-testid=pages] tbody tr")).toHaveLength(2);
  expect($("[data-testid=pages]")?.textContent).toContain("Article B");
  ($("[data-testid=clear-history]") as HTMLButtonElement).click();
  await vi.waitFor(() => expect($("[data-testid=pages]")).toBeNull());
  expect(storage.history).toBeUndefined();
  expect($("[data-testid=history]")?.textContent).toContain("No page analysed yet.");
});

it("asks for the optional permission when the context-menu entry is turned on, and gives it back when turned off", async () => {
  await openOptions();
  await vi.waitFor(() => expect($("[data-testid=context-menu]")).not.toBeNull());
  expect(($("[data-testid=context-menu]") as HTMLInputElement).checked).toBe(false);
  check("[data-testid=context-menu]", true);
  await vi.waitFor(() => expect(fake.permissions.request).toHaveBeenCalledWith({ permissions: ["contextMenus"] }));
  await vi.waitFor(() => expect(($("[data-testid=context-menu]") as HTMLInputElement).checked).toBe(true));
  check("[data-testid=context-menu]", false);
  await vi.waitFor(() => expect(fake.permissions.remove).toHaveBeenCalledWith({ permissions: ["contextMenus"] }));
  await vi.waitFor(() => expect(($("[data-testid=context-menu]") as HTMLInputElement).checked).toBe(false));
});

it("leaves the entry off when the reader refuses the permission", async () => {
  fake.permissions.request.mockResolvedValueOnce(false);
  await openOptions();
  await vi.waitFor(() => expect($("[data-testid=context-menu]")).not.toBeNull());
  check("[data-testid=context-menu]", true);
  await vi.waitFor(() => expect(fake.permissions.request).toHaveBeenCalled());
  await vi.waitFor(() => expect(($("[data-testid=context-menu]") as HTMLInputElement).checked).toBe(false));
});

it("offers no context-menu entry where the browser has no optional menus permission (Firefox)", async () => {
  fake.runtime.getManifest.mockReturnValueOnce({ optional_permissions: [] });
  fake.permissions.contains.mockClear();
  await openOptions();
  expect($("[data-testid=context-menu]")).toBeNull();
  expect(fake.permissions.contains).not.toHaveBeenCalled();
});

describe("sites analysed as their pages load", () => {
  const submit = (value: string) => {
    const input = $("#auto-site") as HTMLInputElement;
    input.value = value;
    $("[data-testid=auto-sites] form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  };
  const listed = () => [...container.querySelectorAll("[data-testid=auto-site-list] li")].map((li) => li.firstChild?.textContent);

  it("lists a site once the reader grants its permission, and gives the permission back when it is removed", async () => {
    fake.permissions.request.mockClear();
    await openOptions();
    expect(listed()).toEqual([]);
    submit("https://www.lemonde.fr/international/");
    await vi.waitFor(() => expect(listed()).toEqual(["lemonde.fr"]));
    expect(fake.permissions.request).toHaveBeenCalledWith({ origins: ["*://*.lemonde.fr/*"], permissions: [] });
    expect(storage.autoSites).toEqual(["lemonde.fr"]);
    (container.querySelector("[aria-label='Remove lemonde.fr']") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(listed()).toEqual([]));
    expect(fake.permissions.remove).toHaveBeenCalledWith({ origins: ["*://*.lemonde.fr/*"], permissions: [] });
  });

  it("says why a site was not added: not an address, or the permission refused", async () => {
    await openOptions();
    submit("ftp://lemonde.fr");
    await vi.waitFor(() => expect($("[data-testid=auto-sites] [role=alert]")?.textContent).toBe("Type a site's address, such as lemonde.fr."));
    fake.permissions.request.mockResolvedValueOnce(false);
    submit("lemonde.fr");
    await vi.waitFor(() =>
      expect($("[data-testid=auto-sites] [role=alert]")?.textContent).toBe("lemonde.fr was not added: the permission to read it was not granted."),
    );
    expect(listed()).toEqual([]);
    expect(storage.autoSites).toBeUndefined();
  });
});
