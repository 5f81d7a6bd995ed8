import { formatClock, formatRangeEnd, parseClock } from "./clock.js";
import type { TimeRange, Weekday, WeeklyHours } from "./types.js";

export type WeeklyHoursError = { readonly code: WeeklyHoursErrorCode; readonly at?: string };
export type WeeklyHoursErrorCode =
  | "empty"
  | "unknown-token"
  | "missing-hours"
  | "bad-time"
  | "empty-range"
  | "overlong-range";
export type WeeklyHoursParse =
  | { readonly ok: true; readonly hours: WeeklyHours }
  | { readonly ok: false; readonly error: WeeklyHoursError };

/**
 * German, English and Romanian weekday names and abbreviations, lower case, as people write them
 * (Romanian with and without diacritics; "mi" and "sa" mean the same day in German and Romanian).
 */
export const WEEKDAY_WORDS: Readonly<Record<string, Weekday>> = {
  montag: 1, mo: 1, monday: 1, mon: 1, luni: 1, lu: 1,
  dienstag: 2, di: 2, tuesday: 2, tues: 2, tue: 2, "marți": 2, marti: 2, ma: 2,
  mittwoch: 3, mi: 3, wednesday: 3, wed: 3, miercuri: 3,
  donnerstag: 4, do: 4, thursday: 4, thurs: 4, thur: 4, thu: 4, joi: 4, jo: 4,
  freitag: 5, fr: 5, friday: 5, fri: 5, vineri: 5, vi: 5,
  samstag: 6, sonnabend: 6, sa: 6, saturday: 6, sat: 6, "sâmbătă": 6, sambata: 6, "sâ": 6,
  sonntag: 0, so: 0, sunday: 0, sun: 0, "duminică": 0, duminica: 0, du: 0,
};

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
const ALL_DAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
/** Colloquially (and in opening hours) "werktags" means Monday to Friday. */
const DAY_SET_WORDS: Readonly<Record<string, readonly Weekday[]>> = {
  "täglich": ALL_DAYS, taeglich: ALL_DAYS, "jeden tag": ALL_DAYS, daily: ALL_DAYS,
  "every day": ALL_DAYS, everyday: ALL_DAYS, zilnic: ALL_DAYS, "în fiecare zi": ALL_DAYS, "in fiecare zi": ALL_DAYS,
  werktags: WEEKDAYS, wochentags: WEEKDAYS, weekdays: WEEKDAYS, "zile lucrătoare": WEEKDAYS, "zile lucratoare": WEEKDAYS,
  wochenende: [6, 0], "am wochenende": [6, 0], weekends: [6, 0], weekend: [6, 0], "în weekend": [6, 0], "in weekend": [6, 0],
};
const OFF_WORDS = ["geschlossen", "ruhetag", "closed", "frei", "off", "zu", "none", "nein", "liber", "închis", "inchis"];

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const alt = (words: readonly string[]) => byLength(words).map((w) => w.replace(/ /g, "\\s+")).join("|");
const END = "(?![\\p{L}\\d])";
const DAY = `(${alt(Object.keys(WEEKDAY_WORDS))})\\.?${END}`;
const CLOCK = "\\d{1,2}(?:[:.]\\d{2})?(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|h)(?![\\p{L}]))?";

const TOKEN = new RegExp(
  [
    `(?<sep>[\\s,;/&+]+|(?:und|and|și|si)${END})`,
    `(?<dayRange>${DAY}\\s*-\\s*${DAY})`,
    `(?<day>${DAY})`,
    `(?<daySet>(?:${alt(Object.keys(DAY_SET_WORDS))})${END})`,
    `(?<off>(?:${alt(OFF_WORDS)})${END})`,
    `(?<timeRange>(${CLOCK})\\s*-\\s*(${CLOCK}))`,
  ].join("|"),
  "iuy",
);

interface Group {
  days: Weekday[];
  ranges: TimeRange[];
  off: boolean;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+(?:bis|to|until|till|până la|pana la)\s+/g, "-")
    .replace(/\bvon\s+|\bfrom\s+|\bab\s+/g, "")
    .replace(/:$/, "");
}

function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [];
  for (let d = from; ; d = ((d + 1) % 7) as Weekday) {
    days.push(d);
    if (d === to) return days;
  }
}

function mergeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TimeRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push(r);
  }
  return out;
}

/**
 * Reads weekly hours written the way people write them, in German, English or Romanian:
 * "mon-fri 11:00-21:00; sat 12:00-18:00; sun off", "Mo–Fr 12–14", "Mo-Fr 12:00-14:00, 18-20",
 * "täglich 10-22", "werktags 9-17", "fri 20:00-02:00", "Sa, So 14-18".
 * A later mention of a day replaces an earlier one ("täglich 10-22; so geschlossen").
 * Times without any day apply to every day. Days not mentioned have no hours.
 */
export function parseWeeklyHours(text: string): WeeklyHoursParse {
  const source = normalise(text);
  if (source.trim() === "") return { ok: false, error: { code: "empty" } };

  const groups: Group[] = [];
  let current: Group | undefined;
  const addDays = (days: readonly Weekday[]) => {
    if (!current || current.ranges.length > 0 || current.off) {
      current = { days: [], ranges: [], off: false };
      groups.push(current);
    }
    current.days.push(...days);
  };

  // A sticky scan moves lastIndex: a pattern of its own, not the shared one.
  const token = new RegExp(TOKEN);
  while (token.lastIndex < source.length) {
    const at = token.lastIndex;
    const m = token.exec(source);
    const g = m?.groups;
    if (!m || !g) {
      return { ok: false, error: { code: "unknown-token", at: source.slice(at).trim().split(/\s+/)[0] ?? "" } };
    }
    if (g.sep !== undefined) continue;
    if (g.dayRange !== undefined) {
      const [from, to] = [m[3], m[4]].map((w) => WEEKDAY_WORDS[w ?? ""]);
      if (from === undefined || to === undefined) return { ok: false, error: { code: "unknown-token", at: g.dayRange } };
      addDays(dayRange(from, to));
    } else if (g.day !== undefined) {
      const d = WEEKDAY_WORDS[m[6] ?? ""];
      if (d === undefined) return { ok: false, error: { code: "unknown-token", at: g.day } };
      addDays([d]);
    } else if (g.daySet !== undefined) {
      addDays(DAY_SET_WORDS[g.daySet.replace(/\s+/g, " ")] ?? []);
    } else if (g.off !== undefined) {
      if (!current) return { ok: false, error: { code: "unknown-token", at: g.off } };
      current.off = true;
    } else if (g.timeRange !== undefined) {
      const start = parseClock(m[10] ?? "");
      let end = parseClock(m[11] ?? "");
      if (start === undefined || end === undefined || start >= 1440) {
        return { ok: false, error: { code: "bad-time", at: g.timeRange } };
      }
      if (end === start) return { ok: false, error: { code: "empty-range", at: g.timeRange } };
      if (end < start) end += 1440;
      if (!current) {
        current = { days: [...ALL_DAYS], ranges: [], off: false };
        groups.push(current);
      }
      current.ranges.push({ start, end });
    }
  }

  const week: TimeRange[][] = [[], [], [], [], [], [], []];
  for (const group of groups) {
    if (!group.off && group.ranges.length === 0) {
      return { ok: false, error: { code: "missing-hours", at: group.days.map(String).join(",") } };
    }
    const ranges = group.off ? [] : mergeRanges(group.ranges);
    if (ranges.some((r) => r.end - r.start > 1440)) return { ok: false, error: { code: "overlong-range" } };
    for (const d of new Set(group.days)) week[d] = ranges;
  }
  return { ok: true, hours: week as unknown as WeeklyHours };
}

const OFF_ONLY = new RegExp(`^(?:${alt(OFF_WORDS)})$`, "iu");

export type DayHoursParse =
  | { readonly ok: true; readonly ranges: readonly TimeRange[] }
  | { readonly ok: false; readonly error: WeeklyHoursError };

/**
 * One day's hours without day names, as written after a date: "14:00-18:00", "14-18, 20-02",
 * or a word for a day off ("frei", "off", "liber") for none.
 */
export function parseDayHours(text: string): DayHoursParse {
  if (OFF_ONLY.test(text.trim())) return { ok: true, ranges: [] };
  const parsed = parseWeeklyHours(text);
  if (!parsed.ok) return parsed;
  const ranges = parsed.hours[0];
  if (!parsed.hours.every((d) => d === ranges)) return { ok: false, error: { code: "unknown-token", at: text.trim().split(/\s+/)[0] ?? "" } };
  return { ok: true, ranges };
}

/** A run of consecutive days, Monday first; `from === to` for a single day. */
export interface DaySpan {
  readonly from: Weekday;
  readonly to: Weekday;
}

/** Days that share the same hours: every day, or runs of days ("Mo–Fr", or "Sa", "So" for two). */
export interface WeeklyGroup {
  readonly days: "daily" | readonly DaySpan[];
  readonly ranges: readonly TimeRange[];
}

const MONDAY_FIRST: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

function rangesKey(ranges: readonly TimeRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join(",");
}

/** "14:00–18:00, 20:00–02:00" */
export function formatTimeRanges(ranges: readonly TimeRange[]): string {
  return ranges.map((r) => `${formatClock(r.start)}–${formatRangeEnd(r.end)}`).join(", ");
}

/** Runs of three or more consecutive days (Monday first) become one span; two days stay two. */
function daySpans(days: readonly Weekday[]): DaySpan[] {
  const positions = days.map((d) => MONDAY_FIRST.indexOf(d)).sort((a, b) => a - b);
  const day = (p: number | undefined) => MONDAY_FIRST[p ?? 0] ?? 0;
  const spans: DaySpan[] = [];
  for (let i = 0; i < positions.length; ) {
    let j = i;
    while (j + 1 < positions.length && positions[j + 1] === (positions[j] ?? 0) + 1) j++;
    if (j - i >= 2) spans.push({ from: day(positions[i]), to: day(positions[j]) });
    else for (let k = i; k <= j; k++) spans.push({ from: day(positions[k]), to: day(positions[k]) });
    i = j + 1;
  }
  return spans;
}

/** Weekly hours as groups of days with equal hours, in week order; days off are left out. Words come from the caller. */
export function weeklyHoursGroups(hours: WeeklyHours): WeeklyGroup[] {
  const groups = new Map<string, Weekday[]>();
  for (const d of MONDAY_FIRST) {
    const ranges = hours[d];
    if (ranges.length === 0) continue;
    const key = rangesKey(ranges);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((days) => ({
    days: days.length === 7 ? "daily" : daySpans(days),
    ranges: hours[days[0] ?? 0],
  }));
}
