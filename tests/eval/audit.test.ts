// The audit's judgements: reading the file (a bad line is named by its number) and matching them with a run's flags.
import { describe, expect, it } from "vitest";
import { isBorderline, matchJudgements, parseJudgements } from "../../scripts/audit-lib.mjs";

const line = (fields: object) => JSON.stringify(fields);
const right = { doc: "en-c0001", start: 10, end: 40, verdict: "right" };

describe("reading judgements", () => {
  it("reads one judgement a line, skipping blank lines, and keeps its line number", () => {
    const text = [line(right), "", line({ doc: "pages/x", start: 0, end: 5, verdict: "wrong", note: "a named person" })].join("\n");
    const judgements = parseJudgements(text, "judgements.jsonl");
    expect([...judgements.keys()]).toEqual(["en-c0001 10-40", "pages/x 0-5"]);
    expect(judgements.get("pages/x 0-5")).toMatchObject({ verdict: "wrong", note: "a named person", line: 3 });
  });

  it.each([
    ["{not json", /judgements\.jsonl:2: not valid JSON/],
    [line({ ...right, verdict: "maybe" }), /judgements\.jsonl:2: "verdict" must be "right" or "wrong"/],
    [line({ ...right, verdit: "right" }), /judgements\.jsonl:2: unknown field "verdit"/],
    [line({ ...right, start: 40, end: 40 }), /judgements\.jsonl:2: "end" must be an offset after "start"/],
    [line({ ...right, start: "10" }), /judgements\.jsonl:2: "start" must be an offset/],
    [line({ ...right, doc: "" }), /judgements\.jsonl:2: "doc" must be a document id/],
    [line({ ...right, note: 3 }), /judgements\.jsonl:2: "note" must be a string/],
    ["[1, 2]", /judgements\.jsonl:2: expected a JSON object/],
    [line({ ...right, verdict: "wrong" }), /judgements\.jsonl:2: en-c0001 10-40 is already judged on line 1/],
  ])("rejects a bad line, naming it: %s", (bad, message) => {
    expect(() => parseJudgements([line(right), bad].join("\n"), "judgements.jsonl")).toThrow(message);
  });

  it("tells borderline cases by their note", () => {
    expect(isBorderline({ verdict: "right", note: "borderline: an unnamed spokesperson" })).toBe(true);
    expect(isBorderline({ verdict: "right", note: "an unnamed source, not borderline" })).toBe(false);
    expect(isBorderline({ verdict: "wrong", note: "borderline: a named body" })).toBe(false);
    expect(isBorderline({ verdict: "right" })).toBe(false);
  });

  it("names every bad line at once", () => {
    expect(() => parseJudgements(["{", line(right), "{"].join("\n"), "j.jsonl")).toThrow(/j\.jsonl:1: .*\nj\.jsonl:3: /);
  });
});

describe("matching judgements with flags", () => {
  const judgements = parseJudgements(
    [
      line(right),
      line({ doc: "en-c0001", start: 50, end: 90, verdict: "wrong" }),
      line({ doc: "en-c0002", start: 0, end: 20, verdict: "right" }),
      line({ doc: "fr-c0009", start: 0, end: 20, verdict: "wrong" }),
    ].join("\n"),
    "judgements.jsonl",
  );
  const flag = (doc: string, start: number, end: number) => ({ doc, claim: { start, end } });

  it("judges a flag by its document and offsets; a flag found elsewhere is unjudged", () => {
    const run = matchJudgements([flag("en-c0001", 10, 40), flag("en-c0001", 12, 40)], judgements, new Set(["en-c0001"]));
    expect(run.flags.map((f) => f.judgement?.verdict)).toEqual(["right", undefined]);
  });

  it("reports as stale a judgement of an analysed document whose flag is gone, even when it has no flag left", () => {
    const run = matchJudgements([flag("en-c0001", 10, 40)], judgements, new Set(["en-c0001", "en-c0002"]));
    expect(run.stale.map((j) => `${j.doc} ${j.start}`)).toEqual(["en-c0001 50", "en-c0002 0"]);
  });

  it("leaves out judgements of documents outside the run (another language, data absent)", () => {
    const run = matchJudgements([], judgements, new Set(["en-c0002"]));
    expect(run.stale.map((j) => j.doc)).toEqual(["en-c0002"]);
  });
});
