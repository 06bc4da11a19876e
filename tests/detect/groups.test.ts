// One source per real source: compatible descriptions in one article are one group, unless the text tells them apart.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/detect/index";

const groups = (text: string, lang = "fr") => analyze(text, { lang }).claims.map((c) => c.group);

describe("source groups", () => {
  it("keeps one group for a source described again, more or less precisely", () => {
    expect(groups("Selon une source diplomatique, la visite est annulée. Le ministre partira lundi. " +
      "Une source diplomatique algérienne a indiqué que la date changerait.")).toEqual(["g1", "g1"]);
    expect(groups("Two officials said the plan was dead. Later, two senior officials said it would return.", "en"))
      .toEqual(["g1", "g1"]);
  });

  it("starts a group where the text sets a source apart or the descriptions clash", () => {
    expect(groups("Selon une source diplomatique, la visite est annulée. Selon une autre source diplomatique, elle est reportée."))
      .toEqual(["g1", "g2"]);
    expect(groups("Selon un diplomate américain, la visite est annulée. Selon un diplomate français, elle est reportée."))
      .toEqual(["g1", "g2"]);
    expect(groups("Selon deux responsables, la visite est annulée. Selon trois responsables, elle est reportée."))
      .toEqual(["g1", "g2"]);
    expect(groups("Selon une source diplomatique, la visite est annulée. Selon des sources diplomatiques, elle est reportée."))
      .toEqual(["g1", "g2"]);
  });
});
