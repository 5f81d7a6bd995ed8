import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_AVAILABILITY,
  findConflicts,
  freeGaps,
  freeSlots,
  hoursOn,
  isHoldActive,
  type AvailabilitySettings,
  type Booking,
  type Hold,
} from "../../../src/core/availability/index.js";
import {
  addLocalDays,
  zonedEpoch,
  zonedParts,
  type Interval,
  type LocalDate,
  type TimeRange,
  type WeeklyHours,
} from "../../../src/core/time/index.js";

const M = 60_000;
const zones = ["Europe/Berlin", "America/New_York", "UTC"] as const;
// Ordinary days and the Berlin and New York change days of 2026.
const dates: LocalDate[] = [
  { year: 2026, month: 6, day: 3 },
  { year: 2026, month: 3, day: 29 },
  { year: 2026, month: 10, day: 25 },
  { year: 2026, month: 3, day: 8 },
  { year: 2026, month: 11, day: 1 },
];

const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: 46 }), fc.integer({ min: 1, max: 30 }))
  .map(([s, len]): TimeRange => ({ start: s * 30, end: s * 30 + len * 30 }));

const settingsArb: fc.Arbitrary<AvailabilitySettings> = fc
  .record({
    ranges: fc.array(rangeArb, { minLength: 1, maxLength: 2 }),
    appointmentMinutes: fc.constantFrom(30, 45, 60, 90, 120),
    bufferBeforeMinutes: fc.constantFrom(0, 15, 30, 45),
    bufferAfterMinutes: fc.constantFrom(0, 10, 30),
    noticeMinutes: fc.constantFrom(0, 60, 120, 240),
    stepMinutes: fc.constantFrom(15, 30, 60),
    maxAppointmentsPerDay: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    maxBookedMinutesPerDay: fc.option(fc.integer({ min: 60, max: 600 }), { nil: undefined }),
  })
  .map(({ ranges, ...rest }) => {
    // Overlapping ranges are merged by the parser; keep generated ones disjoint the same way.
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    const disjoint: TimeRange[] = [];
    for (const r of sorted) {
      const last = disjoint[disjoint.length - 1];
      if (last && r.start <= last.end) disjoint[disjoint.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
      else disjoint.push(r);
    }
    const weekly = [disjoint, disjoint, disjoint, disjoint, disjoint, disjoint, disjoint] as unknown as WeeklyHours;
    return { ...DEFAULT_AVAILABILITY, ...rest, weekly };
  });

interface Scenario {
  tz: string;
  date: LocalDate;
  settings: AvailabilitySettings;
  now: number;
  bookings: Booking[];
  holds: Hold[];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(fc.constantFrom(...zones), fc.constantFrom(...dates), settingsArb)
  .chain(([tz, date, settings]) => {
    const base = zonedEpoch(tz, date, 0);
    const instant = fc.integer({ min: -6 * 60, max: 30 * 60 }).map((m) => base + m * M);
    const span = fc.tuple(instant, fc.integer({ min: 15, max: 180 })).map(([start, len]) => ({ start, end: start + len * M }));
    return fc.record({
      tz: fc.constant(tz),
      date: fc.constant(date),
      settings: fc.constant(settings),
      now: fc.integer({ min: -24 * 60, max: 20 * 60 }).map((m) => base + m * M),
      bookings: fc.array(span.map((s) => ({ id: "b", ...s })), { maxLength: 8 }),
      holds: fc.array(fc.tuple(span, instant).map(([s, expiresAt]) => ({ id: "h", ...s, expiresAt })), { maxLength: 4 }),
    });
  });

/** Straightforward re-statement of the rules, one wall-clock candidate at a time. */
function oracle(s: Scenario): number[] {
  const { settings, tz, date, now } = s;
  const len = settings.appointmentMinutes * M;
  const dayStart = zonedEpoch(tz, date, 0);
  const dayEnd = zonedEpoch(tz, addLocalDays(date, 1), 0);
  const sameDay = [...s.bookings, ...s.holds.filter((h) => isHoldActive(h, now))].filter(
    (a) => a.start >= dayStart && a.start < dayEnd,
  );
  if (settings.maxAppointmentsPerDay !== undefined && sameDay.length >= settings.maxAppointmentsPerDay) return [];
  const bookedMs = sameDay.reduce((sum, a) => sum + a.end - a.start, 0);
  if (settings.maxBookedMinutesPerDay !== undefined && bookedMs + len > settings.maxBookedMinutesPerDay * M) return [];
  const starts = new Set<number>();
  for (const range of hoursOn(settings, date)) {
    const ws = zonedEpoch(tz, date, range.start);
    const we = zonedEpoch(tz, date, range.end);
    for (let m = 0; m < 2 * 1440; m += settings.stepMinutes) {
      const t = zonedEpoch(tz, date, m);
      if (m < range.start || m >= range.end || t < ws || t + len > we) continue;
      if (t < now + settings.noticeMinutes * M) continue;
      if (findConflicts({ start: t, end: t + len }, s.bookings, s.holds, settings, now).length > 0) continue;
      starts.add(t);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

const inside = (slot: Interval, windows: Interval[]) => windows.some((w) => w.start <= slot.start && slot.end <= w.end);

describe("freeSlots properties", () => {
  it("never overlaps a booking or an active hold, buffers included, and stays inside hours after the notice", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const slots = freeSlots({ date: s.date, now: s.now, timeZone: s.tz, settings: s.settings, bookings: s.bookings, holds: s.holds });
        const windows = hoursOn(s.settings, s.date).map((r) => ({
          start: zonedEpoch(s.tz, s.date, r.start),
          end: zonedEpoch(s.tz, s.date, r.end),
        }));
        for (const slot of slots) {
          expect(findConflicts(slot, s.bookings, s.holds, s.settings, s.now)).toEqual([]);
          expect(inside(slot, windows)).toBe(true);
          expect(slot.start).toBeGreaterThanOrEqual(s.now + s.settings.noticeMinutes * M);
          expect(zonedParts(slot.start, s.tz).minuteOfDay % s.settings.stepMinutes).toBe(0);
          expect(slot.end - slot.start).toBe(s.settings.appointmentMinutes * M);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("offers exactly what a candidate-by-candidate check allows", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const slots = freeSlots({ date: s.date, now: s.now, timeZone: s.tz, settings: s.settings, bookings: s.bookings, holds: s.holds });
        expect(slots.map((x) => x.start)).toEqual(oracle(s));
      }),
      { numRuns: 150 },
    );
  });
});

describe("one meaning of free: /day's gaps, /free's slots and /book agree", () => {
  const query = (s: Scenario) => ({ date: s.date, now: s.now, timeZone: s.tz, settings: s.settings, bookings: s.bookings, holds: s.holds });

  it("every gap /day shows takes a booking of the default length at its start, and at its end", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const len = s.settings.appointmentMinutes * M;
        const windows = hoursOn(s.settings, s.date).map((r) => ({
          start: zonedEpoch(s.tz, s.date, r.start),
          end: zonedEpoch(s.tz, s.date, r.end),
        }));
        for (const gap of freeGaps(query(s))) {
          expect(gap.end - gap.start).toBeGreaterThanOrEqual(len);
          expect(gap.start).toBeGreaterThanOrEqual(s.now);
          expect(gap.start % M).toBe(0);
          expect(inside(gap, windows)).toBe(true);
          for (const start of [gap.start, gap.end - len]) {
            // /book refuses only bookings in the way (it settles holds); /day keeps held time out too.
            expect(findConflicts({ start, end: start + len }, s.bookings, [], s.settings)).toEqual([]);
            expect(findConflicts({ start, end: start + len }, s.bookings, s.holds, s.settings, s.now)).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("every time /free offers lies inside a gap /day shows", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const gaps = freeGaps(query(s));
        for (const slot of freeSlots(query(s))) expect(inside(slot, gaps)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
