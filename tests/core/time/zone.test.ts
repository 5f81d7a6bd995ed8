import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  compareLocalDates,
  formatLocalDate,
  localDateOf,
  localDayMinutes,
  parseIsoLocalDate,
  weekdayOf,
  zonedEpoch,
  zonedParts,
} from "../../../src/core/time/index.js";

const TZ = "Europe/Berlin";
const utc = (iso: string) => Date.parse(iso);

describe("zonedParts", () => {
  it("reads the wall clock in the zone", () => {
    expect(zonedParts(utc("2026-12-24T16:30:00Z"), TZ)).toEqual({
      year: 2026, month: 12, day: 24, hour: 17, minute: 30, weekday: 4, minuteOfDay: 1050,
    });
    expect(zonedParts(utc("2026-07-01T22:15:00Z"), TZ)).toMatchObject({ day: 2, hour: 0, minute: 15, weekday: 4 });
    expect(zonedParts(utc("2026-07-01T22:15:00Z"), "America/New_York")).toMatchObject({ day: 1, hour: 18 });
  });

  it("rejects an unknown zone", () => {
    expect(() => zonedParts(0, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("zonedEpoch", () => {
  it("converts an ordinary wall time", () => {
    expect(zonedEpoch(TZ, { year: 2026, month: 1, day: 15 }, 17 * 60)).toBe(utc("2026-01-15T16:00:00Z"));
    expect(zonedEpoch(TZ, { year: 2026, month: 7, day: 15 }, 17 * 60)).toBe(utc("2026-07-15T15:00:00Z"));
  });

  it("runs minutes past 1440 into the next day", () => {
    expect(zonedEpoch(TZ, { year: 2026, month: 12, day: 31 }, 1440 + 120)).toBe(utc("2027-01-01T01:00:00Z"));
  });

  it("moves a wall time in the spring-forward gap to the end of the gap", () => {
    const day = { year: 2026, month: 3, day: 29 };
    expect(zonedEpoch(TZ, day, 150)).toBe(utc("2026-03-29T01:00:00Z"));
    expect(zonedEpoch(TZ, day, 120)).toBe(utc("2026-03-29T01:00:00Z"));
    expect(zonedEpoch(TZ, day, 180)).toBe(utc("2026-03-29T01:00:00Z"));
    expect(zonedEpoch(TZ, day, 119)).toBe(utc("2026-03-29T00:59:00Z"));
    expect(zonedParts(zonedEpoch(TZ, day, 150), TZ)).toMatchObject({ hour: 3, minute: 0 });
  });

  it("takes the first occurrence of an ambiguous wall time", () => {
    const day = { year: 2026, month: 10, day: 25 };
    expect(zonedEpoch(TZ, day, 150)).toBe(utc("2026-10-25T00:30:00Z"));
    expect(zonedEpoch(TZ, day, 180)).toBe(utc("2026-10-25T02:00:00Z"));
  });

  it("knows 23- and 25-hour days", () => {
    expect(localDayMinutes(TZ, { year: 2026, month: 3, day: 29 })).toBe(23 * 60);
    expect(localDayMinutes(TZ, { year: 2026, month: 10, day: 25 })).toBe(25 * 60);
    expect(localDayMinutes(TZ, { year: 2026, month: 6, day: 1 })).toBe(24 * 60);
  });

  it("round-trips with zonedParts for every instant on a minute", () => {
    const zones = fc.constantFrom(TZ, "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC");
    const nearChanges = [Date.parse("2026-03-29T01:00:00Z"), Date.parse("2026-10-25T01:00:00Z"),
      Date.parse("2026-03-08T07:00:00Z"), Date.parse("2026-11-01T06:00:00Z"), Date.parse("2026-04-04T15:00:00Z")];
    const minute = fc.oneof(
      fc.integer({ min: 28_000_000, max: 31_000_000 }),
      fc.tuple(fc.constantFrom(...nearChanges), fc.integer({ min: -180, max: 180 })).map(([t, d]) => t / 60_000 + d),
    );
    fc.assert(
      fc.property(zones, minute, (tz, m) => {
        const epoch = m * 60_000;
        const p = zonedParts(epoch, tz);
        const back = zonedEpoch(tz, p, p.minuteOfDay);
        // An ambiguous wall time resolves to its first occurrence, at most one hour earlier.
        expect(back).toBeLessThanOrEqual(epoch);
        expect(epoch - back).toBeLessThanOrEqual(3_600_000);
        expect(zonedParts(back, tz)).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });
});

describe("local dates", () => {
  it("does calendar arithmetic", () => {
    expect(addLocalDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addLocalDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(weekdayOf({ year: 2026, month: 12, day: 24 })).toBe(4);
    expect(weekdayOf({ year: 2026, month: 3, day: 29 })).toBe(0);
    expect(compareLocalDates({ year: 2026, month: 1, day: 2 }, { year: 2026, month: 1, day: 10 })).toBeLessThan(0);
    expect(compareLocalDates({ year: 2026, month: 1, day: 2 }, { year: 2026, month: 1, day: 2 })).toBe(0);
  });

  it("formats and parses ISO dates", () => {
    expect(formatLocalDate({ year: 2026, month: 12, day: 24 })).toBe("2026-12-24");
    expect(parseIsoLocalDate("2026-12-24")).toEqual({ year: 2026, month: 12, day: 24 });
    expect(parseIsoLocalDate("2026-02-30")).toBeUndefined();
    expect(parseIsoLocalDate("24.12.2026")).toBeUndefined();
  });

  it("takes the local date in the zone", () => {
    expect(localDateOf(utc("2026-12-24T23:30:00Z"), TZ)).toEqual({ year: 2026, month: 12, day: 25 });
  });
});
