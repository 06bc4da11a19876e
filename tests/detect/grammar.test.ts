// The attribution grammar on real sentences. Origins: dev corpus ids (tests/eval/dev/*.jsonl, each record gives the
// sentence's source) and the seed article (tests/fixtures/seed-mee-haftar.html).
import { describe, expect, it } from "vitest";
import { analyze, guessLanguage, supportedLanguages } from "../../src/core/detect/index";

const fr = (text: string) => analyze(text, { lang: "fr" });
const en = (text: string) => analyze(text, { lang: "en" });
const sources = (text: string, lang: "fr" | "en") => analyze(text, { lang }).claims.map((c) => c.source.text);

describe("cue positions", () => {
  it("reads the source after a cue placed before it", () => {
    // fr-0487
    expect(sources("Le PSE, selon des sources proches du dossier, porterait sur une moyenne de 190.000 euros par salarié.", "fr"))
      .toEqual(["des sources proches du dossier"]);
    // en-0018
    expect(sources("The White House is now considering a Pentagon proposal to maintain at least one base in Afghanistan for years to come, according to American military officials.", "en"))
      .toEqual(["American military officials"]);
  });

  it("reads an inverted source after its verb, skipping the person told", () => {
    // fr-0039
    const claim = fr("Ce sont des gars qui ont perdu le sens de la mesure\", a dit à l'AFP une source proche du dossier.").claims[0]!;
    expect(claim.source.text).toBe("une source proche du dossier");
    expect(claim.cue?.text).toBe("a dit");
    expect(claim.source.category).toBe("close");
    // fr-0020: "a-t-on appris de source…"
    expect(sources("Plusieurs terroristes ont été abattus avant-hier, a-t-on appris de sources sûres.", "fr")).toEqual(["sources sûres"]);
    // en-0388
    expect(sources("In particular, Bill Clinton has been “very worked up about it,” said a source close to the campaign.", "en"))
      .toEqual(["a source close to the campaign"]);
  });

  it("reads a subject before its verb, with its modifiers and clauses", () => {
    // en-0001
    expect(sources("A person familiar with the planning for Thursday’s meeting says the discussion will focus first on trying to get conservatives to unite.", "en"))
      .toEqual(["A person familiar with the planning for Thursday’s meeting"]);
    // fr-0163
    expect(sources("Un quatrième responsable américain a affirmé que les documents semblent être légitimes.", "fr"))
      .toEqual(["Un quatrième responsable américain"]);
    // en-0082: a relative clause between the subject and the verb
    const claim = en("One Wells Fargo teller in Texas, who spoke on the condition of anonymity because she feared losing her job, said that she felt freed from previous pressure to meet sales goals.").claims[0]!;
    expect(claim.source.text.startsWith("One Wells Fargo teller in Texas")).toBe(true);
  });

  it("reads participial source phrases and numbered plurals", () => {
    expect(sources("Selon une source sécuritaire algérienne contactée par MEE, Fayez al-Sarraj avait sollicité Alger.", "fr"))
      .toEqual(["une source sécuritaire algérienne contactée par MEE"]); // seed
    // en-0153
    expect(sources("He will be part of efforts to prepare Mr. Trump in his debate against Mrs. Clinton, according to three people briefed on the discussions.", "en"))
      .toEqual(["three people briefed on the discussions"]);
  });
});

describe("source phrases", () => {
  it("reads a quantity standing alone for the people", () => {
    // en-0713
    expect(sources("Some believe the high level of priority being placed on motivating black voters in Florida shows the Clinton campaign is worried about its electoral chances in the state.", "en"))
      .toEqual(["Some"]);
  });

  it("reads a coordinated subject whole, told by its first member", () => {
    // en-0614
    const claim = en("Despite the bitter feuding over NCLB, many experts and some lawmakers say it had successes.").claims[0]!;
    expect(claim.source).toMatchObject({ text: "many experts and some lawmakers", category: "expert", anonymity: "vague" });
  });

  it("rests a pronoun on the group the sentence names before it", () => {
    // en-0604
    expect(en("That frustrates many analysts because they believe that a shift in policy will come only when Mr. Obama has left office.").claims[0]!.source)
      .toMatchObject({ text: "many analysts", category: "expert" });
  });

  it("takes a definite phrase that describes its source for a new source", () => {
    // en-0002
    expect(sources("The person familiar with the planning confirmed the meeting on the condition of anonymity because they were not authorized to discuss the gathering by name.", "en"))
      .toEqual(["The person familiar with the planning"]);
  });

  it("does not take a complement after a comma and a verb for an inverted subject", () => {
    // en-0753
    expect(sources("Outside the campaign, an increasing number of Democrats, while still confident in Clinton’s ultimate victory, are warning against her waging a Trump-only campaign.", "en"))
      .toEqual(["an increasing number of Democrats"]);
  });
});

describe("categories", () => {
  it("keeps what the first mention told for a reference back", () => {
    // en-0061 with its context
    const a = en("A U.S. law enforcement official familiar with the investigation said that prosecuting anyone involved in the case would be difficult. The official, who spoke on the condition of anonymity to discuss sensitive internal deliberations, said that investigators are looking at whether anyone knowingly mishandled classified information on the system.");
    expect(a.claims.map((c) => c.source.category)).toEqual(["security", "security"]);
  });

  it("gives a bare source the category of the same source mentioned before", () => {
    // en-0384 with its context
    const a = en("When asked to confirm Sullivan’s participation in the “top secret” email chains, a separate intelligence source familiar with the investigation did so, but with a caveat: “The person in question is one of the primary participants and instigators but by no means the only one,” the source said. A third source said that Sullivan was one of about three individuals who sent such content to Clinton.");
    expect(a.claims.map((c) => [c.source.text, c.source.category])).toEqual([
      ["the source", "intelligence"],
      ["A third source", "intelligence"],
    ]);
  });

  it("places aides with the institution named around them, unless the phrase names whom they work for", () => {
    // en-0336 with its context; en-0032
    const a = en("But the families, supporters and administration officials said that sometimes a trade is worthwhile. Aides said Mr. Obama was haunted by the possibility that Mr. Abedini and other Americans would spend years in Iran's notorious Evin Prison.");
    expect(a.claims.map((c) => c.source.category)).toEqual(["other", "official"]);
    expect(en("And yet, Mrs. Clinton's aides say, Syria remains a priority for her, the administration adviser said.").claims[0]!.source.category)
      .toBe("political");
  });

  it("gives hearsay about an institution that institution's category", () => {
    // en-0684, en-0608
    expect(en("The FBI is reportedly making arrangements to interview Hillary Clinton.").claims[0]!.source)
      .toMatchObject({ text: "reportedly", category: "security", anonymity: "vague" });
    expect(en("The route followed an unlit tunnel where, it is said, local racists once fired potshots at black coal workers.").claims[0]!.source.category)
      .toBe("other");
  });
});

describe("named and unnamed", () => {
  it("does not flag named people, organisations and outlets, but lists them", () => {
    // fr-0003, fr-0285, en-0911, en-0039
    const named = [
      fr("Le débit moyen des cours d'eau français devrait diminuer de 10 à 40%, selon le ministère de la Transition écologique."),
      fr("Selon Télé Star, le chef de 36 ans a décidé de quitter la France pour une nouvelle vie aux Etats-Unis."),
      en("In the process he put up an Islamic flag, as Reuters reported."),
      en("\"For months we have had to stand by while prejudicial leaks have attempted to create a false narrative,\" said Nick Merrill, a Clinton campaign spokesman."),
      // fr-0514: a definite description closed by the person's name
      fr("Un travail de titan qui va être assez redoutable\", a affirmé le ministre français des Outre-mer Sébastien Lecornu, arrivé dimanche soir."),
    ];
    for (const analysis of named) {
      expect(analysis.claims).toEqual([]);
      expect(analysis.named.length).toBeGreaterThan(0);
    }
  });

  it("flags people described by role or relation", () => {
    // fr-0041, fr-0103
    expect(fr("\"Il plaisantait évidemment\", a ensuite indiqué un responsable de la Maison Blanche, sous couvert d'anonymat.").claims[0]!.source)
      .toMatchObject({ text: "un responsable de la Maison Blanche, sous couvert d'anonymat", category: "official" });
    expect(fr("Il ne doit pas servir à couvrir les pertes liées au confinement, indique-t-on dans l'entourage du ministre.").claims[0]!.source)
      .toMatchObject({ text: "l'entourage du ministre", category: "close" });
  });

  it("flags an unknown person next to a statement of anonymity", () => {
    // en-0050
    const claim = en("\"After we came here, we realized it was all lies,\" said one owner of a shop that sells women's underwear who declined to be named for fear of trouble.").claims;
    expect(claim).toHaveLength(1);
    expect(claim[0]!.source.anonymity).toBe("anonymous");
  });

  it("records vague collectives and hearsay as vague", () => {
    // fr-0212, en-0575, en-0608
    expect(fr("Selon plusieurs médias belges, il s'agit de \"Benjamin H.\", né en 1982.").claims[0]!.source)
      .toMatchObject({ text: "plusieurs médias belges", category: "media", anonymity: "vague" });
    expect(en("While critics argue that trading prisoners encourages others to target Americans, President Obama has deemed certain releases a reasonable trade-off.").claims[0]!.source)
      .toMatchObject({ text: "critics", anonymity: "vague" });
    expect(en("The route followed an unlit tunnel where, it is said, local racists once fired potshots at black coal workers.").claims[0]!.source.anonymity)
      .toBe("vague");
  });

  it("marks the outlet's own reporting and second-hand anonymity", () => {
    // fr-0213 (context): « a appris l'AFP »
    expect(fr("Il a été tué jeudi au nord-ouest de la ville malienne de Tessalit, a appris l'AFP.").claims[0]!.source)
      .toMatchObject({ text: "l'AFP", anonymity: "outlet" });
    // fr-0493
    const relayed = fr("Et selon les informations de BFM TV, Franceinfo et du Parisien, citant des sources policières, la compagne de l'activiste a été interpellée.").claims[0]!;
    expect(relayed.source.text).toBe("des sources policières");
    expect(relayed.relayedBy).toBe("les informations de BFM TV");
  });

  it("never takes source in its other senses for a person", () => {
    // fr-0299, en-0490, fr-0014
    expect(fr("Si de nombreux professionnels sont dans la panade, les autorités voient elles aussi disparaître une source de revenus.").claims).toEqual([]);
    expect(en("Power plants are the largest source of U.S. carbon emissions, officials of the agency noted.").claims.map((c) => c.source.text)).toEqual(["officials of the agency"]);
    expect(fr("Au niveau des sources hydrothermales, la production primaire est assurée par des micro-organismes.").claims).toEqual([]);
  });
});

describe("discourse", () => {
  it("rests anaphora on the source they refer to, and starts a group for a new source", () => {
    // fr-0088 and fr-0443 (the same document), then fr-0047's different source
    const a = fr(
      "Les responsables ont parlé sous le couvert de l’anonymat, car ils n’étaient pas autorisés à discuter de l’affaire publiquement. " +
        "L’enquête examine également la manière dont les documents ont été obtenus, a indiqué l’un des responsables.\n\n" +
        "Les autorités s’efforcent de déterminer qui a eu accès aux documents avant leur publication, a dit le responsable.\n\n" +
        "\"Il s'agit de la même commune, du même jour et du même créneau horaire.\", a expliqué une autre source proche du dossier.",
    );
    expect(a.claims.map((c) => c.kind)).toEqual(["explicit", "anaphoric", "anaphoric", "explicit"]);
    expect(new Set(a.claims.slice(0, 3).map((c) => c.group)).size).toBe(1);
    expect(a.claims[3]!.group).not.toBe(a.claims[0]!.group);
  });

  it("rests a pronoun on the named source before it without flagging it", () => {
    // fr-0015 with its context
    const a = fr("M. Lavrov a également souligné que les diplomates américains avaient participé à des rassemblements. Selon lui, ils apparaissent également régulièrement en Tchétchénie.");
    expect(a.claims).toEqual([]);
  });

  it("continues an anonymous source's words in the next unattributed quotation", () => {
    // en-0530 with its context
    const a = en("“If I was a donor, I’d want answers,” said a prominent Republican National Committee member who supports Trump, asking for anonymity to speak freely. “If they don’t have any more staff, and they’re paying five times more?");
    expect(a.claims.map((c) => c.kind)).toEqual(["explicit", "continuation"]);
    expect(a.claims[1]!.group).toBe(a.claims[0]!.group);
    expect(a.claims[1]!.cue).toBeNull();
  });

  it("records hedges", () => {
    // seed; en-0610
    expect(fr("Selon une source diplomatique, Alger se serait montrée très ferme.").claims[0]!.hedges).toEqual(["se serait montrée"]);
    expect(en("Trump reportedly said, \"You tell me,\" repeatedly.").claims[0]!.hedges).toEqual(["reportedly"]);
  });
});

describe("German, Spanish, Italian, Portuguese", () => {
  const claims = (text: string, lang: string) =>
    analyze(text, { lang }).claims.map((c) => [c.source.text, c.source.category, c.source.anonymity]);

  it("reads compounds whose first part tells the category, and the cue after its source", () => {
    // de-0041, de-0020, de-0071
    expect(claims("In Sicherheitskreisen hieß es, die Allradfahrzeuge der Reisegruppe hätten denen der verfolgten Extremisten geähnelt.", "de"))
      .toEqual([["Sicherheitskreisen", "security", "anonymous"]]);
    expect(claims("Insidern zufolge fordern die Gläubiger aber, dass Griechenland noch mehr Reformmaßnahmen in konkrete Gesetze gießt.", "de"))
      .toEqual([["Insidern", "close", "anonymous"]]);
    expect(claims("Laut Medienberichten wird es zwar auch ein neues iPhone geben.", "de")).toEqual([["Medienberichten", "media", "vague"]]);
  });

  it("takes a named institution an impersonal statement is placed in for a named source", () => {
    // de-0065, pt-0120
    expect(claims("Jene in Mondsee und Ohlsdorf bieten je 100 Plätze und sollten in den nächsten Tagen bezogen werden, hieß es im Innenministerium zur APA.", "de")).toEqual([]);
    expect(claims("Marinha e Polícia Militar dizem que é da Polícia Federal a responsabilidade por impedir o tráfico.", "pt")).toEqual([]);
  });

  it("reads the cues and source phrases of each language", () => {
    // es-0114, es-0034, it-0043, pt-0145, pt-0090
    expect(claims("Según fuentes oficiales, se trataría más bien de un avión regular de Royal Air Maroc.", "es"))
      .toEqual([["fuentes oficiales", "official", "anonymous"]]);
    expect(claims("\"¿Nos lo vamos a cargar?\", insisten fuentes próximas a Moreno.", "es"))
      .toEqual([["fuentes próximas a Moreno", "close", "anonymous"]]);
    expect(claims("Per ora c'è solo la conferma da fonti afghane che almeno uno di essi era un medico.", "it"))
      .toEqual([["fonti afghane", "other", "anonymous"]]);
    expect(claims("“Minha impressão é que todos têm compaixão”, disse uma fonte.", "pt")).toEqual([["uma fonte", "other", "anonymous"]]);
    expect(claims("Fonte policial admite que o jovem tenha saltado o muro das traseiras das instalações.", "pt"))
      .toEqual([["Fonte policial", "security", "anonymous"]]);
  });

  it("guesses each language from its function words", () => {
    expect(supportedLanguages).toEqual(expect.arrayContaining(["fr", "en", "de", "es", "it", "pt"]));
    expect(guessLanguage("Die Zentren auf den Inseln sollten bis Mittwoch eröffnet werden, erfuhr die Nachrichtenagentur.")).toBe("de");
    expect(guessLanguage("Son la nacionalidad más numerosa entre los desembarcados en la Península, según fuentes policiales.")).toBe("es");
    expect(guessLanguage("Secondo le indiscrezioni, prima di essere perquisito stava tessendo la sua tela a favore del pg toscano.")).toBe("it");
    expect(guessLanguage("Segundo as mesmas fontes, foram disparados mísseis balísticos de menor alcance.")).toBe("pt");
  });
});

describe("contract", () => {
  const text = "Selon une source diplomatique, Alger se serait montrée très ferme.\n\n« ll s’est présenté comme le partenaire le plus sûr », relève une source sécuritaire.";

  it("gives offsets that point at the claim, its source and its cue", () => {
    const { claims } = fr(text);
    expect(claims).toHaveLength(2);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(text.slice(c.source.start, c.source.end)).toBe(c.source.text);
      expect(text.slice(c.cue!.start, c.cue!.end)).toBe(c.cue!.text);
    }
    expect(claims.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("is deterministic", () => {
    expect(fr(text)).toEqual(fr(text));
  });

  it("handles empty input and unsupported languages without throwing", () => {
    expect(analyze("", { lang: "fr" })).toMatchObject({ claims: [], unsupported: false, sentenceCount: 0 });
    expect(analyze("Podle zdroje blízkého vládě…", { lang: "cs" })).toMatchObject({ lang: "cs", unsupported: true, claims: [] });
    // No language given and none recognised (Czech has no data module), or a malformed tag.
    expect(analyze("Podle zdroje blízkého vládě…")).toMatchObject({ lang: "", unsupported: true, claims: [] });
    expect(analyze("Podle zdroje blízkého vládě…", { lang: "x" })).toMatchObject({ unsupported: true, claims: [] });
  });

  it("guesses French and English from their function words", () => {
    expect(supportedLanguages).toEqual(expect.arrayContaining(["fr", "en"]));
    expect(guessLanguage(text)).toBe("fr");
    expect(guessLanguage("The official said that the talks were over, according to people familiar with the matter.")).toBe("en");
  });
});
