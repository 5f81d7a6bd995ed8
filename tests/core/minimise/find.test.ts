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
    ["iban DE89 3704 0044 0532 0130 00", "bank", "iban DE89 3704 0044 0532 0130 00"],
    ["Kto.-Nr. 0532013000 bei der Sparkasse", "bank", "Kto.-Nr. 0532013000"],
    ["Kontoverbindung: DE89 3704 0044 0532 0130 00", "bank", "Kontoverbindung: DE89 3704 0044 0532 0130 00"],
    ["IBAN RO49 AAAA 1B31 0075 9384 0000 pentru avans", "bank", "IBAN RO49 AAAA 1B31 0075 9384 0000"],
    ["wohnt Lindenstraße 12a", "address", "Lindenstraße 12a"],
    ["Hotel in 10115 Berlin Mitte", "address", "10115 Berlin Mitte"],
    ["lives at 221 Baker Street", "address", "221 Baker Street"],
    ["eigentlich Herr Becker", "surname", "Herr Becker"],
    ["Nachname: Becker", "surname", "Nachname: Becker"],
    // Romanian
    ["Andrei, lucrează la Bosch, îi place vinul", "company", "lucrează la Bosch"],
    ["lucreaza la Dacia Service", "company", "lucreaza la Dacia Service"],
    ["e angajat la Siemens", "company", "angajat la Siemens"],
    ["angajată la primărie", "company", "angajată la primărie"],
    ["firma Popescu Construct SRL, doar la prânz", "company", "firma Popescu Construct SRL"],
    ["cunoscut prin Alfa Trans S.R.L.", "company", "Alfa Trans S.R.L."],
    ["plătește de la Petrom S.A.", "company", "Petrom S.A."],
    ["biroul lui Popescu, nu suna", "company", "biroul lui Popescu"],
    ["biroul dr. Ionescu", "company", "biroul dr. Ionescu"],
    ["a răspuns secretara, sună doar seara", "company", "a răspuns secretara"],
    ["răspunde șeful lui", "company", "răspunde șeful lui"],
    ["telefonul e la seful lui", "company", "telefonul e la seful lui"],
    ["telefonul de serviciu", "company", "telefonul de serviciu"],
    ["a răspuns un coleg", "company", "a răspuns un coleg"],
    ["stă pe strada Florilor nr. 12", "address", "strada Florilor nr. 12"],
    ["str. Mare 5, lângă gară", "address", "str. Mare 5"],
    ["Calea Victoriei 120", "address", "Calea Victoriei 120"],
    ["bloc A3, sc. B, ap. 14", "address", "bloc A3"],
    ["bloc A3, sc. B, ap. 14", "address", "ap. 14"],
    ["apartamentul 7", "address", "apartamentul 7"],
    ["cod poștal 010101", "address", "cod poștal 010101"],
    ["cod postal: 10115", "address", "cod postal: 10115"],
    ["de fapt domnul Popescu", "surname", "domnul Popescu"],
    ["dna. Ionescu", "surname", "dna. Ionescu"],
    ["nume de familie: Popescu", "surname", "nume de familie: Popescu"],
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
    "Kommt aus den USA, spricht Englisch",
    "Vine de obicei marțea, îi place liniștea.",
    "Programare marți la 17:00 confirmată",
    "Doar SMS, fără apeluri",
    "Sună de două ori, foarte politicos",
    "Client fidel din martie, vorbește germană",
    "lucrează mult, vine seara târziu",
    "a regular patron, very polite",
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
    ["IBAN DE89 3704 0044 0532 0130 00 bitte notieren", "bitte notieren"],
    ["Andrei, lucrează la Bosch, îi place vinul", "Andrei, îi place vinul"],
    ["Politicos, strada Florilor nr. 12, doar seara", "Politicos, doar seara"],
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
