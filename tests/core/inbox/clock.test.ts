import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantOf, shiftDays, usableZone, wallOf } from "../../../src/core/inbox/clock.js";

const ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
const zone = fc.constantFrom(...ZONES);

describe("inbox clock against date-fns/tz", () => {
  it("reads the same wall clock", () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        const d = new TZDate(ms, tz);
        expect(wallOf(ms, tz)).toMatchObject({
          year: d.getFullYear(),
          month: d.getMonth() + 1,
          day: d.getDate(),
          hour: d.getHours(),
          minute: d.getMinutes(),
          weekday: d.getDay(),
        });
      }),
      { numRuns: 300 },
    );
  });

  it("turns a wall time back into an instant showing it", () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        const w = wallOf(ms, tz);
        const at = instantOf(w.year, w.month, w.day, w.hour, w.minute, tz, ms);
        expect(wallOf(at, tz)).toEqual(w);
        // The latest reading not after the given instant: never later than it.
        expect(at).toBeLessThanOrEqual(ms);
      }),
      { numRuns: 300 },
    );
  });

  it("shifts by whole days like date-fns", () => {
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: -8, max: 8 }), (ms, tz, days) => {
        const expected = addDays(new TZDate(ms, tz), days);
        expect(wallOf(shiftDays(ms, days, tz), tz)).toMatchObject({
          year: expected.getFullYear(),
          month: expected.getMonth() + 1,
          day: expected.getDate(),
        });
        if (days === 0) expect(shiftDays(ms, 0, tz)).toBe(ms);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a time the fall-back hour repeats as the latest one not after the message", () => {
    // Berlin, 26 Oct 2025: 02:10 happens at 00:10 and again at 01:10 UTC.
    expect(instantOf(2025, 10, 26, 2, 10, "Europe/Berlin", Date.UTC(2025, 9, 26, 1, 30))).toBe(Date.UTC(2025, 9, 26, 1, 10));
    expect(instantOf(2025, 10, 26, 2, 10, "Europe/Berlin", Date.UTC(2025, 9, 26, 0, 30))).toBe(Date.UTC(2025, 9, 26, 0, 10));
    // Spring forward, 30 Mar 2025: 02:30 does not exist and moves to 03:00.
    expect(instantOf(2025, 3, 30, 2, 30, "Europe/Berlin")).toBe(Date.UTC(2025, 2, 30, 1, 0));
  });

  it("falls back to UTC for an unknown zone and NaN for an instant out of range", () => {
    expect(usableZone("Nowhere/Zone", 0)).toBe("UTC");
    expect(usableZone("Europe/Berlin", 0)).toBe("Europe/Berlin");
    expect(Number.isNaN(shiftDays(9e15, 1, "UTC"))).toBe(true);
    expect(Number.isNaN(wallOf(Number.NaN, "UTC").year)).toBe(true);
  });
});
