import { describe, expect, it } from "vitest";
import { parseBookArgument } from "../../../src/core/availability/bookArgument.js";
import { parseDayArgument, readDayArgument } from "../../../src/core/availability/dayArgument.js";
import { parseFreeQuestion } from "../../../src/core/availability/freeQuestion.js";
import { isLateNight, LATE_NIGHT_END_MINUTE } from "../../../src/core/time/lateNight.js";
import { zonedEpoch, zonedParts } from "../../../src/core/time/zone.js";

const TZ = "Europe/Berlin";
const at = (year: number, month: number, day: number, hour: number, minute: number) =>
  zonedParts(zonedEpoch(TZ, { year, month, day }, hour * 60 + minute), TZ);
const d = (year: number, month: number, day: number) => ({ year, month, day });

// Berlin changed clocks on Sunday 29 March 2026 (02:00 → 03:00) and Sunday 25 October 2026 (03:00 → 02:00).
const SPRING_0020 = at(2026, 3, 29, 0, 20);
const SPRING_0330 = zonedParts(Date.UTC(2026, 2, 29, 1, 30), TZ); // 03:30 CEST, right after the change
const SPRING_0600 = at(2026, 3, 29, 6, 0);
const AUTUMN_0230_AGAIN = zonedParts(Date.UTC(2026, 9, 25, 1, 30), TZ); // 02:30 CET, the second time
const AUTUMN_0600 = at(2026, 10, 25, 6, 0);

describe("her day words late at night", () => {
  it("defines the window as a named constant on the wall clock", () => {
    expect(LATE_NIGHT_END_MINUTE).toBe(300);
    expect([0, 20, 299].every(isLateNight)).toBe(true);
    expect([300, 360, 1439].some(isLateNight)).toBe(false);
    expect(SPRING_0330.minuteOfDay).toBe(210);
    expect(AUTUMN_0230_AGAIN.minuteOfDay).toBe(150);
  });

  it.each([
    ["00:20 on the spring night", SPRING_0020, d(2026, 3, 29)],
    ["03:30 on the spring night", SPRING_0330, d(2026, 3, 29)],
    ["02:30 the second time on the autumn night", AUTUMN_0230_AGAIN, d(2026, 10, 25)],
  ])("at %s 'morgen' is today, with tomorrow as the alternative", (_when, clock, today) => {
    const tomorrow = { ...today, day: today.day + 1 };
    for (const word of ["morgen", "Morgen", "tomorrow"]) {
      expect(readDayArgument(word, clock)).toEqual({ date: today, alternative: tomorrow });
    }
    expect(readDayArgument("übermorgen", clock)).toEqual({ date: tomorrow, alternative: { ...today, day: today.day + 2 } });
    expect(readDayArgument("heute Nacht", clock)).toEqual({ date: { ...today, day: today.day - 1 }, alternative: today });
    expect(readDayArgument("tonight", clock)).toEqual({ date: { ...today, day: today.day - 1 }, alternative: today });
  });

  it.each([
    ["spring", SPRING_0600, d(2026, 3, 29)],
    ["autumn", AUTUMN_0600, d(2026, 10, 25)],
  ])("at 06:00 (%s night) the calendar reading stands alone", (_night, clock, today) => {
    expect(readDayArgument("morgen", clock)).toEqual({ date: { ...today, day: today.day + 1 } });
    expect(readDayArgument("übermorgen", clock)).toEqual({ date: { ...today, day: today.day + 2 } });
    expect(readDayArgument("heute nacht", clock)).toEqual({ date: today });
  });

  it("never shifts 'heute', weekdays or dates", () => {
    expect(readDayArgument("heute", SPRING_0020)).toEqual({ date: d(2026, 3, 29) });
    expect(readDayArgument("mo", SPRING_0020)).toEqual({ date: d(2026, 3, 30) });
    expect(readDayArgument("24.12.", SPRING_0020)).toEqual({ date: d(2026, 12, 24) });
  });

  it("keeps the calendar reading for callers that pass a bare date", () => {
    expect(parseDayArgument("morgen", d(2026, 3, 29))).toEqual(d(2026, 3, 30));
    expect(parseDayArgument("morgen", SPRING_0020)).toEqual(d(2026, 3, 29));
  });

  it("gives /book and the free question both readings", () => {
    expect(parseBookArgument("17:00 morgen", SPRING_0020)).toEqual({
      ok: true,
      value: { date: d(2026, 3, 29), dateImplied: false, alternativeDate: d(2026, 3, 30), start: 1020 },
    });
    expect(parseBookArgument("17:00", SPRING_0020)).toEqual({ ok: true, value: { date: d(2026, 3, 29), dateImplied: true, start: 1020 } });
    expect(parseBookArgument("17:00 morgen", SPRING_0600)).toEqual({ ok: true, value: { date: d(2026, 3, 30), dateImplied: false, start: 1020 } });
    expect(parseFreeQuestion("morgen frei?", SPRING_0020)).toEqual({ date: d(2026, 3, 29), alternative: d(2026, 3, 30) });
    expect(parseFreeQuestion("heute nacht noch was frei?", SPRING_0020)).toEqual({ date: d(2026, 3, 28), alternative: d(2026, 3, 29) });
    expect(parseFreeQuestion("noch was frei?", SPRING_0020)).toEqual({ date: d(2026, 3, 29) });
  });
});
