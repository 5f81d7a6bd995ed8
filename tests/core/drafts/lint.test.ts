import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySuggestions, lint, type LintKind } from "../../../src/core/drafts/index.js";
import { parseLintCommand } from "../../../src/core/drafts/lint/command.js";

const kinds = (text: string, names: string[] = [], extraWords?: string[]) =>
  lint(text, extraWords ? { names, extraWords } : { names }).map((f) => [f.kind, f.match] as [LintKind, string]);

describe("lint: names", () => {
  it("flags a greeting by name and suggests the bare greeting", () => {
    const text = "Hallo Tom, passt heute 17:00?";
    const findings = lint(text, { names: [] });
    expect(findings).toEqual([{ kind: "name", index: 0, length: 9, match: "Hallo Tom", suggestion: "Hallo" }]);
    expect(applySuggestions(text, findings)).toBe("Hallo, passt heute 17:00?");
    expect(kinds("Hi Mark, 17:00 ok?")).toEqual([["name", "Hi Mark"]]);
    expect(kinds("Hallo Herr Müller")).toEqual([["name", "Hallo Herr Müller"]]);
    expect(kinds("Hallo Schatz, alles gut?")).toEqual([["name", "Hallo Schatz"]]);
    expect(kinds("hallo tom")).toEqual([["name", "hallo tom"]]);
  });

  it("leaves ambiguous names alone outside a name position", () => {
    expect(kinds("I will mark it. Art is nice and Will said so.")).toEqual([]);
    expect(kinds("Na Super!")).toEqual([]);
    expect(kinds("Hallo zusammen, passt 17:00?")).toEqual([]);
    expect(kinds("In May maybe.")).toEqual([]);
  });

  it("flags plain first names and her aliases anywhere", () => {
    expect(kinds("Passt 17:00? Sag Anna Bescheid.")).toEqual([["name", "Anna"]]);
    expect(kinds("kommt bigtom auch?", ["BigTom"])).toEqual([["name", "bigtom"]]);
    expect(kinds("ist Tom B. dabei?", ["Tom B."])).toEqual([["name", "Tom B."]]);
    expect(kinds("Frag Herrn Meier")).toEqual([["name", "Herrn Meier"]]);
    expect(kinds("Frag Frau Meier")).toEqual([["name", "Frau Meier"]]);
  });
});

describe("lint: signatures", () => {
  it.each([
    ["Passt 17:00? LG Anna", "LG Anna"],
    ["Ok bis dann - A.", " - A."],
    ["Gern. Grüße, Mia", "Grüße, Mia"],
    ["Bis später xoxo", "xoxo"],
    ["Passt 17:00?\nBest, A.", "Best, A."],
    ["Passt 17:00?\nAnna", "\nAnna"],
    ["Danke LG", "LG"],
  ])("finds the signature in %j", (text, match) => {
    const findings = lint(text, { names: [] });
    expect(findings.map((f) => [f.kind, f.match, f.suggestion])).toEqual([["signature", match, ""]]);
    expect(applySuggestions(text, findings)).not.toContain(match.trim());
  });

  it("does not take ordinary endings for a signature", () => {
    expect(kinds("You are the best")).toEqual([]);
    expect(kinds("Gern, bis später.")).toEqual([]);
    expect(kinds("Alles klar, bis dann.")).toEqual([]);
  });
});

describe("lint: service words, prices, addresses, links, emoji, phones", () => {
  it("flags explicit and service words, also inside compounds", () => {
    expect(kinds("Massage im Hotel? Escortservice, Treffen bei mir")).toEqual([
      ["explicit", "Massage"], ["explicit", "Hotel"], ["explicit", "Escortservice"], ["explicit", "Treffen bei mir"],
    ]);
    expect(kinds("Session mit Domina, Sex, Dienstleistung, Service, Preis, Euro")).toHaveLength(7);
    expect(kinds("Hotelzimmer ist gebucht")).toEqual([["explicit", "Hotelzimmer"]]);
  });

  it("takes her own words", () => {
    expect(kinds("Wie immer im Atelier?", [], ["Atelier"])).toEqual([["explicit", "Atelier"]]);
    expect(kinds("wie letztes mal?", [], ["wie letztes mal"])).toEqual([["explicit", "wie letztes mal"]]);
  });

  it("flags prices and amounts", () => {
    expect(kinds("Das macht 150€ bzw. 200 Euro oder EUR 80 oder $100 oder 90,-")).toEqual([
      ["price", "150€"], ["price", "200 Euro"], ["price", "EUR 80"], ["price", "$100"], ["price", "90,-"],
    ]);
  });

  it("flags addresses", () => {
    expect(kinds("Komm in die Hauptstr. 12, Musterweg 5a, 10115 Berlin, Zimmer 12")).toEqual([
      ["address", "Hauptstr. 12"], ["address", "Musterweg 5a"], ["address", "10115 Berlin"], ["address", "Zimmer 12"],
    ]);
    expect(kinds("Berliner Straße 5")).toEqual([["address", "Berliner Straße 5"]]);
    expect(kinds("See you at 221 Baker Street")).toEqual([["address", "221 Baker Street"]]);
  });

  it("flags links", () => {
    expect(kinds("Siehe www.example.de oder https://x.com/a und foo.de, mail an a@b.de")).toEqual([
      ["link", "www.example.de"], ["link", "https://x.com/a"], ["link", "foo.de"], ["link", "a@b.de"],
    ]);
  });

  it("flags emoji and emoticons and suggests dropping them", () => {
    const text = "Super 😘😘 :) 👍🏽";
    const findings = lint(text, { names: [] });
    expect(findings.map((f) => [f.kind, f.match])).toEqual([["emoji", "😘😘"], ["emoji", ":)"], ["emoji", "👍🏽"]]);
    expect(applySuggestions(text, findings)).toBe("Super");
  });

  it("flags phone numbers but not dates and times", () => {
    expect(kinds("Ruf an: 0171 2345678")).toEqual([["phone", "0171 2345678"]]);
    expect(kinds("am 12.03.2025 um 14:05 und 17:30")).toEqual([]);
  });

  it("reports positions that point at the match", () => {
    const arb = fc.tuple(fc.constantFrom("Passt ", "Ok. ", ""), fc.constantFrom("150€", "Hauptstr. 12", "www.x.de", "😘"));
    fc.assert(
      fc.property(arb, ([prefix, bad]) => {
        const text = `${prefix}${bad} passt?`;
        const [f] = lint(text, { names: [] });
        expect(f).toBeDefined();
        expect(text.slice(f!.index, f!.index + f!.length)).toBe(f!.match);
        expect(f!.match).toBe(bad);
      }),
      { numRuns: 50 },
    );
  });
});

describe("parseLintCommand", () => {
  it("reads her verbs in German, English and Romanian; anything else is a text to check", () => {
    for (const verb of ["add", "hinzufügen", "adaugă", "adauga", "ADD"]) expect(parseLintCommand(`${verb} Studio`), verb).toEqual({ kind: "add", word: "studio" });
    for (const verb of ["remove", "entfernen", "șterge", "sterge", "elimină"]) expect(parseLintCommand(`${verb}  Haus besuch `), verb).toEqual({ kind: "remove", word: "haus besuch" });
    for (const verb of ["words", "Wörter", "cuvinte"]) expect(parseLintCommand(verb), verb).toEqual({ kind: "words" });
    expect(parseLintCommand("  ")).toEqual({ kind: "help" });
    expect(parseLintCommand("add")).toEqual({ kind: "bad-word" });
    expect(parseLintCommand(`add ${"x".repeat(41)}`)).toEqual({ kind: "bad-word" });
    expect(parseLintCommand("add zwei\nZeilen")).toEqual({ kind: "bad-word" });
    expect(parseLintCommand("Hallo Tom, passt 17:00?")).toEqual({ kind: "check", text: "Hallo Tom, passt 17:00?" });
    expect(parseLintCommand("addiere nichts")).toEqual({ kind: "check", text: "addiere nichts" });
    expect(parseLintCommand("words are cheap")).toEqual({ kind: "check", text: "words are cheap" });
  });
});
