import type { DraftLanguage } from "../draft-language.js";
import { isLateNight } from "../time/lateNight.js";
import type { Weekday } from "../time/types.js";
import { instantOf, shiftDays, wallOf, type MessageClock } from "./clock.js";
import { NUMBER_WORD_SOURCE, readCount } from "./numbers.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A clock time in text: "14:05", "2:05 PM", "14.05 Uhr". */
export const CLOCK_SOURCE = String.raw`(?<![\d.:])(\d{1,2})(?::|\.(?=\d{2}\s{0,2}uhr))(\d{2})(?::\d{2})?(?!\d)(?:\s{0,2}([ap])\.?\s?m\.?(?!\p{L}))?`;
/**
 * A calendar date: "12.03.", "12.03.2025", "12/03/2025", "2025-03-12", and the year-first
 * "2025 03 12" or "2025.03.12" some operators send (only a 19xx/20xx year and a real month and
 * day, so a run of phone digits is not taken for one).
 */
export const DATE_SOURCE = String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])|(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)|(?<![\d.+])((?:19|20)\d{2})[ .](0[1-9]|1[0-2])[ .](0[1-9]|[12]\d|3[01])(?![\d.])`;

export interface WrittenDate {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The date a DATE_SOURCE match names; its groups start at `first`. A slashed date reads month
 * first in English, and in German only when day first cannot be ("03/17/2025").
 */
export function dateOfMatch(m: RegExpExecArray, first: number, lang: DraftLanguage): WrittenDate {
  const dotted = m[first];
  if (dotted !== undefined) {
    const year = m[first + 2];
    return { day: Number(dotted), month: Number(m[first + 1]), ...(year ? { year: fullYear(year) } : {}) };
  }
  const slashed = m[first + 3];
  if (slashed !== undefined) {
    const a = Number(slashed);
    const b = Number(m[first + 4]);
    const year = fullYear(m[first + 5] ?? "");
    const monthFirst = lang === "en" ? a <= 12 : b > 12;
    return monthFirst ? { month: a, day: b, year } : { day: a, month: b, year };
  }
  const iso = first + (m[first + 6] !== undefined ? 6 : 9);
  return { year: Number(m[iso]), month: Number(m[iso + 1]), day: Number(m[iso + 2]) };
}

const CLOCK = new RegExp(CLOCK_SOURCE, "iu");
const DATE = new RegExp(DATE_SOURCE, "iu");
const HOUR_ONLY = /(?<!\p{L})um\s{1,2}(\d{1,2})\s{0,2}uhr(?!\p{L})/iu;
const RELATIVE = new RegExp(
  String.raw`(?<!\p{L})vor\s{1,3}(\d{1,3}|${NUMBER_WORD_SOURCE})\s{0,2}(sek\p{L}{0,6}|min\p{L}{0,5}|std|stunden?|h|tag(?:en)?)(?!\p{L})|(?<!\p{L})(\d{1,3}|${NUMBER_WORD_SOURCE})\s{0,2}(sec\p{L}{0,5}|min\p{L}{0,5}|hours?|hrs?|h|days?)\s{1,3}ago(?!\p{L})|(?<!\p{L})(?:gerade\s{1,3}eben|soeben|just\s{1,3}now)(?!\p{L})|(?<!\p{L})acum\s{1,3}(\d{1,3})\s{0,2}(?:de\s{1,3})?(sec\p{L}{0,5}|min\p{L}{0,5}|ore|or[ăa]|h|zile|zi)(?!\p{L})`,
  "iu",
);

/** Every RELATIVE reading holds one of these; most notes hold none. */
const RELATIVE_HINT = /vor\s|ago|eben|just|acum\s/iu;

const WEEKDAY_NAMES: ReadonlyArray<readonly [Weekday, readonly string[]]> = [
  [0, ["sonntag", "sunday", "so", "sun"]],
  [1, ["montag", "monday", "mo", "mon"]],
  [2, ["dienstag", "tuesday", "di", "tue", "tues"]],
  [3, ["mittwoch", "wednesday", "mi", "wed"]],
  [4, ["donnerstag", "thursday", "do", "thu", "thur", "thurs"]],
  [5, ["freitag", "friday", "fr", "fri"]],
  [6, ["samstag", "sonnabend", "saturday", "sa", "sat"]],
];
export const WEEKDAYS: ReadonlyMap<string, Weekday> = new Map(WEEKDAY_NAMES.flatMap(([day, names]) => names.map((name) => [name, day] as const)));

const FULL_WEEKDAYS = WEEKDAY_NAMES.flatMap(([, names]) => names.filter((n) => n.length > 4)).join("|");
const SHORT_WEEKDAYS = WEEKDAY_NAMES.flatMap(([, names]) => names.filter((n) => n.length <= 4)).join("|");
/** "gestern", "ieri", "Montag", and — only right before a time — "Mo 08:05", "Mon, 8:05". */
const DAY_WORD = new RegExp(
  String.raw`(?<!\p{L})(?:(vorgestern|gestern|heute|yesterday|today|alalt[ăa]ieri|ieri|ast[ăa]zi|azi|${FULL_WEEKDAYS})|(${SHORT_WEEKDAYS})\.?,?(?=\s{1,3}(?:um\s{1,2})?\d{1,2}:\d{2}))(?!\p{L})`,
  "iu",
);

/** How many days back a day word reaches, German, English and Romanian (as phones show them). */
const DAYS_BACK = new Map<string, number>([
  ["heute", 0], ["today", 0], ["azi", 0], ["astăzi", 0], ["astazi", 0],
  ["gestern", 1], ["yesterday", 1], ["ieri", 1],
  ["vorgestern", 2], ["alaltăieri", 2], ["alaltaieri", 2],
]);

export interface EventTime {
  readonly at: number;
  readonly atSource: "text" | "message";
  /** Where the words that gave the time are, so nothing else reads them again. */
  readonly used: ReadonlyArray<readonly [number, number]>;
}

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === "p";
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

function relativeMs(amount: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith("st")) return amount * HOUR;
  if (u.startsWith("s")) return amount * 1000;
  if (u.startsWith("m")) return amount * MINUTE;
  if (u.startsWith("t") || u.startsWith("d") || u.startsWith("z")) return amount * DAY;
  return amount * HOUR;
}

function validClock(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCDate() === day;
}

/**
 * When the note says the event happened, resolved against `now` in `timeZone`.
 * Partial readings ("8:05", "Mo 08:05", "am 12.03.") resolve to the latest such
 * moment not after now. The message date stands in when the text gives nothing.
 */
export function eventTime(header: string, message: MessageClock, lang: DraftLanguage): EventTime {
  const { now, timeZone } = message;
  const used: Array<readonly [number, number]> = [];
  const fromMessage: EventTime = { at: now, atSource: "message", used };

  const relative = RELATIVE_HINT.test(header) ? RELATIVE.exec(header) : null;
  if (relative) {
    used.push([relative.index, relative.index + relative[0].length]);
    const amount = readCount(relative[1] ?? relative[3] ?? relative[5]);
    const unit = relative[2] ?? relative[4] ?? relative[6];
    if (amount === undefined || unit === undefined) return fromText(used, now);
    return fromText(used, now - relativeMs(amount, unit));
  }

  // Most notes carry no time at all: skip the zone arithmetic for them.
  if (!/\d|gestern|heute|yesterday|today|ieri|[aă]zi|tag|day|woch/iu.test(header)) return fromMessage;
  const wall = message.wall;
  let date: WrittenDate | undefined;
  let dateStart = 0;
  let dateEnd = 0;
  const d = DATE.exec(header);
  if (d) {
    dateStart = d.index;
    dateEnd = d.index + d[0].length;
    used.push([d.index, dateEnd]);
    date = dateOfMatch(d, 1, lang);
    if (!validDate(date.year ?? wall.year, date.month, date.day)) date = undefined;
  }

  // The time usually follows the date; "letzter um 14:05 Uhr am 12.03.2025" puts it before.
  let clock = date ? clockIn(header, dateEnd, header.length, used) : clockIn(header, 0, header.length, used);
  if (date && !clock) clock = clockIn(header, 0, dateStart, used);

  if (date) {
    const { hour, minute } = clock ?? { hour: 0, minute: 0 };
    let at = instantOf(date.year ?? wall.year, date.month, date.day, hour, minute, timeZone, now);
    if (date.year === undefined && at > now) at = instantOf(wall.year - 1, date.month, date.day, hour, minute, timeZone, now);
    return fromText(used, Math.min(at, now));
  }

  const dayWord = DAY_WORD.exec(header);
  if (dayWord) {
    used.push([dayWord.index, dayWord.index + dayWord[0].length]);
    const word = (dayWord[1] ?? dayWord[2] ?? "").toLowerCase();
    const back = DAYS_BACK.get(word);
    if (back !== undefined) {
      if (!clock) return fromText(used, shiftDays(now, -back, timeZone));
      const base = back === 0 ? wall : wallOf(shiftDays(now, -back, timeZone), timeZone);
      const at = instantOf(base.year, base.month, base.day, clock.hour, clock.minute, timeZone, now);
      // "heute 23:10" pasted at 00:20 was copied before midnight: it is yesterday's 23:10.
      if (back === 0 && at > now && isLateNight(wall.hour * 60 + wall.minute)) {
        const y = wallOf(shiftDays(now, -1, timeZone), timeZone);
        return fromText(used, instantOf(y.year, y.month, y.day, clock.hour, clock.minute, timeZone, now));
      }
      return fromText(used, Math.min(at, now));
    }
    const weekday = WEEKDAYS.get(word);
    if (weekday !== undefined) {
      const { hour, minute } = clock ?? { hour: 0, minute: 0 };
      for (let k = 0; k <= 7; k++) {
        const w = k === 0 ? wall : wallOf(shiftDays(now, -k, timeZone), timeZone);
        if (w.weekday !== weekday) continue;
        const at = instantOf(w.year, w.month, w.day, hour, minute, timeZone, now);
        if (at <= now) return fromText(used, at);
      }
    }
  }

  if (clock) {
    const today = instantOf(wall.year, wall.month, wall.day, clock.hour, clock.minute, timeZone, now);
    if (today <= now) return fromText(used, today);
    const y = wallOf(shiftDays(now, -1, timeZone), timeZone);
    return fromText(used, instantOf(y.year, y.month, y.day, clock.hour, clock.minute, timeZone, now));
  }
  return fromMessage;
}

/** The first clock time ("14:05", "2:05 PM", "um 14 Uhr") in header[from, to), noted as used. */
function clockIn(
  header: string,
  from: number,
  to: number,
  used: Array<readonly [number, number]>,
): { hour: number; minute: number } | undefined {
  const part = header.slice(from, to);
  const c = CLOCK.exec(part);
  if (c) {
    used.push([from + c.index, from + c.index + c[0].length]);
    const hour = hour24(Number(c[1]), c[3]);
    const minute = Number(c[2]);
    return validClock(hour, minute) ? { hour, minute } : undefined;
  }
  const h = HOUR_ONLY.exec(part);
  if (h && validClock(Number(h[1]), 0)) {
    used.push([from + h.index, from + h.index + h[0].length]);
    return { hour: Number(h[1]), minute: 0 };
  }
  return undefined;
}

function fromText(used: EventTime["used"], at: number): EventTime {
  return { at, atSource: "text", used };
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}
