import { describe, expect, it } from "vitest";
import { flagOf, isAnyTimeWord, isRemoveWord, parseFlagWords } from "../../src/core/contact-words.js";

describe("flag words she types", () => {
  it.each([
    ["nocall", "nocall"],
    ["kein-rueckruf", "nocall"],
    ["Kein Rückruf", "nocall"],
    ["do not call", "nocall"],
    ["nu suna", "nocall"],
    ["fără-apel", "nocall"],
    ["festnetz", "landline"],
    ["fix", "landline"],
    ["umgeleitet", "forwarded"],
    ["redirecționat", "forwarded"],
    ["Nur-SMS", "smsonly"],
    ["doar sms", "smsonly"],
    ["no texts", "nosms"],
    ["fara-sms", "nosms"],
    ["#gesperrt,", "blocked"],
    ["blocat", "blocked"],
    ["trust", "trusted"],
    ["de încredere", "trusted"],
  ])("%j is %s", (word, flag) => {
    expect(flagOf(word)).toBe(flag);
  });

  it("reads several flags, some of several words, and keeps the words that are none", () => {
    expect(parseFlagWords("kein-rueckruf festnetz nur sms")).toEqual({ flags: ["nocall", "landline", "smsonly"], unknown: [] });
    expect(parseFlagWords("nu suna, telefon fix; doar sms blabla")).toEqual({ flags: ["nocall", "landline", "smsonly"], unknown: ["blabla"] });
    expect(parseFlagWords("do not call nocall")).toEqual({ flags: ["nocall"], unknown: [] });
    expect(parseFlagWords("nur")).toEqual({ flags: [], unknown: ["nur"] });
    expect(parseFlagWords("")).toEqual({ flags: [], unknown: [] });
  });
});

describe("words that clear a field", () => {
  it("an alias is removed by '-' or a word for it, in each language", () => {
    for (const word of ["-", "löschen", "remove", "șterge", "sterge"]) expect(isRemoveWord(word), word).toBe(true);
    expect(isRemoveWord("Tom")).toBe(false);
  });

  it("allowed hours are lifted by '-' or a word for any time, in each language", () => {
    for (const word of ["-", "jederzeit", "any time", "oricând", "mereu"]) expect(isAnyTimeWord(word), word).toBe(true);
    expect(isAnyTimeWord("Mo-Fr 12-14")).toBe(false);
  });
});
