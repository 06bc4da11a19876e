// npm run version:bump: package.json, package-lock.json and manifest.json always carry the same version.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../..");
const script = path.join(root, "scripts/version.mjs");
const files = ["package.json", "package-lock.json", "manifest.json"];
let dir: string;

const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
const versions = () => {
  const lock = read("package-lock.json");
  return [read("package.json").version, lock.version, lock.packages[""].version, read("manifest.json").version];
};
const bump = (...args: string[]) => spawnSync("node", [script, ...args], { cwd: dir, encoding: "utf8" });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "anonymark-version-"));
  for (const file of files) copyFileSync(path.join(root, file), path.join(dir, file));
  // The copies start from a known version, whatever the repository's is now.
  execFileSync("node", [script, "1.0.0"], { cwd: dir });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("version:bump", () => {
  it("sets an exact version in all three files", () => {
    expect(bump("1.4.2").status).toBe(0);
    expect(versions()).toEqual(["1.4.2", "1.4.2", "1.4.2", "1.4.2"]);
  });

  it.each([
    ["patch", "1.2.4"],
    ["minor", "1.3.0"],
    ["major", "2.0.0"],
  ])("steps the %s number from 1.2.3", (step, expected) => {
    bump("1.2.3");
    expect(bump(step).status).toBe(0);
    expect(versions()).toEqual(Array(4).fill(expected));
  });

  it("leaves the rest of each file as it was", () => {
    const before = files.map((file) => readFileSync(path.join(dir, file), "utf8"));
    bump("1.0.1");
    bump("1.0.0");
    expect(files.map((file) => readFileSync(path.join(dir, file), "utf8"))).toEqual(before);
  });

  it.each([[[]], [["1.0"]], [["1.0.0-beta.1"]], [["01.2.3"]], [["next"]]])(
    "refuses %j with a usage error and changes nothing, since browsers take plain numbers only",
    (args) => {
      const result = bump(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("expected MAJOR.MINOR.PATCH");
      expect(versions()).toEqual(["1.0.0", "1.0.0", "1.0.0", "1.0.0"]);
    },
  );
});
