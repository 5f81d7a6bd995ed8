import { describe, expect, it } from "vitest";
import { offerDraft, planOffer } from "../../../src/core/availability/offerPlan.js";
import { DEFAULT_AVAILABILITY } from "../../../src/core/availability/types.js";
import { lint } from "../../../src/core/drafts/lint/lint.js";
import { formatClock } from "../../../src/core/time/clock.js";
import { zonedEpoch, zonedParts } from "../../../src/core/time/zone.js";

const TZ = "Europe/Berlin";
const monday = { year: 2026, month: 11, day: 23 };
const at = (date: typeof monday, minute: number) => zonedEpoch(TZ, date, minute);
const base = { timeZone: TZ, settings: DEFAULT_AVAILABILITY, bookings: [], holds: [], count: 3 };
const clock = (t: number) => formatClock(zonedParts(t, TZ).minuteOfDay);
const draftOptions = (now: number, lang: "de" | "en" = "de") => ({ lang, now, timeZone: TZ, seed: 1 });

describe("planOffer", () => {
  const now = at(monday, 12 * 60);

  it("takes the requested time when it is free", () => {
    const plan = planOffer({ ...base, now, date: monday, requestedMinute: 17 * 60 });
    expect(plan.kind).toBe("requested");
    if (plan.kind !== "none") expect(plan.slots.map((s) => clock(s.start))).toEqual(["17:00"]);
    expect(offerDraft(plan, draftOptions(now))).toContain("17:00");
  });

  it("falls back to the nearest free slot when the requested one is booked", () => {
    const bookings = [{ id: "b1", start: at(monday, 17 * 60), end: at(monday, 18 * 60) }];
    const plan = planOffer({ ...base, bookings, now, date: monday, requestedMinute: 17 * 60 });
    expect(plan.kind).toBe("nearest");
    if (plan.kind !== "none") expect(clock(plan.slots[0]!.start)).toBe("15:00");
  });

  it("spreads a day's proposal", () => {
    const plan = planOffer({ ...base, now, date: monday });
    if (plan.kind === "none") throw new Error("expected slots");
    expect(plan.slots.map((s) => clock(s.start))).toEqual(["14:00", "17:00", "20:00"]);
  });

  it("moves to the next free day, wording a full today and a full later day differently", () => {
    const evening = at(monday, 20 * 60);
    const plan = planOffer({ ...base, now: evening, date: monday });
    expect(plan.kind).toBe("next-free");
    expect(offerDraft(plan, draftOptions(evening))).toMatch(/heute/i);
    const fullTuesday = { ...DEFAULT_AVAILABILITY, overrides: { "2026-11-24": [] } };
    const later = planOffer({ ...base, settings: fullTuesday, now, date: { ...monday, day: 24 } });
    expect(later.kind).toBe("next-free");
    const text = offerDraft(later, draftOptions(now));
    expect(text).toMatch(/^Morgen/);
    expect(text).toMatch(/Mittwoch/);
  });

  it("says so when nothing is free within the horizon", () => {
    const closed = { ...DEFAULT_AVAILABILITY, weekly: [[], [], [], [], [], [], []] as never };
    const plan = planOffer({ ...base, settings: closed, now, date: monday });
    expect(plan.kind).toBe("none");
    expect(offerDraft(plan, draftOptions(now))).toMatch(/nochmal|wieder/);
  });

  it("writes drafts that pass the lint in both languages, over many days and seeds", () => {
    for (let d = 0; d < 40; d++) {
      const now = at(monday, 9 * 60) + d * 5 * 3_600_000;
      for (const lang of ["de", "en"] as const) {
        const plan = planOffer({ ...base, now, date: { year: 2026, month: 11, day: 23 + (d % 5) }, requestedMinute: 600 + d * 15 });
        const text = offerDraft(plan, { lang, now, timeZone: TZ, seed: d });
        expect(lint(text, { lang, names: [] })).toEqual([]);
      }
    }
  });
});
