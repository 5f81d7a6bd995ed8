import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offsetMinutes, zonedEpoch, zonedParts } from "../../../src/core/time/index.js";
import { wallToEpoch, ZoneOffsets } from "../../../src/core/time/offsets.js";
import type { LocalDate } from "../../../src/core/time/types.js";
import { intlOffset, intlWall, intlZonedEpoch } from "./intl.js";

const MINUTE_MS = 60_000;
/** Northern and southern hemisphere, half-hour DST (Lord Howe), changes at midnight (Santiago), none (Kolkata). */
const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata"];
const zone = fc.constantFrom(...ZONES);
const minuteEpoch = fc
  .integer({ min: Date.UTC(2024, 0, 1) / MINUTE_MS, max: Date.UTC(2028, 11, 31) / MINUTE_MS })
  .map((m) => m * MINUTE_MS);
const localDate: fc.Arbitrary<LocalDate> = fc
  .integer({ min: Date.UTC(2024, 0, 1) / 86_400_000, max: Date.UTC(2028, 11, 31) / 86_400_000 })
  .map((d) => {
    const date = new Date(d * 86_400_000);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  });

/** Days on which the offset changes, with the zone. */
const CHANGE_DAYS: readonly (readonly [string, LocalDate])[] = [
  ["Europe/Berlin", { year: 2026, month: 3, day: 29 }],
  ["Europe/Berlin", { year: 2026, month: 10, day: 25 }],
  ["Australia/Sydney", { year: 2026, month: 4, day: 5 }],
  ["Australia/Sydney", { year: 2026, month: 10, day: 4 }],
  ["America/Santiago", { year: 2026, month: 4, day: 4 }],
  ["America/Santiago", { year: 2026, month: 9, day: 6 }],
  ["Australia/Lord_Howe", { year: 2026, month: 10, day: 4 }],
];

describe("cached zone offsets agree with Intl", () => {
  it("for instants asked in scattered order, and again after the spans have merged", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(zone, minuteEpoch), { minLength: 1, maxLength: 40 }), (asks) => {
        const first = asks.map(([tz, t]) => offsetMinutes(tz, t));
        const again = asks.map(([tz, t]) => offsetMinutes(tz, t));
        const truth = asks.map(([tz, t]) => intlOffset(tz, t));
        expect(first).toEqual(truth);
        expect(again).toEqual(truth);
      }),
      { numRuns: 40 },
    );
  });

  it("zonedParts reads the same wall clock", () => {
    fc.assert(
      fc.property(zone, minuteEpoch, (tz, t) => {
        const { year, month, day, hour, minute, weekday, minuteOfDay } = intlWall(tz, t);
        expect(zonedParts(t, tz)).toEqual({ year, month, day, hour, minute, weekday, minuteOfDay });
      }),
      { numRuns: 300 },
    );
  });

  it("zonedEpoch resolves like the Intl-only version", () => {
    fc.assert(
      fc.property(zone, localDate, fc.integer({ min: -120, max: 2999 }), (tz, date, minute) => {
        expect(zonedEpoch(tz, date, minute)).toBe(intlZonedEpoch(tz, date, minute));
      }),
      { numRuns: 300 },
    );
  });

  it.each(CHANGE_DAYS)("every minute around the change in %s on %o", (tz, date) => {
    for (let minute = -60; minute <= 1500; minute += 5) {
      expect(zonedEpoch(tz, date, minute)).toBe(intlZonedEpoch(tz, date, minute));
    }
    const midnight = intlZonedEpoch(tz, date, 0);
    for (let t = midnight - 3_600_000; t <= midnight + 27 * 3_600_000; t += 10 * MINUTE_MS) {
      expect(offsetMinutes(tz, t)).toBe(intlOffset(tz, t));
      expect(zonedParts(t, tz).minuteOfDay).toBe(intlWall(tz, t).minuteOfDay);
    }
  });

  it("knows Berlin's changes to the minute", () => {
    const tz = "Europe/Berlin";
    expect(offsetMinutes(tz, Date.parse("2026-03-29T00:59:00Z"))).toBe(60);
    expect(offsetMinutes(tz, Date.parse("2026-03-29T01:00:00Z"))).toBe(120);
    expect(offsetMinutes(tz, Date.parse("2026-10-25T00:59:00Z"))).toBe(120);
    expect(offsetMinutes(tz, Date.parse("2026-10-25T01:00:00Z"))).toBe(60);
  });

  it("works to the ends of the Date range", () => {
    expect(offsetMinutes("UTC", 8.64e15)).toBe(0);
    expect(offsetMinutes("UTC", -8.64e15)).toBe(0);
    expect(offsetMinutes("Asia/Kolkata", 8.64e15)).toBe(330);
  });

  it("rejects an unknown zone or instant every time", () => {
    expect(() => offsetMinutes("Mars/Olympus", 0)).toThrow(RangeError);
    expect(() => offsetMinutes("Mars/Olympus", 0)).toThrow(RangeError);
    expect(() => offsetMinutes("Europe/Berlin", NaN)).toThrow(RangeError);
    expect(() => zonedEpoch("Mars/Olympus", { year: 2026, month: 1, day: 1 }, 0)).toThrow(RangeError);
  });
});

describe("offsets a caller remembers (ZoneOffsets) agree with Intl", () => {
  it("for instants asked in scattered order, and again after the spans have merged", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(zone, minuteEpoch), { minLength: 1, maxLength: 40 }), (asks) => {
        const offsets = new ZoneOffsets();
        const truth = asks.map(([tz, t]) => intlOffset(tz, t));
        expect(asks.map(([tz, t]) => offsets.offsetMinutes(tz, t))).toEqual(truth);
        expect(asks.map(([tz, t]) => offsets.offsetMinutes(tz, t))).toEqual(truth);
      }),
      { numRuns: 40 },
    );
  });

  it.each(CHANGE_DAYS)("every minute around the change in %s on %o, one instance for all", (tz, date) => {
    const offsets = new ZoneOffsets();
    const midnight = intlZonedEpoch(tz, date, 0);
    for (let minute = -60; minute <= 1500; minute += 5) {
      const wallMs = Date.UTC(date.year, date.month - 1, date.day) + minute * MINUTE_MS;
      expect(wallToEpoch(tz, wallMs, offsets)).toBe(intlZonedEpoch(tz, date, minute));
    }
    for (let t = midnight - 3_600_000; t <= midnight + 27 * 3_600_000; t += 10 * MINUTE_MS) {
      expect(offsets.offsetMinutes(tz, t)).toBe(intlOffset(tz, t));
    }
  });

  it("rejects an unknown zone and keeps nothing for it", () => {
    const offsets = new ZoneOffsets();
    expect(() => offsets.offsetMinutes("Mars/Olympus", 0)).toThrow(RangeError);
    expect(() => offsets.offsetMinutes("Mars/Olympus", 0)).toThrow(RangeError);
    expect(offsets.offsetMinutes("Europe/Berlin", Date.parse("2026-03-29T01:00:00Z"))).toBe(120);
  });
});
