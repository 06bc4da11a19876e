// Every flag names the grammar rule that raised it: a short stable name, kept in the batch and JSON output.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/detect/index";

const rules = (text: string, lang: string) => analyze(text, { lang }).claims.map((c) => [c.source.text, c.rule]);

describe("rule names", () => {
  it("names the cue's construction", () => {
    expect(rules("Selon une source diplomatique, la réunion est annulée.", "fr")).toEqual([["une source diplomatique", "cue-before"]]);
    expect(rules("La réunion est annulée, a indiqué une source diplomatique.", "fr")).toEqual([["une source diplomatique", "verb-inverted"]]);
    expect(rules("Une source diplomatique a indiqué que la réunion était annulée.", "fr")).toEqual([["Une source diplomatique", "verb-subject"]]);
    expect(rules("The meeting was cancelled, it is said.", "en")).toEqual([["it is said", "hearsay"]]);
  });

  it("names a quotation that continues an anonymous source's words", () => {
    const claims = analyze("« Tout est fini », a confié une source sécuritaire. « Nous partons demain. »", { lang: "fr" }).claims;
    expect(claims.map((c) => c.rule)).toEqual(["verb-inverted", "quote-continuation"]);
  });
});
