import type { Lang } from "../lang.js";
import type { Weekday } from "../time/types.js";
import { instantOf, shiftDays, wallOf, type MessageClock } from "./clock.js";
import { NUMBER_WORD_SOURCE, readCount } from "./numbers.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A clock time in text: "14:05", "2:05 PM", "14.05 Uhr". */
export const CLOCK_SOURCE = String.raw`(?<![\d.:])(\d{1,2})(?::|\.(?=\d{2}\s{0,2}uhr))(\d{2})(?::\d{2})?(?!\d)(?:\s{0,2}([ap])\.?\s?m\.?(?!\p{L}))?`;
/** A calendar date: "12.03.", "12.03.2025", "12/03/2025", "2025-03-12". */
export const DATE_SOURCE = String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])|(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)`;

const CLOCK = new RegExp(CLOCK_SOURCE, "iu");
const DATE = new RegExp(DATE_SOURCE, "iu");
const HOUR_ONLY = /(?<!\p{L})um\s{1,2}(\d{1,2})\s{0,2}uhr(?!\p{L})/iu;
const RELATIVE = new RegExp(
  String.raw`(?<!\p{L})vor\s{1,3}(\d{1,3}|${NUMBER_WORD_SOURCE})\s{0,2}(sek\p{L}{0,6}|min\p{L}{0,5}|std|stunden?|h|tag(?:en)?)(?!\p{L})|(?<!\p{L})(\d{1,3}|${NUMBER_WORD_SOURCE})\s{0,2}(sec\p{L}{0,5}|min\p{L}{0,5}|hours?|hrs?|h|days?)\s{1,3}ago(?!\p{L})|(?<!\p{L})(?:gerade\s{1,3}eben|soeben|just\s{1,3}now)(?!\p{L})`,
  "iu",
);

/** Every RELATIVE reading holds one of these; most notes hold none. */
const RELATIVE_HINT = /vor\s|ago|eben|just/iu;

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
/** "gestern", "Montag", and — only right before a time — "Mo 08:05", "Mon, 8:05". */
const DAY_WORD = new RegExp(
  String.raw`(?<!\p{L})(?:(vorgestern|gestern|heute|yesterday|today|${FULL_WEEKDAYS})|(${SHORT_WEEKDAYS})\.?,?(?=\s{1,3}(?:um\s{1,2})?\d{1,2}:\d{2}))(?!\p{L})`,
  "iu",
);

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
  if (u.startsWith("t") || u.startsWith("d")) return amount * DAY;
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
export function eventTime(header: string, message: MessageClock, lang: Lang): EventTime {
  const { now, timeZone } = message;
  const used: Array<readonly [number, number]> = [];
  const fromMessage: EventTime = { at: now, atSource: "message", used };

  const relative = RELATIVE_HINT.test(header) ? RELATIVE.exec(header) : null;
  if (relative) {
    used.push([relative.index, relative.index + relative[0].length]);
    const amount = readCount(relative[1] ?? relative[3]);
    const unit = relative[2] ?? relative[4];
    if (amount === undefined || unit === undefined) return fromText(used, now);
    return fromText(used, now - relativeMs(amount, unit));
  }

  // Most notes carry no time at all: skip the zone arithmetic for them.
  if (!/\d|gestern|heute|yesterday|today|tag|day|woch/iu.test(header)) return fromMessage;
  const wall = message.wall;
  let date: { year?: number; month: number; day: number } | undefined;
  let dateEnd = 0;
  const d = DATE.exec(header);
  if (d) {
    dateEnd = d.index + d[0].length;
    used.push([d.index, dateEnd]);
    if (d[1] !== undefined) {
      date = { day: Number(d[1]), month: Number(d[2]), ...(d[3] ? { year: fullYear(d[3]) } : {}) };
    } else if (d[4] !== undefined) {
      const a = Number(d[4]);
      const b = Number(d[5]);
      const monthFirst = lang === "en" ? a <= 12 : b > 12;
      date = monthFirst ? { month: a, day: b, year: fullYear(d[6] ?? "") } : { day: a, month: b, year: fullYear(d[6] ?? "") };
    } else {
      date = { year: Number(d[7]), month: Number(d[8]), day: Number(d[9]) };
    }
    if (!validDate(date.year ?? wall.year, date.month, date.day)) date = undefined;
  }

  const offset = date ? dateEnd : 0;
  const afterDate = header.slice(offset);
  let clock: { hour: number; minute: number } | undefined;
  const c = CLOCK.exec(afterDate);
  if (c) {
    used.push([offset + c.index, offset + c.index + c[0].length]);
    const hour = hour24(Number(c[1]), c[3]);
    const minute = Number(c[2]);
    if (validClock(hour, minute)) clock = { hour, minute };
  } else {
    const h = HOUR_ONLY.exec(afterDate);
    if (h && validClock(Number(h[1]), 0)) {
      clock = { hour: Number(h[1]), minute: 0 };
      used.push([offset + h.index, offset + h.index + h[0].length]);
    }
  }

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
    const back = word === "gestern" || word === "yesterday" ? 1 : word === "vorgestern" ? 2 : word === "heute" || word === "today" ? 0 : undefined;
    if (back !== undefined) {
      if (!clock) return fromText(used, shiftDays(now, -back, timeZone));
      const base = back === 0 ? wall : wallOf(shiftDays(now, -back, timeZone), timeZone);
      return fromText(used, Math.min(instantOf(base.year, base.month, base.day, clock.hour, clock.minute, timeZone, now), now));
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

function fromText(used: EventTime["used"], at: number): EventTime {
  return { at, atSource: "text", used };
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}
