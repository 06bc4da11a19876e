import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceCategories } from "../../src/core/model/claim";
import { locales } from "./fake-platform";

const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../manifest.json"), "utf8")) as Record<
  string,
  unknown
>;

describe("UI strings", () => {
  it("has the same messages, with the same placeholders, in English and French", () => {
    expect(Object.keys(locales.fr).sort()).toEqual(Object.keys(locales.en).sort());
    for (const [key, entry] of Object.entries(locales.en)) {
      expect(Object.keys(locales.fr[key]!.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });

  it.each(Object.entries(locales))("defines every placeholder a %s message uses", (_, messages) => {
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      for (const [, name] of message.matchAll(/\$(\w+)\$/g)) {
        expect(placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });

  it("names every source category", () => {
    for (const category of [...sourceCategories]) {
      expect(locales.en[`category_${category}`], category).toBeDefined();
    }
  });

  it("has the manifest's name and a store description within Chrome's 132 characters", () => {
    for (const messages of Object.values(locales)) {
      for (const value of [manifest.name, manifest.description]) {
        const key = String(value).replace(/^__MSG_(\w+)__$/, "$1");
        expect(messages[key]?.message, key).toBeTruthy();
      }
      expect(messages.extensionDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
