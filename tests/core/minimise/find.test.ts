import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSensitive, removeFindings, type FindingKind } from "../../../src/core/minimise/index.js";

function kinds(text: string, field: "alias" | "note" = "note"): Array<[FindingKind, string]> {
  return findSensitive(text, field).map((f) => [f.kind, text.slice(f.index, f.end)]);
}

describe("findSensitive", () => {
  it.each([
    ["Tom, arbeitet bei Siemens, mag Rotwein", "company", "arbeitet bei Siemens"],
    ["works at Acme Ltd, call after 6pm", "company", "works at Acme Ltd"],
    ["Firma Müller Bau GmbH & Co. KG, nur mittags", "company", "Firma Müller Bau GmbH & Co. KG"],
    ["kennt ihn über Schmidt & Partner GmbH", "company", "Schmidt & Partner GmbH"],
    ["Sekretärin ging ran, Rückruf nur abends", "company", "Sekretärin ging ran"],
    ["Büro von Dr. Klein, nicht anrufen", "company", "Büro von Dr. Klein"],
    ["Handy ist umgeleitet; sein Chef geht ran", "company", "sein Chef geht ran"],
    ["Mail tom@example.com bitte nie", "email", "tom@example.com"],
    ["siehe www.becker-bau.de", "web", "www.becker-bau.de"],
    ["Profil unter https://example.org/tom", "web", "https://example.org/tom"],
    ["IBAN DE89 3704 0044 0532 0130 00 für Vorkasse", "bank", "IBAN DE89 3704 0044 0532 0130 00"],
    ["zahlt von DE89370400440532013000", "bank", "DE89370400440532013000"],
    ["wohnt Lindenstraße 12a", "address", "Lindenstraße 12a"],
    ["Hotel in 10115 Berlin Mitte", "address", "10115 Berlin Mitte"],
    ["lives at 221 Baker Street", "address", "221 Baker Street"],
    ["eigentlich Herr Becker", "surname", "Herr Becker"],
    ["Nachname: Becker", "surname", "Nachname: Becker"],
  ])("%s → %s", (text, kind, span) => {
    expect(kinds(text)).toContainEqual([kind, span]);
  });

  it.each([
    "Kommt meist dienstags, mag es ruhig. Trinkt Tee.",
    "Termin Dienstag 17 Uhr bestätigt",
    "z.B. nur SMS, keine Anrufe",
    "Nur mittags, vorher SMS",
    "Ruft oft zweimal an, sehr höflich",
    "Kommt aus dem Norden, spricht Englisch",
    "Stammkunde seit März",
  ])("leaves ordinary notes alone: %s", (text) => {
    expect(findSensitive(text, "note")).toEqual([]);
  });

  it("takes a second capitalised word in an alias for a surname", () => {
    expect(kinds("Tom Becker", "alias")).toEqual([["surname", "Becker"]]);
    expect(kinds("Anna-Lena von Berg", "alias")).toEqual([["surname", "von Berg"]]);
    expect(kinds("Tom", "alias")).toEqual([]);
    expect(kinds("Dienstags-Tom", "alias")).toEqual([]);
  });

  it("reads a hyphenated name once, from where it starts", () => {
    expect(kinds("Firma Müller-Lüdenscheidt GmbH")).toEqual([["company", "Firma Müller-Lüdenscheidt GmbH"]]);
    expect(kinds("eigentlich Herr Schulze-Delitzsch")).toEqual([["surname", "Herr Schulze-Delitzsch"]]);
    expect(kinds("Anna-Lena Müller-Lüdenscheidt", "alias")).toEqual([["surname", "Müller-Lüdenscheidt"]]);
  });

  it("merges overlapping findings into one", () => {
    const found = findSensitive("Firma Becker GmbH", "note");
    expect(found).toHaveLength(1);
  });
});

describe("removeFindings", () => {
  it.each([
    ["Tom, arbeitet bei Siemens, mag Rotwein", "Tom, mag Rotwein"],
    ["Sekretärin ging ran, Rückruf nur abends", "Rückruf nur abends"],
    ["Mail tom@example.com, nur abends", "Mail, nur abends"],
    ["nur abends (Büro von Dr. Klein)", "nur abends"],
    ["Lindenstraße 12. Nett.", "Nett."],
  ])("%s → %s", (text, tidy) => {
    expect(removeFindings(text, findSensitive(text, "note"))).toBe(tidy);
  });

  it("keeps only the first name of an alias", () => {
    expect(removeFindings("Tom Becker", findSensitive("Tom Becker", "alias"))).toBe("Tom");
  });

  it("never throws, never grows the text, and leaves nothing it found", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom("alias" as const, "note" as const), (text, field) => {
        const found = findSensitive(text, field);
        for (const f of found) expect(f.end).toBeGreaterThan(f.index);
        const cleaned = removeFindings(text, found);
        expect(cleaned.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
