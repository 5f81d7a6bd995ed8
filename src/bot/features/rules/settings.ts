import type { RuleSettings } from "../../../core/rules/index.js";
import { formatClock, formatRangeEnd, parseClock, parseWeeklyHours } from "../../../core/time/index.js";
import type { TimeRange, Weekday, WeeklyHours } from "../../../core/time/types.js";
import type { Translate } from "../../i18n.js";
import { weeklyHoursText } from "../../views/weekly-hours.js";

/*
 * Her settings as buttons: each button shows the current value and a tap moves on to the next
 * preset. Values off the presets (set by command) move to the first preset.
 */

export const SETTING_CODES = ["q", "f", "m", "l", "cf", "cs", "d", "r", "v"] as const;
export type SettingCode = (typeof SETTING_CODES)[number];

const ALL_DAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const QUIET_PRESETS: ReadonlyArray<TimeRange | null> = [
  { start: 21 * 60, end: 33 * 60 },
  { start: 22 * 60, end: 32 * 60 },
  { start: 22 * 60, end: 31 * 60 },
  { start: 20 * 60, end: 33 * 60 },
  null,
];
const FRESHNESS_PRESETS = [12, 24, 48] as const;
const MISSED_CALL_PRESETS = ["never", "after-request", "always"] as const;
const DAY_PRESETS: ReadonlyArray<readonly Weekday[]> = [ALL_DAYS, [1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6]];
const REPEAT_PRESETS = [
  { count: 3, minutes: 10 },
  { count: 2, minutes: 10 },
  { count: 3, minutes: 30 },
  { count: 5, minutes: 15 },
] as const;

function next<T>(presets: readonly T[], current: T, same: (a: T, b: T) => boolean): T {
  const i = presets.findIndex((p) => same(p, current));
  return presets[(i + 1) % presets.length] ?? presets[0]!;
}

const sameRange = (a: TimeRange | null, b: TimeRange | null) =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
const sameDays = (a: readonly Weekday[], b: readonly Weekday[]) =>
  a.length === b.length && [...a].sort().every((d, i) => d === [...b].sort()[i]);

/** The change one tap on a setting's button makes. */
export function cycleSetting(code: SettingCode, s: RuleSettings): Partial<RuleSettings> {
  switch (code) {
    case "q":
      return { quietHours: next(QUIET_PRESETS, s.quietHours, sameRange) };
    case "f":
      return { freshnessHours: next<number>(FRESHNESS_PRESETS, s.freshnessHours, (a, b) => a === b) };
    case "m":
      return { missedCallText: next(MISSED_CALL_PRESETS, s.missedCallText, (a, b) => a === b) };
    case "l":
      return { mobileOrLandlineIsLandline: !s.mobileOrLandlineIsLandline };
    case "cf":
      return { cautionForeign: !s.cautionForeign };
    case "cs":
      return { cautionSpecial: !s.cautionSpecial };
    case "d":
      return { callDays: next(DAY_PRESETS, s.callDays, sameDays) };
    case "r":
      return {
        repeatedCalls: next<RuleSettings["repeatedCalls"]>(
          REPEAT_PRESETS,
          s.repeatedCalls,
          (a, b) => a.count === b.count && a.minutes === b.minutes,
        ),
      };
    case "v":
      return { voicemailReminder: !s.voicemailReminder };
  }
}

export function formatRange(range: TimeRange): string {
  return `${formatClock(range.start)}–${formatRangeEnd(range.end)}`;
}

const FULL_DAY = / 00:00–24:00/g;

/** "Mo–Fr", "täglich" in her language; "none" when there are none (the messages word it). */
export function callDaysText(days: readonly Weekday[], t: Translate): string {
  if (days.length === 0) return "none";
  const week = ALL_DAYS.map((d) => (days.includes(d) ? [{ start: 0, end: 1440 }] : [])) as unknown as WeeklyHours;
  return weeklyHoursText(week, t).replace(FULL_DAY, "");
}

const onOff = (value: boolean) => (value ? "on" : "off");

/** "Ruhezeit: 21:00–09:00" — a setting's name and current value, for its button and the listing. */
export function settingLabel(code: SettingCode, s: RuleSettings, t: Translate): string {
  switch (code) {
    case "q":
      return t("rules-setting-quiet", { range: s.quietHours ? formatRange(s.quietHours) : "none" });
    case "f":
      return t("rules-setting-freshness", { hours: s.freshnessHours });
    case "m":
      return t("rules-setting-missed-call", { when: s.missedCallText });
    case "l":
      return t("rules-setting-landline", { value: onOff(s.mobileOrLandlineIsLandline) });
    case "cf":
      return t("rules-setting-caution-foreign", { value: onOff(s.cautionForeign) });
    case "cs":
      return t("rules-setting-caution-special", { value: onOff(s.cautionSpecial) });
    case "d":
      return t("rules-setting-call-days", { days: callDaysText(s.callDays, t) });
    case "r":
      return t("rules-setting-repeated-calls", { count: s.repeatedCalls.count, minutes: s.repeatedCalls.minutes });
    case "v":
      return t("rules-setting-voicemail", { value: onOff(s.voicemailReminder) });
  }
}

/**
 * "22:00-08:00", "22-8", "22:00 bis 08:00", "22:00 până la 08:00" → a daily range (past midnight
 * allowed); "aus"/"off"/"oprit" → null.
 */
export function parseQuietHours(text: string): TimeRange | null | undefined {
  const t = text.trim().toLowerCase();
  if (/^(?:aus|off|keine|none|nein|no|oprit|niciuna|fără|fara|nu)$/.test(t)) return null;
  const m = /^(\S+?)\s*(?:-|–|—|bis|to|until|până la|pana la|până|pana)\s*(\S+)$/.exec(t);
  if (!m) return undefined;
  const start = parseClock(m[1]!);
  let end = parseClock(m[2]!);
  if (start === undefined || end === undefined || start >= 1440 || start === end % 1440) return undefined;
  if (end <= start) end += 1440;
  return { start, end };
}

/** "Mo-Fr", "Mo, Mi, Fr", "täglich", "werktags" → weekdays; undefined when unreadable or empty. */
export function parseCallDays(text: string): Weekday[] | undefined {
  if (/\d/.test(text)) return undefined;
  const parsed = parseWeeklyHours(`${text} 0-24`);
  if (!parsed.ok) return undefined;
  const days = ALL_DAYS.filter((d) => parsed.hours[d].length > 0);
  return days.length > 0 ? days : undefined;
}

/** "3 10", "3/10", "3 in 10" → 3 calls within 10 minutes. */
export function parseRepeatedCalls(text: string): RuleSettings["repeatedCalls"] | undefined {
  const m = /^(\d{1,2})\s*(?:\/|in|within|innerhalb|\s)\s*(\d{1,4})\s*(?:min\.?|minuten|minutes)?$/i.exec(text.trim());
  if (!m) return undefined;
  const count = Number(m[1]);
  const minutes = Number(m[2]);
  if (count < 2 || count > 50 || minutes < 1 || minutes > 1440) return undefined;
  return { count, minutes };
}
