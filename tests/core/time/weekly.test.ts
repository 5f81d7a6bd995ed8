import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dailyRangeContains,
  dailyRangeEnd,
  formatClock,
  isInsideWeekly,
  nextWeeklyStart,
  parseClock,
  parseDayHours,
  parseWeeklyHours,
  weeklyHoursGroups,
  windowsOfDay,
  type TimeRange,
  type WeeklyHours,
} from "../../../src/core/time/index.js";

const TZ = "Europe/Berlin";
const utc = (iso: string) => Date.parse(iso);
const week = (days: Partial<Record<number, TimeRange[]>>): WeeklyHours =>
  [0, 1, 2, 3, 4, 5, 6].map((d) => days[d] ?? []) as unknown as WeeklyHours;

function parsed(text: string): WeeklyHours {
  const r = parseWeeklyHours(text);
  if (!r.ok) throw new Error(`parse failed: ${r.error.code}`);
  return r.hours;
}

describe("parseClock / formatClock", () => {
  it("reads the usual ways of writing a time", () => {
    expect(parseClock("17")).toBe(1020);
    expect(parseClock("17:30")).toBe(1050);
    expect(parseClock("17.30")).toBe(1050);
    expect(parseClock("5pm")).toBe(1020);
    expect(parseClock("5:30 pm")).toBe(1050);
    expect(parseClock("12am")).toBe(0);
    expect(parseClock("12pm")).toBe(720);
    expect(parseClock("9 Uhr")).toBe(540);
    expect(parseClock("24:00")).toBe(1440);
    expect(parseClock("25")).toBeUndefined();
    expect(parseClock("17:60")).toBeUndefined();
    expect(parseClock("13pm")).toBeUndefined();
    expect(parseClock("abc")).toBeUndefined();
  });

  it("formats minutes of the day", () => {
    expect(formatClock(1020)).toBe("17:00");
    expect(formatClock(545)).toBe("09:05");
    expect(formatClock(1560)).toBe("02:00");
  });
});

describe("parseWeeklyHours", () => {
  it("reads Romanian, with and without diacritics, as the German and English it means", () => {
    expect(parsed("lu-vi 11:00-21:00; sâ 12:00-18:00; du liber")).toEqual(parsed("mo-fr 11:00-21:00; sa 12:00-18:00; so frei"));
    expect(parsed("Luni - Vineri 11-21, sambata 12-18")).toEqual(parsed("mon-fri 11-21, sat 12-18"));
    expect(parsed("zilnic 10-22; duminică închis")).toEqual(parsed("täglich 10-22; so geschlossen"));
    expect(parsed("ma și jo 12 până la 14")).toEqual(parsed("di und do 12-14"));
    expect(parsed("în fiecare zi 9-17")).toEqual(parsed("daily 9-17"));
  });

  it("reads English with days off", () => {
    const h = parsed("mon-fri 11:00-21:00; sat 12:00-18:00; sun off");
    expect(h[1]).toEqual([{ start: 660, end: 1260 }]);
    expect(h[5]).toEqual([{ start: 660, end: 1260 }]);
    expect(h[6]).toEqual([{ start: 720, end: 1080 }]);
    expect(h[0]).toEqual([]);
  });

  it("reads German with en dashes, several ranges and day lists", () => {
    expect(parsed("Mo–Fr 12–14")[3]).toEqual([{ start: 720, end: 840 }]);
    const two = parsed("Mo-Fr 12:00-14:00, 18-20");
    expect(two[2]).toEqual([{ start: 720, end: 840 }, { start: 1080, end: 1200 }]);
    expect(two[6]).toEqual([]);
    const weekend = parsed("Sa, So 14-18");
    expect(weekend[6]).toEqual([{ start: 840, end: 1080 }]);
    expect(weekend[0]).toEqual([{ start: 840, end: 1080 }]);
    expect(weekend[1]).toEqual([]);
  });

  it("reads day-set words", () => {
    for (const text of ["täglich 10-22", "daily 10-22"]) {
      expect(parsed(text).every((d) => d.length === 1 && d[0]?.start === 600 && d[0]?.end === 1320)).toBe(true);
    }
    const w = parsed("werktags 9-17");
    expect(w[1]).toEqual([{ start: 540, end: 1020 }]);
    expect(w[0]).toEqual([]);
    expect(w[6]).toEqual([]);
  });

  it("runs a range past midnight into the next day", () => {
    expect(parsed("fri 20:00-02:00")[5]).toEqual([{ start: 1200, end: 1560 }]);
    expect(parsed("Fr 22 bis 3 Uhr")[5]).toEqual([{ start: 1320, end: 1620 }]);
  });

  it("lets a later mention override an earlier one", () => {
    const h = parsed("täglich 10-22; so geschlossen");
    expect(h[0]).toEqual([]);
    expect(h[6]).toEqual([{ start: 600, end: 1320 }]);
  });

  it("explains what it cannot read", () => {
    expect(parseWeeklyHours("")).toEqual({ ok: false, error: { code: "empty" } });
    expect(parseWeeklyHours("mo-fr")).toMatchObject({ ok: false, error: { code: "missing-hours" } });
    expect(parseWeeklyHours("mo-fr 12-12")).toMatchObject({ ok: false, error: { code: "empty-range" } });
    expect(parseWeeklyHours("mo-fr 12-27")).toMatchObject({ ok: false, error: { code: "bad-time" } });
    expect(parseWeeklyHours("blub 10-12")).toMatchObject({ ok: false, error: { code: "unknown-token", at: "blub" } });
  });
});

describe("weeklyHoursGroups", () => {
  it("groups equal days in week order, runs of three or more as one span, every day as daily", () => {
    expect(weeklyHoursGroups(parsed("mon-fri 12:00-14:00; sat, sun 12-18"))).toEqual([
      { days: [{ from: 1, to: 5 }], ranges: [{ start: 720, end: 840 }] },
      { days: [{ from: 6, to: 6 }, { from: 0, to: 0 }], ranges: [{ start: 720, end: 1080 }] },
    ]);
    expect(weeklyHoursGroups(parsed("täglich 10-24"))).toEqual([{ days: "daily", ranges: [{ start: 600, end: 1440 }] }]);
    expect(weeklyHoursGroups(week({}))).toEqual([]);
  });
});

describe("parseDayHours", () => {
  it("reads one day's ranges, or a word for a day off in any of her languages", () => {
    expect(parseDayHours("14:00-18:00")).toEqual({ ok: true, ranges: [{ start: 840, end: 1080 }] });
    expect(parseDayHours("14-18, 20-02")).toEqual({ ok: true, ranges: [{ start: 840, end: 1080 }, { start: 1200, end: 1560 }] });
    for (const off of ["frei", "off", "geschlossen", "liber", "închis", "inchis", "Ruhetag"]) expect(parseDayHours(off), off).toEqual({ ok: true, ranges: [] });
  });

  it("refuses day names and unreadable times", () => {
    expect(parseDayHours("mo 14-18")).toMatchObject({ ok: false, error: { code: "unknown-token" } });
    expect(parseDayHours("14-25")).toMatchObject({ ok: false, error: { code: "bad-time" } });
  });
});

describe("weekly windows", () => {
  const hours = parsed("mo-fr 11-21; fr 20-02");

  it("gives absolute windows, overnight ones ending the next day", () => {
    expect(windowsOfDay(hours, { year: 2026, month: 6, day: 5 }, TZ)).toEqual([
      { start: utc("2026-06-05T18:00:00Z"), end: utc("2026-06-06T00:00:00Z") },
    ]);
    expect(windowsOfDay(hours, { year: 2026, month: 6, day: 6 }, TZ)).toEqual([]);
  });

  it("checks membership including yesterday's overnight range", () => {
    expect(isInsideWeekly(utc("2026-06-05T23:30:00Z"), hours, TZ)).toBe(true); // Sat 01:30
    expect(isInsideWeekly(utc("2026-06-06T00:30:00Z"), hours, TZ)).toBe(false); // Sat 02:30
    expect(isInsideWeekly(utc("2026-06-03T12:00:00Z"), hours, TZ)).toBe(true); // Wed 14:00
    expect(isInsideWeekly(utc("2026-06-03T19:00:00Z"), hours, TZ)).toBe(false); // Wed 21:00
  });

  it("finds the next start", () => {
    const now = utc("2026-06-03T12:00:00Z");
    expect(nextWeeklyStart(now, hours, TZ)).toBe(now);
    expect(nextWeeklyStart(utc("2026-06-06T08:00:00Z"), hours, TZ)).toBe(utc("2026-06-08T09:00:00Z"));
    expect(nextWeeklyStart(now, week({}), TZ)).toBeUndefined();
  });

  it("keeps wall-clock hours across the spring change", () => {
    const h = parsed("so 1-4");
    expect(windowsOfDay(h, { year: 2026, month: 3, day: 29 }, TZ)).toEqual([
      { start: utc("2026-03-29T00:00:00Z"), end: utc("2026-03-29T02:00:00Z") },
    ]);
    const gapOnly = parsed("so 02:00-02:45");
    expect(windowsOfDay(gapOnly, { year: 2026, month: 3, day: 29 }, TZ)).toEqual([]);
  });
});

describe("daily ranges (quiet hours)", () => {
  const quiet: TimeRange = { start: 21 * 60, end: 33 * 60 };

  it("knows when quiet hours end", () => {
    expect(dailyRangeContains(utc("2026-06-03T21:00:00Z"), quiet, TZ)).toBe(true); // 23:00
    expect(dailyRangeEnd(utc("2026-06-03T21:00:00Z"), quiet, TZ)).toBe(utc("2026-06-04T07:00:00Z"));
    expect(dailyRangeEnd(utc("2026-06-04T05:00:00Z"), quiet, TZ)).toBe(utc("2026-06-04T07:00:00Z"));
    expect(dailyRangeContains(utc("2026-06-04T10:00:00Z"), quiet, TZ)).toBe(false);
    expect(dailyRangeEnd(utc("2026-06-04T10:00:00Z"), quiet, TZ)).toBeUndefined();
  });

  it("ends at 09:00 local on the night the clocks change", () => {
    expect(dailyRangeEnd(utc("2026-03-29T00:30:00Z"), quiet, TZ)).toBe(utc("2026-03-29T07:00:00Z"));
    expect(dailyRangeEnd(utc("2026-10-25T01:30:00Z"), quiet, TZ)).toBe(utc("2026-10-25T08:00:00Z"));
  });
});
