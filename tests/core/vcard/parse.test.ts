import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVCards } from "../../../src/core/vcard/index.js";

describe("parseVCards", () => {
  it("reads the given name only and puts mobile numbers first (vCard 3.0)", () => {
    const text = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "N:Becker;Tom;;;",
      "FN:Tom Becker",
      "ORG:Becker Bau GmbH",
      "TEL;TYPE=WORK,VOICE:+49 30 1234567",
      "TEL;TYPE=CELL:0171 2345678",
      "EMAIL:tom@example.com",
      "END:VCARD",
    ].join("\r\n");
    expect(parseVCards(text)).toEqual([{ firstName: "Tom", phones: ["0171 2345678", "+49 30 1234567"] }]);
  });

  it("falls back to the first word of FN and never returns a family name", () => {
    const text = "BEGIN:VCARD\nVERSION:4.0\nFN:Anna Schmidt\nTEL;VALUE=uri;TYPE=cell:tel:+49-160-9876543\nEND:VCARD\n";
    const [card] = parseVCards(text);
    expect(card).toEqual({ firstName: "Anna", phones: ["+49-160-9876543"] });
    expect(JSON.stringify(card)).not.toContain("Schmidt");
  });

  it("unfolds continuation lines, decodes quoted-printable and Apple item groups", () => {
    const text = [
      "BEGIN:VCARD",
      "VERSION:2.1",
      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;",
      "item1.TEL;type=CELL:+49 171",
      " 2345678",
      "END:VCARD",
      "BEGIN:VCARD",
      "N:;;;;",
      "TEL:0151 1234 5678",
      "END:VCARD",
    ].join("\n");
    expect(parseVCards(text)).toEqual([
      { firstName: "Jürgen", phones: ["+49 1712345678"] },
      { phones: ["0151 1234 5678"] },
    ]);
  });

  it("ignores garbage and never throws", () => {
    expect(parseVCards("hello\nEND:VCARD\n")).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        expect(Array.isArray(parseVCards(`BEGIN:VCARD\n${text}\nEND:VCARD`))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
