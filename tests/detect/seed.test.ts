// The seed article (Middle East Eye, French edition, 18 December 2016): every expected flag, nothing else.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/detect/index";

const fixtures = new URL("../fixtures/", import.meta.url);
const expected = JSON.parse(readFileSync(new URL("seed-mee-haftar.expected.json", fixtures), "utf8"));
const { document } = new JSDOM(readFileSync(new URL("seed-mee-haftar.html", fixtures), "utf8")).window;
const blocks = [
  document.querySelector("h1")!,
  document.querySelector(".standfirst")!,
  ...document.querySelectorAll(".article-body > p"),
].map((el) => el.textContent!.trim());
const text = blocks.join("\n\n");
const analysis = analyze(text, { lang: "fr" });
// The page uses no-break spaces inside « »; the expected file is typed with plain ones.
const flat = (s: string) => s.replace(/\s+/g, " ");
const claimOn = (sentence: string) => analysis.claims.find((c) => flat(c.text).includes(flat(sentence)));

describe("seed article", () => {
  interface Flag {
    sentence: string;
    source: string;
    cue?: string;
    category: string;
    kind: string;
    anonymity?: string;
    hedge?: string;
  }
  it.each((expected.mustFlag as Flag[]).map((f): [string, Flag] => [f.sentence.slice(0, 50), f]))(
    "flags %s…",
    (_, flag) => {
      const claim = claimOn(flag.sentence);
      expect(claim, flag.sentence).toBeDefined();
      expect(claim!.source.text).toBe(flag.source);
      expect(claim!.source.category).toBe(flag.category);
      expect(claim!.kind).toBe(flag.kind);
      expect(claim!.source.anonymity).toBe(flag.anonymity ?? "anonymous");
      if (flag.cue) expect(claim!.cue?.text).toBe(flag.cue);
      if (flag.hedge) expect(claim!.hedges).toContain(flag.hedge);
    },
  );

  it("rests compatible descriptions of one source on one group, and different sources on different groups", () => {
    const flags = expected.mustFlag as { sentence: string; group: string }[];
    const groups = new Map<string, Set<string>>();
    for (const f of flags) groups.set(f.group, (groups.get(f.group) ?? new Set()).add(claimOn(f.sentence)!.group));
    // « une source diplomatique », « Une source diplomatique algérienne », « cette source diplomatique »: one source.
    expect([...groups.keys()].sort()).toEqual(["diplomatic", "media", "security"]);
    for (const [label, found] of groups) expect(found.size, label).toBe(1);
    expect(new Set([...groups.values()].map((g) => [...g][0])).size).toBe(expected.sources);
    expect(new Set(analysis.claims.map((c) => c.group)).size).toBe(expected.sources);
  });

  it("flags nothing outside the expected passages", () => {
    for (const { sentence } of expected.mustNotFlag)
      expect(analysis.claims.filter((c) => flat(c.text).includes(flat(sentence)))).toEqual([]);
    const allowed = [...expected.mustFlag, ...expected.mayFlag].map((f: { sentence: string }) => f.sentence);
    for (const claim of analysis.claims) expect(allowed.some((s) => flat(claim.text).includes(flat(s)))).toBe(true);
  });

  it("lists the named attributions without flagging them", () => {
    expect(analysis.claims).toHaveLength(expected.mustFlag.length);
    for (const [category, count] of Object.entries(expected.sourcesAtLeast))
      expect(new Set(analysis.claims.filter((c) => c.source.category === category).map((c) => c.group)).size).toBeGreaterThanOrEqual(count as number);
  });
});
