import { describe, expect, it } from "vitest";
import {
  DEFAULT_AVAILABILITY,
  findConflicts,
  freeGaps,
  freeSlots,
  freeSlotsHorizon,
  nearestFreeSlot,
  nextFreeDay,
  pickProposal,
  type AvailabilitySettings,
  type Booking,
  type Hold,
} from "../../../src/core/availability/index.js";
import { formatClock, zonedParts, type LocalDate, type TimeRange, type WeeklyHours } from "../../../src/core/time/index.js";

const TZ = "Europe/Berlin";
const H = 3_600_000;
const M = 60_000;
const utc = (iso: string) => Date.parse(iso);
const everyDay = (ranges: TimeRange[]): WeeklyHours => [ranges, ranges, ranges, ranges, ranges, ranges, ranges];
const noBuffers: AvailabilitySettings = { ...DEFAULT_AVAILABILITY, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 };
const clocks = (slots: { start: number }[]) => slots.map((s) => formatClock(zonedParts(s.start, TZ).minuteOfDay));
const wed: LocalDate = { year: 2026, month: 6, day: 3 };
const earlyWed = utc("2026-06-03T04:00:00Z"); // 06:00 local

describe("freeSlots on an ordinary day", () => {
  it("offers every step inside the hours when nothing is booked", () => {
    const slots = freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings: noBuffers, bookings: [], holds: [] });
    expect(clocks(slots)).toEqual(
      ["11:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00",
        "16:30", "17:00", "17:30", "18:00", "18:30", "19:00", "19:30", "20:00"],
    );
    expect(slots.every((s) => s.end - s.start === H)).toBe(true);
  });

  it("honours a different length", () => {
    const slots = freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings: noBuffers, bookings: [], holds: [], length: 120 });
    expect(clocks(slots).at(-1)).toBe("19:00");
  });

  it("respects the notice", () => {
    const now = utc("2026-06-03T12:10:00Z"); // 14:10, notice 2 h → 16:10
    const slots = freeSlots({ date: wed, now, timeZone: TZ, settings: noBuffers, bookings: [], holds: [] });
    expect(clocks(slots)[0]).toBe("16:30");
  });

  it("stacks buffers between a booking and a new slot", () => {
    const booking: Booking = { id: "b", start: utc("2026-06-03T12:00:00Z"), end: utc("2026-06-03T13:00:00Z") }; // 14–15
    const settings = { ...noBuffers, bufferBeforeMinutes: 30, bufferAfterMinutes: 15 };
    const slots = clocks(freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings, bookings: [booking], holds: [] }));
    // A slot must end 15 (its after) + 30 (the booking's before) minutes before 14:00: latest 12:15 → 12:00.
    expect(slots).toContain("12:00");
    expect(slots).not.toContain("12:30");
    // After 15:00 come the booking's 15 minutes and the slot's 30: earliest 15:45 → 16:00.
    expect(slots).not.toContain("15:30");
    expect(slots).toContain("16:00");
  });

  it("keeps active holds free and ignores expired ones", () => {
    const hold = (expiresAt: number): Hold => ({
      id: "h", start: utc("2026-06-03T15:00:00Z"), end: utc("2026-06-03T16:00:00Z"), expiresAt,
    }); // 17–18
    const active = clocks(freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings: noBuffers, bookings: [], holds: [hold(earlyWed + H)] }));
    expect(active).not.toContain("17:00");
    expect(active).not.toContain("16:30");
    expect(active).toContain("18:00");
    const expired = clocks(freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings: noBuffers, bookings: [], holds: [hold(earlyWed)] }));
    expect(expired).toContain("17:00");
  });

  it("gives nothing on a full day, a day off or an override day off", () => {
    const full: Booking = { id: "f", start: utc("2026-06-03T09:00:00Z"), end: utc("2026-06-03T19:00:00Z") };
    expect(freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings: noBuffers, bookings: [full], holds: [] })).toEqual([]);
    const sunday = { year: 2026, month: 6, day: 7 };
    expect(freeSlots({ date: sunday, now: earlyWed, timeZone: TZ, settings: noBuffers, bookings: [], holds: [] })).toEqual([]);
    const off = { ...noBuffers, overrides: { "2026-06-03": [] } };
    expect(freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings: off, bookings: [], holds: [] })).toEqual([]);
  });

  it("lets an override replace the weekly hours", () => {
    const settings = { ...noBuffers, overrides: { "2026-06-07": [{ start: 14 * 60, end: 16 * 60 }] } };
    const slots = freeSlots({ date: { year: 2026, month: 6, day: 7 }, now: earlyWed, timeZone: TZ, settings, bookings: [], holds: [] });
    expect(clocks(slots)).toEqual(["14:00", "14:30", "15:00"]);
  });

  it("enforces the daily limits", () => {
    const booking = (id: string, hour: number): Booking => ({
      id, start: utc(`2026-06-03T${String(hour).padStart(2, "0")}:00:00Z`), end: utc(`2026-06-03T${String(hour + 1).padStart(2, "0")}:00:00Z`),
    });
    const bookings = [booking("a", 9), booking("b", 11)];
    const query = { date: wed, now: earlyWed, timeZone: TZ, bookings, holds: [] };
    expect(freeSlots({ ...query, settings: { ...noBuffers, maxAppointmentsPerDay: 2 } })).toEqual([]);
    expect(freeSlots({ ...query, settings: { ...noBuffers, maxAppointmentsPerDay: 3 } }).length).toBeGreaterThan(0);
    expect(freeSlots({ ...query, settings: { ...noBuffers, maxBookedMinutesPerDay: 150 } })).toEqual([]);
    expect(freeSlots({ ...query, settings: { ...noBuffers, maxBookedMinutesPerDay: 180 } }).length).toBeGreaterThan(0);
    // A booking on another day does not count.
    const other: Booking = { id: "o", start: utc("2026-06-04T09:00:00Z"), end: utc("2026-06-04T10:00:00Z") };
    expect(freeSlots({ ...query, bookings: [other], settings: { ...noBuffers, maxAppointmentsPerDay: 1 } }).length).toBeGreaterThan(0);
  });
});

describe("overnight hours", () => {
  const settings = { ...noBuffers, weekly: everyDay([{ start: 20 * 60, end: 26 * 60 }]) };

  it("runs the day's slots past midnight", () => {
    const slots = freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings, bookings: [], holds: [] });
    expect(clocks(slots)).toEqual(["20:00", "20:30", "21:00", "21:30", "22:00", "22:30", "23:00", "23:30", "00:00", "00:30", "01:00"]);
    expect(slots.at(-1)?.end).toBe(utc("2026-06-04T00:00:00Z"));
  });
});

describe("daylight-saving days in Europe/Berlin", () => {
  const allDay = { ...noBuffers, weekly: everyDay([{ start: 0, end: 1440 }]), stepMinutes: 30 };

  it("has 23 hours of slots on 2026-03-29 and skips the nonexistent 02:30", () => {
    const date = { year: 2026, month: 3, day: 29 };
    const slots = freeSlots({ date, now: utc("2026-03-27T00:00:00Z"), timeZone: TZ, settings: allDay, bookings: [], holds: [] });
    const c = clocks(slots);
    expect(c).not.toContain("02:00");
    expect(c).not.toContain("02:30");
    expect(c.filter((x) => x === "03:00")).toHaveLength(1);
    expect(slots).toHaveLength(2 * 23 - 1); // 46 starts in 23 hours, the last must end by midnight
    expect(new Set(slots.map((s) => s.start)).size).toBe(slots.length);
    expect(slots.every((s) => s.end - s.start === H)).toBe(true);
  });

  it("has 25 hours on 2026-10-25 and offers the repeated hour once", () => {
    const date = { year: 2026, month: 10, day: 25 };
    const slots = freeSlots({ date, now: utc("2026-10-23T00:00:00Z"), timeZone: TZ, settings: allDay, bookings: [], holds: [] });
    const c = clocks(slots);
    expect(c.filter((x) => x === "02:30")).toHaveLength(1);
    expect(slots.find((s) => clocks([s])[0] === "02:30")?.start).toBe(utc("2026-10-25T00:30:00Z"));
    expect(slots.at(-1)?.end).toBe(utc("2026-10-25T23:00:00Z")); // 24:00 CET
    expect(slots.every((s, i) => i === 0 || s.start > (slots[i - 1]?.start ?? 0))).toBe(true);
  });

  it("counts the notice in real hours across the spring change", () => {
    // 01:30 CET + 2 h real time = 04:30 CEST (wall clock jumped an hour).
    const now = utc("2026-03-29T00:30:00Z");
    const slots = freeSlots({ date: { year: 2026, month: 3, day: 29 }, now, timeZone: TZ, settings: allDay, bookings: [], holds: [] });
    expect(clocks(slots)[0]).toBe("04:30");
    expect(slots[0]?.start).toBe(now + 2 * H);
  });

  it("counts the notice in real hours across the autumn change", () => {
    // 01:30 CEST + 2 h real time = 02:30 CET; the first 02:30 (CEST) is too early.
    const now = utc("2026-10-24T23:30:00Z");
    const slots = freeSlots({ date: { year: 2026, month: 10, day: 25 }, now, timeZone: TZ, settings: allDay, bookings: [], holds: [] });
    expect(slots[0]?.start).toBeGreaterThanOrEqual(now + 2 * H);
    expect(clocks(slots)[0]).toBe("03:00");
  });

  it("keeps working hours on the wall clock after the change", () => {
    const date = { year: 2026, month: 3, day: 30 };
    const slots = freeSlots({ date, now: utc("2026-03-29T00:00:00Z"), timeZone: TZ, settings: noBuffers, bookings: [], holds: [] });
    expect(slots[0]?.start).toBe(utc("2026-03-30T09:00:00Z")); // 11:00 CEST
  });
});

describe("gaps, conflicts and picking", () => {
  const booking: Booking = { id: "b", start: utc("2026-06-03T12:00:00Z"), end: utc("2026-06-03T13:00:00Z") };

  it("finds the free stretches of a day, where a new appointment's own buffers fit too", () => {
    // Booking 14:00–15:00 local with 30 min buffers: a new appointment must end by 13:00
    // (its after-buffer and the booking's before-buffer add up) and start from 16:00.
    const gaps = freeGaps({ date: wed, now: earlyWed, timeZone: TZ, settings: DEFAULT_AVAILABILITY, bookings: [booking], holds: [] });
    expect(gaps).toEqual([
      { start: utc("2026-06-03T09:00:00Z"), end: utc("2026-06-03T11:00:00Z") },
      { start: utc("2026-06-03T14:00:00Z"), end: utc("2026-06-03T19:00:00Z") },
    ]);
    const late = freeGaps({ date: wed, now: utc("2026-06-03T14:20:30Z"), timeZone: TZ, settings: DEFAULT_AVAILABILITY, bookings: [booking], holds: [] });
    expect(late).toEqual([{ start: utc("2026-06-03T14:21:00Z"), end: utc("2026-06-03T19:00:00Z") }]);
  });

  it("leaves out stretches too short for an appointment and days whose limits are reached", () => {
    // Without buffers 11:00–13:00 is free before a booking at 13:00 local; with 45-min buffers on
    // both sides only 11:00–11:30 is left, too short for a 60-min appointment.
    const noon: Booking = { id: "n", start: utc("2026-06-03T11:00:00Z"), end: utc("2026-06-03T12:00:00Z") };
    const settings = { ...DEFAULT_AVAILABILITY, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 };
    const query = { date: wed, now: earlyWed, timeZone: TZ, bookings: [noon], holds: [] };
    expect(freeGaps({ ...query, settings })[0]).toEqual({ start: utc("2026-06-03T09:00:00Z"), end: utc("2026-06-03T11:00:00Z") });
    const buffered = freeGaps({ ...query, settings: { ...settings, bufferBeforeMinutes: 45, bufferAfterMinutes: 45 } });
    expect(buffered[0]?.start).toBe(utc("2026-06-03T13:30:00Z"));
    expect(freeGaps({ ...query, settings: { ...settings, maxAppointmentsPerDay: 1 } })).toEqual([]);
  });

  it("reports conflicts with buffers counted", () => {
    const hold: Hold = { id: "h", start: utc("2026-06-03T14:00:00Z"), end: utc("2026-06-03T15:00:00Z"), expiresAt: earlyWed + H };
    const at = (iso: string) => ({ start: utc(iso), end: utc(iso) + H });
    expect(findConflicts(at("2026-06-03T13:30:00Z"), [booking], [hold], DEFAULT_AVAILABILITY, earlyWed).map((c) => c.id)).toEqual(["b", "h"]);
    expect(findConflicts(at("2026-06-03T16:00:00Z"), [booking], [hold], DEFAULT_AVAILABILITY, earlyWed)).toEqual([]);
    expect(findConflicts(at("2026-06-03T13:30:00Z"), [booking], [hold], DEFAULT_AVAILABILITY, earlyWed + 2 * H).map((c) => c.kind)).toEqual(["booking"]);
  });

  it("picks the nearest slot and spreads a proposal", () => {
    const slots = freeSlots({ date: wed, now: earlyWed, timeZone: TZ, settings: noBuffers, bookings: [], holds: [] });
    expect(clocks([nearestFreeSlot(utc("2026-06-03T15:10:00Z"), slots)!])).toEqual(["17:00"]);
    expect(clocks([nearestFreeSlot(utc("2026-06-03T15:15:00Z"), slots)!])).toEqual(["17:00"]);
    expect(nearestFreeSlot(0, [])).toBeUndefined();
    expect(clocks(pickProposal(slots, 3))).toEqual(["11:00", "15:30", "20:00"]);
    expect(clocks(pickProposal(slots, 1))).toEqual(["11:00"]);
    expect(pickProposal(slots.slice(0, 2), 3)).toHaveLength(2);
    expect(pickProposal(slots, 0)).toEqual([]);
  });

  it("looks ahead over a horizon and finds the next free day", () => {
    const friday = utc("2026-06-05T18:00:00Z"); // 20:00 Fri, nothing left today
    const all = freeSlotsHorizon({ now: friday, timeZone: TZ, settings: noBuffers, bookings: [], holds: [], days: 30 });
    expect(all).toHaveLength(20 * 19); // 20 weekdays from Mon 8 June to Fri 3 July
    expect(all.every((s, i) => i === 0 || s.start > (all[i - 1]?.start ?? 0))).toBe(true);
    const next = nextFreeDay({ now: friday, timeZone: TZ, settings: noBuffers, bookings: [], holds: [] });
    expect(next?.date).toEqual({ year: 2026, month: 6, day: 8 });
    expect(nextFreeDay({ now: friday, timeZone: TZ, settings: { ...noBuffers, weekly: everyDay([]) }, bookings: [], holds: [] })).toBeUndefined();
  });
});
