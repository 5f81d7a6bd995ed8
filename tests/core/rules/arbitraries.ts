import fc from "fast-check";
import type { PhoneClass } from "../../../src/core/phone/types.js";
import type { TimeRange, Weekday, WeeklyHours } from "../../../src/core/time/types.js";
import { DEFAULT_RULE_SETTINGS, FLAG_NAMES, type EventFact, type Facts, type FlagMark, type FlagName, type OutcomeRecord, type RuleSettings } from "../../../src/core/rules/types.js";

const HOUR = 3_600_000;
export const START = Date.UTC(2025, 0, 1);
export const END = Date.UTC(2027, 11, 31);
export const epoch = fc.integer({ min: START / 60_000, max: END / 60_000 }).map((m) => m * 60_000);

export const timeRange: fc.Arbitrary<TimeRange> = fc
  .record({ start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 1, max: 1439 }) })
  .map(({ start, length }) => ({ start, end: start + length }));

export const weeklyHours: fc.Arbitrary<WeeklyHours> = fc
  .array(fc.array(timeRange, { maxLength: 2 }), { minLength: 7, maxLength: 7 })
  .map((days) => days as unknown as WeeklyHours);

const phone: fc.Arbitrary<PhoneClass> = fc.oneof(
  fc.constant({ kind: "withheld" } as const),
  fc.constant({ kind: "invalid" } as const),
  fc.record({
    kind: fc.constant("number" as const),
    e164: fc.constant("+4917100000001"),
    country: fc.constantFrom("DE", "AT", "CH"),
    line: fc.constantFrom("mobile", "landline", "mobile-or-landline", "special", "unknown"),
    special: fc.option(fc.constantFrom("shared-cost", "premium", "toll-free", "personal", "voip"), { nil: undefined }),
    foreign: fc.boolean(),
  }),
);

const flagMark: fc.Arbitrary<FlagMark> = fc.record({ at: epoch, by: fc.constantFrom("owner", "outcome", "import") });
export const flagsArb = fc.subarray([...FLAG_NAMES]).chain((names) =>
  fc.tuple(...names.map(() => flagMark)).map((marks) => {
    const out: Partial<Record<FlagName, FlagMark>> = {};
    names.forEach((n, i) => (out[n] = marks[i]!));
    return out;
  }),
);

const settings: fc.Arbitrary<RuleSettings> = fc.record({
  quietHours: fc.option(timeRange, { nil: null }),
  freshnessHours: fc.integer({ min: 1, max: 72 }),
  missedCallText: fc.constantFrom("never", "after-request", "always"),
  mobileOrLandlineIsLandline: fc.boolean(),
  cautionForeign: fc.boolean(),
  cautionSpecial: fc.boolean(),
  callDays: fc.oneof(fc.constant(DEFAULT_RULE_SETTINGS.callDays), fc.subarray([0, 1, 2, 3, 4, 5, 6] as Weekday[])),
  repeatedCalls: fc.record({ count: fc.integer({ min: 2, max: 5 }), minutes: fc.integer({ min: 1, max: 30 }) }),
  voicemailReminder: fc.boolean(),
});

export const factsArb: fc.Arbitrary<Facts> = fc
  .record({
    now: epoch,
    timeZone: fc.constantFrom("Europe/Berlin", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"),
    number: phone,
    flags: flagsArb,
    allowedHours: fc.option(weeklyHours, { nil: undefined }),
    events: fc.array(
      fc.record({
        kind: fc.constantFrom("missed-call", "voicemail", "sms", "callback-request"),
        ago: fc.integer({ min: -10, max: 72 * 60 }),
        attempts: fc.integer({ min: 1, max: 4 }),
        callback: fc.boolean(),
        appointment: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    outcomes: fc.array(
      fc.record({ ago: fc.integer({ min: 0, max: 200 * 60 }), outcome: fc.constantFrom("reached", "someone-else", "voicemail", "no-answer") }),
      { maxLength: 3 },
    ),
    settings,
  })
  .map((r): Facts => ({
    now: r.now,
    timeZone: r.timeZone,
    number: r.number,
    flags: r.flags,
    allowedHours: r.allowedHours,
    events: r.events.map(
      (e): EventFact => ({
        kind: e.kind,
        at: r.now - e.ago * 60_000,
        attempts: e.attempts,
        asked: { callback: e.callback, ...(e.appointment ? { appointment: { day: { kind: "today" } } } : {}) },
      }),
    ),
    outcomes: r.outcomes.map((o): OutcomeRecord => ({ at: r.now - o.ago * 60_000, outcome: o.outcome })),
    settings: r.settings,
  }));

export const HOUR_MS = HOUR;
