import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dailyRangeContains, dailyRangeEnd, isInsideWeekly, nextWeeklyStart } from "../../../src/core/time/weekly.js";
import { zonedEpoch, zonedParts } from "../../../src/core/time/zone.js";
import { dailyRangeEndAt, inDailyRange, inWeekly, nextWeeklyStartAt, wallTime, wallToEpoch, zoneOffset } from "../../../src/core/rules/wallClock.js";
import { intlWall, intlZonedEpoch } from "../time/intl.js";
import { epoch, timeRange, weeklyHours } from "./arbitraries.js";

const zone = fc.constantFrom("Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo");
const RUNS = { numRuns: 300 };

/** The hour after a fall-back change repeats wall times; the time module and the fast path read
 *  ranges that end inside it differently, so cross-checks stay out of it. */
function nearChange(tz: string, t: number): boolean {
  return zoneOffset(tz, t - 2 * 3_600_000) !== zoneOffset(tz, t + 2 * 3_600_000);
}

describe("wallClock agrees with the time module", () => {
  it("wall time, against Intl", () => {
    fc.assert(
      fc.property(zone, epoch, (tz, t) => {
        const w = wallTime(tz, t);
        const p = intlWall(tz, t);
        expect([w.minuteOfDay, w.weekday]).toEqual([p.minuteOfDay, p.weekday]);
        expect(w.dayNumber * 86_400_000).toBe(Date.UTC(p.year, p.month - 1, p.day));
      }),
      RUNS,
    );
  });

  it("wall to epoch, including gaps and repeated hours", () => {
    fc.assert(
      fc.property(zone, epoch, fc.integer({ min: 0, max: 2879 }), (tz, t, minute) => {
        const w = wallTime(tz, t);
        const p = zonedParts(t, tz);
        const date = { year: p.year, month: p.month, day: p.day };
        expect(wallToEpoch(tz, w.dayNumber, minute)).toBe(zonedEpoch(tz, date, minute));
        expect(wallToEpoch(tz, w.dayNumber, minute)).toBe(intlZonedEpoch(tz, date, minute));
      }),
      RUNS,
    );
  });

  it("daily ranges", () => {
    fc.assert(
      fc.property(zone, epoch, timeRange, (tz, t, range) => {
        if (nearChange(tz, t)) return;
        const w = wallTime(tz, t);
        expect(inDailyRange(range, w.minuteOfDay)).toBe(dailyRangeContains(t, range, tz));
        expect(dailyRangeEndAt(tz, w, range)).toBe(dailyRangeEnd(t, range, tz));
      }),
      RUNS,
    );
  });

  it("weekly hours", () => {
    fc.assert(
      fc.property(zone, epoch, weeklyHours, (tz, t, hours) => {
        if (nearChange(tz, t)) return;
        const w = wallTime(tz, t);
        const inside = isInsideWeekly(t, hours, tz);
        expect(inWeekly(hours, w)).toBe(inside);
        if (!inside) expect(nextWeeklyStartAt(tz, w, hours)).toBe(nextWeeklyStart(t, hours, tz));
      }),
      { numRuns: 200 },
    );
  });

  it("DST days in Berlin", () => {
    const tz = "Europe/Berlin";
    const spring = wallTime(tz, Date.parse("2026-03-29T00:30:00Z"));
    expect(wallToEpoch(tz, spring.dayNumber, 150)).toBe(Date.parse("2026-03-29T01:00:00Z")); // 02:30 → 03:00 CEST
    const fall = wallTime(tz, Date.parse("2026-10-25T00:30:00Z"));
    expect(wallToEpoch(tz, fall.dayNumber, 150)).toBe(Date.parse("2026-10-25T00:30:00Z")); // first 02:30
    expect(wallTime(tz, Date.parse("2026-10-25T01:30:00Z")).minuteOfDay).toBe(150); // second 02:30
  });

  it("DST days in Sydney", () => {
    const tz = "Australia/Sydney";
    const spring = wallTime(tz, Date.parse("2026-10-03T15:30:00Z")); // 01:30 AEST on 4 October
    expect(wallToEpoch(tz, spring.dayNumber, 150)).toBe(Date.parse("2026-10-03T16:00:00Z")); // 02:30 → 03:00 AEDT
    const fall = wallTime(tz, Date.parse("2026-04-04T14:30:00Z")); // 01:30 AEDT on 5 April
    expect(wallToEpoch(tz, fall.dayNumber, 150)).toBe(Date.parse("2026-04-04T15:30:00Z")); // first 02:30
    expect(wallTime(tz, Date.parse("2026-04-04T16:30:00Z")).minuteOfDay).toBe(150); // second 02:30
  });
});
