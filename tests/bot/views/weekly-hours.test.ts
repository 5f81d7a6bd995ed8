import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../../src/bot/i18n.js";
import { weeklyHoursText } from "../../../src/bot/views/weekly-hours.js";
import { parseWeeklyHours, type TimeRange, type WeeklyHours } from "../../../src/core/time/index.js";
import { INTERFACE_LANGUAGES } from "../../../src/interface-language.js";

function parsed(text: string): WeeklyHours {
  const r = parseWeeklyHours(text);
  if (!r.ok) throw new Error(`parse failed: ${r.error.code}`);
  return r.hours;
}
const none = [[], [], [], [], [], [], []] as unknown as WeeklyHours;

describe("weekly hours in her language", () => {
  it("groups equal days compactly", () => {
    const h = parsed("mon-fri 12:00-14:00; sat 12-18");
    expect(weeklyHoursText(h, translatorFor("de"))).toBe("Mo–Fr 12:00–14:00; Sa 12:00–18:00");
    expect(weeklyHoursText(h, translatorFor("en"))).toBe("Mon–Fri 12:00–14:00; Sat 12:00–18:00");
    expect(weeklyHoursText(parsed("täglich 10-24"), translatorFor("de"))).toBe("täglich 10:00–24:00");
    expect(weeklyHoursText(parsed("Sa, So 14-18"), translatorFor("en"))).toBe("Sat, Sun 14:00–18:00");
    expect(weeklyHoursText(none, translatorFor("de"))).toBe("keine Zeiten");
  });

  it("reads back as the same hours in every interface language", () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 47 }))
      .map(([s, len]): TimeRange => ({ start: s * 30, end: s * 30 + len * 30 }));
    const day = fc.option(range, { nil: undefined }).map((r) => (r ? [r] : []));
    const hours = fc.tuple(day, day, day, day, day, day, day).map((d) => d as unknown as WeeklyHours);
    fc.assert(
      fc.property(hours, fc.constantFrom(...INTERFACE_LANGUAGES), (h, lang) => {
        if (h.every((d) => d.length === 0)) return;
        expect(parsed(weeklyHoursText(h, translatorFor(lang)))).toEqual(h);
      }),
      { numRuns: 300 },
    );
  });
});
