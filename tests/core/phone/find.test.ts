import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../../src/core/phone/index.js";

const e164s = (text: string): string[] =>
  findNumbers(text, "DE").map((f) => (f.phone.kind === "number" ? f.phone.e164 : f.phone.kind));

describe("findNumbers", () => {
  it("finds a number inside a question and reports its span", () => {
    const text = "darf ich 0171 2345678 zurückrufen?";
    const found = findNumbers(text, "DE");
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]?.index, found[0]?.end)).toBe("0171 2345678");
    expect(found[0]?.phone).toMatchObject({ e164: "+491712345678", line: "mobile" });
  });

  it("skips dates, times and the mailbox short code", () => {
    const text = "Neue Nachricht auf Ihrer Mailbox von 0049 176 5551234 am 12.03.2025 um 08:05. Abhören: 3311";
    expect(e164s(text)).toEqual(["+491765551234"]);
    expect(e164s("Anruf in Abwesenheit 12.03.2025 14:05  +43 664 1234567")).toEqual(["+436641234567"]);
    expect(e164s("am 12.03. um 14:05 Uhr")).toEqual([]);
    expect(e164s("12.03.2025 14:05")).toEqual([]);
    expect(e164s("3/12/2025 2:05 PM")).toEqual([]);
    expect(e164s("Kurzwahl 3311, 5500, 333, 22922 oder 80")).toEqual([]);
  });

  it("finds a date right next to a number without merging them", () => {
    expect(e164s("12.03.2025 0171 2345678 14:05")).toEqual(["+491712345678"]);
  });

  it("separates two numbers in one line", () => {
    expect(e164s("0171 2345678 0160 9876543")).toEqual(["+491712345678", "+491609876543"]);
    expect(e164s("0171 2345678, 030 1234567")).toEqual(["+491712345678", "+49301234567"]);
  });

  it("does not join numbers across a line break", () => {
    expect(e164s("0171 2345678\n3 Anrufe")).toEqual(["+491712345678"]);
  });

  it("does not read a count in brackets or a 2x as part of the number", () => {
    expect(e164s("030 1234567 (3)")).toEqual(["+49301234567"]);
    expect(e164s("0171 2345678 2x")).toEqual(["+491712345678"]);
  });

  it("reads all the written forms", () => {
    expect(e164s("von +49 (0) 30 1234567")).toEqual(["+49301234567"]);
    expect(e164s("von 0171/2345678.")).toEqual(["+491712345678"]);
    expect(e164s("Nr. 0171-234 56 78")).toEqual(["+491712345678"]);
    expect(e164s("Nr. 0171.2345678")).toEqual(["+491712345678"]);
    expect(e164s("Anruf von 491712345678")).toEqual(["+491712345678"]);
    expect(e164s("Ruf mich an unter 0151 1234 5678")).toEqual(["+4915112345678"]);
  });

  it("reports a phone-shaped but unreadable number as invalid", () => {
    expect(e164s("von 0171 2345678999999")).toEqual(["invalid"]);
  });

  it("reads German digit words from voicemail transcripts", () => {
    expect(e164s("ruf mich an unter null eins sieben eins, zwei drei vier fünf sechs sieben acht danke")).toEqual([
      "+491712345678",
    ]);
    expect(e164s("plus neun und vierzig eins sechs null neun acht sieben sechs fünf vier drei")).toEqual([
      "+491609876543",
    ]);
    expect(e164s("plus neunundvierzig eins sieben eins zwo drei vier fünf sechs sieben acht")).toEqual([
      "+491712345678",
    ]);
    expect(e164s("doppel-null vier neun eins sechs null neun acht sieben sechs fünf vier drei")).toEqual([
      "+491609876543",
    ]);
    expect(e164s("null eins sieben eins dreiundzwanzig fünfundvierzig sechs sieben acht")).toEqual(["+491712345678"]);
  });

  it("reads spoken digits that go on in written ones, and the other way round", () => {
    expect(e164s("null eins sieben eins 2345678")).toEqual(["+491712345678"]);
    expect(e164s("ruf an: null eins sieben eins 234 56 78, danke")).toEqual(["+491712345678"]);
    expect(e164s("0171 zwei drei vier fünf sechs sieben acht")).toEqual(["+491712345678"]);
    expect(e164s("plus vier neun 171 2345678")).toEqual(["+491712345678"]);
  });

  it("keeps written numbers whole next to stray number words", () => {
    expect(e164s("0171 2345678 zwei drei")).toEqual(["+491712345678"]);
    expect(e164s("um drei 0171 2345678")).toEqual(["+491712345678"]);
    expect(e164s("Zimmer zwei drei 123456")).toEqual([]);
    expect(e164s("null eins sieben eins 12.03.2025 14:05")).toEqual([]);
  });

  it("does not read ordinary sentences with a few number words", () => {
    expect(e164s("ich komme um drei oder vier, eins von beiden")).toEqual([]);
    expect(e164s("zwei drei Leute")).toEqual([]);
  });

  it("never throws and returns ordered, in-bounds spans", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom(..."0123456789 +-/().:\nabcNULL eins") }), (text) => {
        const found = findNumbers(text, "DE");
        let last = -1;
        for (const f of found) {
          expect(f.index).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.index);
          expect(f.end).toBeLessThanOrEqual(text.length);
          last = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finishes on 200 KB of digit-heavy text", () => {
    const text = "0 1 2 3 4 5 6 7 8 9 0171 2345678 12.03.2025 14:05 +49 (0) 30 1234567\n".repeat(3000);
    expect(text.length).toBeGreaterThan(200_000);
    expect(findNumbers(text, "DE").length).toBeGreaterThan(3000);
  });
});
