// The store listings stay within the stores' limits and justify every permission the manifest asks for.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8")) as {
  permissions: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
};

/** The listing's sections by heading. */
function sections(locale: string): Map<string, string> {
  const text = readFileSync(path.join(root, "docs/store", `${locale}.md`), "utf8");
  return new Map(
    text
      .split(/^## /m)
      .slice(1)
      .map((section) => {
        const [heading, ...body] = section.split("\n");
        return [heading!.trim(), body.join("\n").trim()] as const;
      }),
  );
}

describe.each([
  ["en", "Short description", "Permission justifications"],
  ["fr", "Description courte", "Justification des autorisations"],
])("store listing (%s)", (locale, shortHeading, permissionsHeading) => {
  const listing = sections(locale);
  const find = (prefix: string) => [...listing].find(([heading]) => heading.startsWith(prefix))?.[1] ?? "";

  it("has a short description of 132 characters at most, as the Chrome Web Store requires", () => {
    const short = find(shortHeading);
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThanOrEqual(132);
  });

  it("justifies each permission the manifest asks for, and asks for no host", () => {
    const justified = [...find(permissionsHeading).matchAll(/^- \*\*(\w+)\*\*/gm)].map((match) => match[1]);
    expect(justified).toEqual([...manifest.permissions, ...(manifest.optional_permissions ?? [])]);
    expect(manifest.host_permissions).toBeUndefined();
  });
});
