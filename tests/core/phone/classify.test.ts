import { describe, expect, it } from "vitest";
import { classifyNumber, findNumbers, parseNumberArgument } from "../../../src/core/phone/index.js";
import type { PhoneClass } from "../../../src/core/phone/types.js";

const de = (e164: string, line: string, special?: string): PhoneClass =>
  (special
    ? { kind: "number", e164, country: "DE", line, special, foreign: false }
    : { kind: "number", e164, country: "DE", line, foreign: false }) as PhoneClass;

describe("classifyNumber", () => {
  const table: Array<[string, PhoneClass]> = [
    ["0171 2345678", de("+491712345678", "mobile")],
    ["+49 160 9876543", de("+491609876543", "mobile")],
    ["+49 (0) 30 1234567", de("+49301234567", "landline")],
    ["+49(0)30 1234567", de("+49301234567", "landline")],
    ["0171/2345678", de("+491712345678", "mobile")],
    ["0171-234 56 78", de("+491712345678", "mobile")],
    ["0171 234 56 78", de("+491712345678", "mobile")],
    ["0 1 7 1 2 3 4 5 6 7 8", de("+491712345678", "mobile")],
    ["0049 176 5551234", de("+491765551234", "mobile")],
    ["00491765551234", de("+491765551234", "mobile")],
    ["+49 0171 2345678", de("+491712345678", "mobile")],
    ["0151 1234 5678", de("+4915112345678", "mobile")],
    ["089 12345678", de("+498912345678", "landline")],
    ["0221 1234567", de("+492211234567", "landline")],
    ["0900 1234567", de("+499001234567", "special", "premium")],
    ["01805 123456", de("+491805123456", "special", "shared-cost")],
    ["0800 1234567", de("+498001234567", "special", "toll-free")],
    ["0700 12345678", de("+4970012345678", "special", "personal")],
    ["tel:+491712345678", de("+491712345678", "mobile")],
  ];
  it.each(table)("%s", (raw, expected) => {
    expect(classifyNumber(raw, "DE")).toEqual(expected);
  });

  it("reads a leading 49 without + or 00 as the German country code, not the 0491 area", () => {
    expect(classifyNumber("491712345678", "DE")).toEqual(de("+491712345678", "mobile"));
    expect(classifyNumber("49 171 2345678", "DE")).toEqual(de("+491712345678", "mobile"));
    expect(classifyNumber("4930 1234567", "DE")).toEqual(de("+49301234567", "landline"));
  });

  it("keeps a written 0491 area code (Leer) as a landline", () => {
    expect(classifyNumber("0491 1234567", "DE")).toEqual(de("+494911234567", "landline"));
  });

  it("marks numbers of another country as foreign", () => {
    expect(classifyNumber("+43 664 1234567", "DE")).toEqual({
      kind: "number", e164: "+436641234567", country: "AT", line: "mobile", foreign: true,
    });
    expect(classifyNumber("0043 664 1234567", "DE")).toMatchObject({ country: "AT", foreign: true });
    expect(classifyNumber("+1 212 555 0123", "DE")).toMatchObject({ line: "mobile-or-landline", foreign: true });
    // The same number is not foreign where it is at home.
    expect(classifyNumber("0664 1234567", "AT")).toMatchObject({ e164: "+436641234567", foreign: false });
  });

  it("keeps a well-formed number of no known range as line unknown", () => {
    // No German number type starts with 199: a range libphonenumber does not know (yet).
    expect(classifyNumber("+491991234567", "DE")).toEqual(de("+491991234567", "unknown"));
  });

  it.each([
    "12.03.2025 14:05",
    "12.03.",
    "14:05",
    "12/03/2025",
    "2025-03-12",
    "3311",
    "5500",
    "333",
    "22922",
    "80",
    "",
    "   ",
    "hallo",
    "Rechnung 12345678",
    "+",
    "0000000000",
  ])("%j is not a caller", (raw) => {
    expect(classifyNumber(raw, "DE")).toEqual({ kind: "invalid" });
  });

  it.each([
    "Unbekannt",
    "unbekannt",
    "Anonym",
    "Privat",
    "Rufnummer unterdrückt",
    "Nummer unterdrückt",
    "unbekannter Anrufer",
    "unterdrückte Nummer",
    "Keine Rufnummer",
    "Rufnummer nicht übermittelt",
    "Unknown",
    "Private number",
    "No caller ID",
    "Withheld",
    "Restricted",
    "No number",
    "Anonymous",
    "  UNBEKANNT  ",
    "(Unbekannt)",
    "Necunoscut",
    "Număr privat",
    "Numar privat",
    "Număr ascuns",
    "Numar ascuns",
    "Apelant necunoscut",
    "Număr necunoscut",
    "Număr restricționat",
    "Anonim",
  ])("%j is a withheld caller", (raw) => {
    expect(classifyNumber(raw, "DE")).toEqual({ kind: "withheld" });
  });

  it("does not take a word containing a withheld word for one", () => {
    expect(classifyNumber("Privatpraxis", "DE")).toEqual({ kind: "invalid" });
    expect(classifyNumber("Necunoscuta", "DE")).toEqual({ kind: "invalid" });
  });
});

describe("parseNumberArgument", () => {
  it.each([
    ["0171 2345678"],
    ["+491712345678"],
    ["0171/2345678"],
    [" „0171 2345678“ "],
    ["tel:+49-171-2345678"],
    ["Nummer 0171 2345678"],
  ])("%j names the mobile", (arg) => {
    expect(parseNumberArgument(arg, "DE")).toEqual(de("+491712345678", "mobile"));
  });

  it("names withheld and invalid arguments", () => {
    expect(parseNumberArgument("unbekannt", "DE")).toEqual({ kind: "withheld" });
    expect(parseNumberArgument("morgen", "DE")).toEqual({ kind: "invalid" });
    expect(parseNumberArgument("0171 2345678 oder 0160 9876543", "DE")).toEqual({ kind: "invalid" });
  });
});

describe("E.164 length", () => {
  it("never yields a number longer than 15 digits", () => {
    expect(classifyNumber("+49707419340551917", "DE")).toEqual({ kind: "invalid" });
    for (const text of ["+49 (0) 707 4193 405 51917", "+49 30 12345678901", "0049 7074 1934 0551 917"]) {
      const phone = parseNumberArgument(text, "DE");
      if (phone.kind === "number") expect(phone.e164.length - 1).toBeLessThanOrEqual(15);
    }
  });
});

describe("numbers with digits missing or extra", () => {
  it("says how many digits a mobile prefix needs, counted as she wrote it", () => {
    // 0151 numbers have 8 digits after the prefix (prepaid-wiki.de mailbox table): 12 in all.
    expect(classifyNumber("0151 2223334", "DE")).toEqual({
      kind: "invalid",
      wrongLength: { problem: "too-short", typed: "0151 2223334", country: "DE", line: "mobile", digits: 11, expectedDigits: [12], by: 1 },
    });
    expect(classifyNumber("+49 151 2223334", "DE")).toMatchObject({ wrongLength: { digits: 12, expectedDigits: [13], by: 1 } });
    expect(classifyNumber("0049 151 2223334", "DE")).toMatchObject({ wrongLength: { digits: 14, expectedDigits: [15], by: 1 } });
    // 0171 numbers have 7 or 8 digits after the prefix.
    expect(classifyNumber("0171 234567", "DE")).toMatchObject({ wrongLength: { problem: "too-short", expectedDigits: [11, 12], by: 1 } });
    expect(classifyNumber("0171 23", "DE")).toMatchObject({ wrongLength: { problem: "too-short", digits: 6, by: 5 } });
  });

  it("calls a number with a digit too many too long", () => {
    expect(classifyNumber("0151 222333444", "DE")).toEqual({
      kind: "invalid",
      wrongLength: { problem: "too-long", typed: "0151 222333444", country: "DE", line: "mobile", digits: 13, expectedDigits: [12], by: 1 },
    });
    expect(classifyNumber("0171 234567890", "DE")).toMatchObject({ wrongLength: { problem: "too-long", expectedDigits: [11, 12], by: 1 } });
  });

  it("takes the lengths from libphonenumber's metadata, not a table", () => {
    // A premium-rate 0900 number and a foreign mobile, each a digit short.
    expect(classifyNumber("0900 123456", "DE")).toMatchObject({ wrongLength: { line: "special", country: "DE" } });
    expect(classifyNumber("+44 7400 12345", "DE")).toMatchObject({ wrongLength: { country: "GB", line: "mobile", by: 1 } });
  });

  it("never treats such a number as a caller, nor keeps a complete one from being one", () => {
    for (const raw of ["0151 2223334", "01512223334", "+491521234567", "0171 234567890"]) {
      expect(classifyNumber(raw, "DE").kind).toBe("invalid");
    }
    expect(classifyNumber("0151 22233344", "DE")).toEqual(de("+4915122233344", "mobile"));
  });

  it("finds it in text and as a command argument, as written", () => {
    const [found] = findNumbers("Anruf von 0151 222333 4 um 10:05", "DE");
    expect(found?.phone).toMatchObject({ kind: "invalid", wrongLength: { typed: "0151 222333 4", digits: 11, expectedDigits: [12] } });
    expect(parseNumberArgument("Nummer 0151 2223334", "DE")).toMatchObject({ wrongLength: { typed: "0151 2223334" } });
    expect(parseNumberArgument("tel:0151/2223334", "DE")).toMatchObject({ wrongLength: { typed: "0151/2223334" } });
  });
});
