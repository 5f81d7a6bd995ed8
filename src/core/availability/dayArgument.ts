import type { AskedDay } from "../inbox/types.js";
import { readRelativeDay, type DayClock, type DayReading } from "../time/lateNight.js";
import { addLocalDays, isValidLocalDate, parseIsoLocalDate, weekdayOf } from "../time/localDate.js";
import type { LocalDate, Weekday } from "../time/types.js";

/** Days after today in German, English and Romanian (with and without diacritics); the words in
 * RELATIVE count from yesterday late at night. */
const TODAY: Readonly<Record<string, number>> = {
  heute: 0, today: 0, "heute abend": 0, heuteabend: 0, azi: 0, "astăzi": 0, astazi: 0, "diseară": 0, diseara: 0,
};
const RELATIVE: Readonly<Record<string, number>> = {
  tonight: 0, "heute nacht": 0, heutenacht: 0, "la noapte": 0, "în noaptea asta": 0, "in noaptea asta": 0,
  morgen: 1, tomorrow: 1, tmrw: 1, "mâine": 1, maine: 1,
  "übermorgen": 2, uebermorgen: 2, "day after tomorrow": 2, "poimâine": 2, poimaine: 2,
};

const WEEKDAY_WORDS: Readonly<Record<string, Weekday>> = {
  sonntag: 0, so: 0, sunday: 0, sun: 0,
  montag: 1, mo: 1, monday: 1, mon: 1,
  dienstag: 2, di: 2, tuesday: 2, tue: 2, tues: 2,
  mittwoch: 3, mi: 3, wednesday: 3, wed: 3,
  donnerstag: 4, do: 4, thursday: 4, thu: 4, thur: 4, thurs: 4,
  freitag: 5, fr: 5, friday: 5, fri: 5,
  samstag: 6, sonnabend: 6, sa: 6, saturday: 6, sat: 6,
  // Romanian full names only: two-letter forms would take aliases such as "Vi" for a day.
  luni: 1, "marți": 2, marti: 2, miercuri: 3, joi: 4, vineri: 5, "sâmbătă": 6, sambata: 6, "duminică": 0, duminica: 0,
};

/**
 * Whether one word names a day relative to today ("heute", "morgen", "tomorrow", "mâine", "azi"):
 * such a word before hours ("/hours morgen 14-18") names a date, where a weekday would name every
 * such weekday.
 */
export function isRelativeDayWord(word: string): boolean {
  const w = word.trim().toLowerCase();
  return w in TODAY || w in RELATIVE;
}

/** The next `weekday` from `today` on, today included. */
export function nextWeekday(today: LocalDate, weekday: Weekday): LocalDate {
  return addLocalDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

/** "24.12.", "24.12.2026", "24.12.26": without a year, the next such date from today on. */
function parseGermanDate(text: string, today: LocalDate): LocalDate | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (m[3] !== undefined) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const date = { year, month, day };
    return isValidLocalDate(date) ? date : undefined;
  }
  for (const year of [today.year, today.year + 1]) {
    const date = { year, month, day };
    if (!isValidLocalDate(date)) continue;
    const isPast = date.month < today.month || (date.month === today.month && date.day < today.day);
    if (year > today.year || !isPast) return date;
  }
  return undefined;
}

/**
 * A day as she types it in a command: "heute", "morgen", "übermorgen", "heute Nacht", "today",
 * "tomorrow", "tonight", "mâine", "la noapte", a weekday ("fr", "Freitag", "friday" — the next one, today included),
 * "2026-12-24" or "24.12.". Given her wall clock (`zonedParts(now, zone)` is one), "morgen",
 * "übermorgen" and "heute Nacht" between midnight and 05:00 count from yesterday and carry the
 * calendar reading as `alternative` (see `readRelativeDay`); given a bare date they never do.
 */
export function readDayArgument(text: string, today: LocalDate | DayClock): DayReading | undefined {
  const word = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/^(?:am|on|next|nächsten|naechsten) /, "");
  // Own keys only: "__proto__" or "constructor" typed as a day must not find Object's.
  const relative = Object.hasOwn(RELATIVE, word) ? RELATIVE[word] : undefined;
  if (relative !== undefined) return readRelativeDay(relative, today);
  const sameDay = Object.hasOwn(TODAY, word) ? TODAY[word] : undefined;
  if (sameDay !== undefined) return { date: addLocalDays(today, sameDay) };
  const weekdayWord = word.replace(/\.$/, "");
  const weekday = Object.hasOwn(WEEKDAY_WORDS, weekdayWord) ? WEEKDAY_WORDS[weekdayWord] : undefined;
  if (weekday !== undefined) return { date: nextWeekday(today, weekday) };
  const date = parseIsoLocalDate(word) ?? parseGermanDate(word, today);
  return date ? { date } : undefined;
}

/** The date `readDayArgument` takes. */
export function parseDayArgument(text: string, today: LocalDate | DayClock): LocalDate | undefined {
  return readDayArgument(text, today)?.date;
}

/** The calendar day a client's asked day means, seen from `today`. */
export function dateOfAskedDay(day: AskedDay, today: LocalDate): LocalDate | undefined {
  switch (day.kind) {
    case "today":
      return today;
    case "tomorrow":
      return addLocalDays(today, 1);
    case "weekday":
      return nextWeekday(today, day.weekday);
    case "date": {
      const date = { year: day.year, month: day.month, day: day.day };
      return isValidLocalDate(date) ? date : undefined;
    }
  }
}
