import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/core/question.js";

const TOM = { kind: "number", e164: "+491712345678", country: "DE", line: "mobile", foreign: false };
const ask = (text: string) => readQuestion(text, "DE");

describe("her question, read from plain text", () => {
  it.each([
    // German
    "darf ich 0171 2345678 zurückrufen?",
    "Kann ich 0171 2345678 anrufen?",
    "kurze Frage: soll ich 0171/2345678 zurückrufen",
    "0171 2345678 zurückrufen?",
    "zurückrufen 0171 2345678?",
    // English
    "can I call back +49 171 2345678?",
    "is it ok to call 0171 2345678",
    "call back 0171 2345678?",
    // Romanian
    "pot să-l sun înapoi pe 0171 2345678?",
    "Pot sa-l sun inapoi pe 0171 2345678?",
    "îl pot suna înapoi pe 0171 2345678?",
    "am voie să sun la 0171 2345678?",
    "e ok să-i scriu la 0171 2345678?",
    "să-l sun înapoi pe 0171 2345678?",
    "sun înapoi 0171 2345678?",
    "0171 2345678 sun înapoi?",
    "salut, pot să sun la 0171 2345678?",
    // A number alone
    "0171 2345678",
    "+49 171 2345678?",
  ])("%j asks about the number", (text) => {
    expect(ask(text)).toEqual({ kind: "phones", phones: [TOM] });
  });

  it.each([
    ["darf ich Tom zurückrufen?", ["Tom"]],
    ["can I call Tom back?", ["Tom"]],
    ["pot să-l sun pe Tom?", ["Tom"]],
    ["pot să-i scriu lui Tom acum?", ["Tom"]],
    ["am voie să o sun pe Ana?", ["Ana"]],
  ])("%j asks about a name", (text, words) => {
    expect(ask(text)).toEqual({ kind: "words", words });
  });

  it.each([
    "Entgangener Anruf\n0171 2345678",
    "Entgangener Anruf von +49 171 2345678",
    'hat mich grad jemand von 0171/2345678 angerufen? mailbox sagt "bitte zurückrufen"',
    "Missed call from +49 171 2345678",
    "Apel pierdut de la 0171 2345678",
    "M-a sunat 0171 2345678, pot să-l sun înapoi?",
    "Mesagerie vocală: 0171 2345678",
    "pot să-l sun pe 0171 2345678? apel nepreluat la 10:05",
    "pot să-l sun pe 0171 2345678? mesaj vocal nou la 08:05",
    "0171 2345678\n0171 7654321",
    "pot să vin mâine?",
    "Wie spät ist es?",
  ])("%j is no question for the rules (a note, or something else)", (text) => {
    expect(ask(text)).toBeUndefined();
  });

  it("a withheld caller in a question", () => {
    expect(ask("kann ich unbekannt zurückrufen?")).toEqual({ kind: "phones", phones: [{ kind: "withheld" }] });
  });

  it("a number with a digit missing is asked about as she typed it, alone or in a question", () => {
    const short = { kind: "invalid", wrongLength: { problem: "too-short", typed: "0151 2223334", digits: 11, expectedDigits: [12] } };
    expect(ask("0151 2223334")).toMatchObject({ kind: "phones", phones: [short] });
    expect(ask("darf ich 0151 2223334 zurückrufen?")).toMatchObject({ kind: "phones", phones: [short] });
    expect(ask("pot să-l sun înapoi pe 0151 2223334?")).toMatchObject({ kind: "phones", phones: [short] });
    // Two different slips are two answers; the same one twice is one.
    const phonesOf = (text: string) => {
      const asked = ask(text);
      return asked?.kind === "phones" ? asked.phones : [];
    };
    expect(phonesOf("darf ich 0151 2223334 oder 0151 2223335 zurückrufen?")).toHaveLength(2);
    expect(phonesOf("darf ich 0151 2223334 oder 0151 2223334 zurückrufen?")).toHaveLength(1);
  });
});
