import { describe, expect, it } from "vitest";
import { parseBookArgument } from "../../../src/core/availability/bookArgument.js";
import { dateOfAskedDay, isRelativeDayWord, parseDayArgument } from "../../../src/core/availability/dayArgument.js";
import { parseFreeQuestion } from "../../../src/core/availability/freeQuestion.js";
import { parseOffArgument } from "../../../src/core/availability/offArgument.js";

const monday = { year: 2026, month: 11, day: 23 };

describe("parseDayArgument", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])("%s is no day (no word from Object's prototype)", (word) => {
    expect(parseDayArgument(word, monday)).toBeUndefined();
  });

  it.each([
    ["heute", { year: 2026, month: 11, day: 23 }],
    ["morgen", { year: 2026, month: 11, day: 24 }],
    ["übermorgen", { year: 2026, month: 11, day: 25 }],
    ["tomorrow", { year: 2026, month: 11, day: 24 }],
    ["Freitag", { year: 2026, month: 11, day: 27 }],
    ["fri", { year: 2026, month: 11, day: 27 }],
    ["mo", { year: 2026, month: 11, day: 23 }],
    ["2026-12-24", { year: 2026, month: 12, day: 24 }],
    ["24.12.", { year: 2026, month: 12, day: 24 }],
    ["3.1.", { year: 2027, month: 1, day: 3 }],
    ["24.12.2027", { year: 2027, month: 12, day: 24 }],
    ["mâine", { year: 2026, month: 11, day: 24 }],
    ["maine", { year: 2026, month: 11, day: 24 }],
    ["poimâine", { year: 2026, month: 11, day: 25 }],
    ["azi", { year: 2026, month: 11, day: 23 }],
    ["Vineri", { year: 2026, month: 11, day: 27 }],
    ["duminică", { year: 2026, month: 11, day: 29 }],
    ["la noapte", { year: 2026, month: 11, day: 23 }],
  ])("%s", (text, expected) => expect(parseDayArgument(text, monday)).toEqual(expected));

  it("rejects what is not a day", () => {
    for (const t of ["2026-02-30", "31.2.", "Tom", "0171", "", "Vi", "Lu"]) expect(parseDayArgument(t, monday)).toBeUndefined();
  });

  it("tells a word for a day relative to today from a weekday, which names every such weekday in hours", () => {
    for (const word of ["heute", "Morgen", "übermorgen", "today", "tomorrow", "azi", "astăzi", "mâine", "maine", "poimâine"]) {
      expect(isRelativeDayWord(word), word).toBe(true);
    }
    for (const word of ["mo", "fr", "luni", "vineri", "Lu", "täglich", "zilnic", "14-18", "Tom"]) expect(isRelativeDayWord(word), word).toBe(false);
  });

  it("resolves a client's asked day", () => {
    expect(dateOfAskedDay({ kind: "weekday", weekday: 3 }, monday)).toEqual({ year: 2026, month: 11, day: 25 });
    expect(dateOfAskedDay({ kind: "tomorrow" }, monday)).toEqual({ year: 2026, month: 11, day: 24 });
  });
});

describe("parseBookArgument", () => {
  it("reads time, range, length, who and day in any order after the time", () => {
    expect(parseBookArgument("17:00", monday)).toEqual({ ok: true, value: { date: monday, dateImplied: true, start: 1020 } });
    expect(parseBookArgument("17:00-18:30 Tom morgen", monday)).toEqual({
      ok: true,
      value: { date: { year: 2026, month: 11, day: 24 }, dateImplied: false, start: 1020, end: 1110, who: "Tom" },
    });
    expect(parseBookArgument("19:00 90 0171 2345678 2026-12-03", monday)).toEqual({
      ok: true,
      value: { date: { year: 2026, month: 12, day: 3 }, dateImplied: false, start: 1140, end: 1230, who: "0171 2345678" },
    });
    expect(parseBookArgument("18 Uhr 2h fr", monday)).toMatchObject({ ok: true, value: { start: 1080, end: 1200 } });
    expect(parseBookArgument("23:00-01:00", monday)).toMatchObject({ ok: true, value: { start: 1380, end: 1500 } });
    expect(parseBookArgument("17:00 90 min", monday)).toMatchObject({ ok: true, value: { end: 1110 } });
  });

  it("names what is wrong", () => {
    expect(parseBookArgument("", monday)).toEqual({ ok: false, error: "missing-time" });
    expect(parseBookArgument("Tom 17:00", monday)).toEqual({ ok: false, error: "missing-time" });
    expect(parseBookArgument("25:00", monday)).toEqual({ ok: false, error: "bad-time" });
    expect(parseBookArgument("17:00 999", monday)).toEqual({ ok: false, error: "bad-length" });
    expect(parseBookArgument("17:00 heute morgen", monday)).toEqual({ ok: false, error: "two-days" });
  });
});

describe("parseFreeQuestion", () => {
  it.each([
    ["hab ich heute noch was frei?", 23],
    ["morgen frei?", 24],
    ["free tomorrow?", 24],
    ["Freitag noch Platz?", 27],
    ["noch was frei", 23],
    ["am 24.12. frei?", undefined],
    ["am ceva liber mâine?", 24],
    ["mai am loc azi?", 23],
    ["liber poimâine?", 25],
    ["vineri liberă?", 27],
    ["sunt disponibilă joi?", 26],
  ])("%s", (text, day) => {
    const result = parseFreeQuestion(text, monday);
    expect(result).toBeDefined();
    if (day !== undefined) expect(result?.date.day).toBe(day);
  });

  it("leaves client notes and other text alone", () => {
    for (const t of [
      "Hast du heute noch einen Termin frei?",
      "are you free tomorrow?",
      "Mailbox 8:05 – frei heute? 0151 12345678",
      "Entgangener Anruf 0171 2345678",
      "Freitag",
      "/free",
      "Ai loc mâine?",
      "ești liberă azi?",
      "mâine",
    ]) {
      expect(parseFreeQuestion(t, monday)).toBeUndefined();
    }
  });
});

describe("parseOffArgument", () => {
  it("lists, sets and removes in German, English and Romanian", () => {
    for (const list of ["", "liste", "list", "listă", "lista"]) expect(parseOffArgument(list, monday)).toEqual({ kind: "list" });
    expect(parseOffArgument("24.12.", monday)).toEqual({ kind: "set", day: { date: { year: 2026, month: 12, day: 24 } } });
    expect(parseOffArgument("mâine", monday)).toEqual({ kind: "set", day: { date: { year: 2026, month: 11, day: 24 } } });
    for (const verb of ["remove", "entfernen", "weg", "șterge", "sterge", "scoate"]) {
      expect(parseOffArgument(`${verb} morgen`, monday), verb).toEqual({ kind: "remove", day: { date: { year: 2026, month: 11, day: 24 } } });
    }
    expect(parseOffArgument("Tom", monday)).toBeUndefined();
    expect(parseOffArgument("remove", monday)).toBeUndefined();
  });
});
