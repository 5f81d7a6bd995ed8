import type { LocalDate, Weekday } from "./types.js";

const DAY_MS = 86_400_000;

/** Calendar arithmetic runs on UTC midnights, where every day has 24 hours. */
function utcMidnight(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtc(ms: number): LocalDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(utcMidnight(date) + days * DAY_MS);
}

export function weekdayOf(date: LocalDate): Weekday {
  return new Date(utcMidnight(date)).getUTCDay() as Weekday;
}

/** Negative when a is earlier, 0 when equal, positive when later. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whole days from a to b (positive when b is later). */
export function localDaysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

export function formatLocalDate(date: LocalDate): string {
  const y = String(date.year).padStart(4, "0");
  const m = String(date.month).padStart(2, "0");
  const d = String(date.day).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Parses "YYYY-MM-DD"; rejects dates that do not exist ("2026-02-30"). */
export function parseIsoLocalDate(text: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const roundTrip = fromUtc(utcMidnight(date));
  return compareLocalDates(roundTrip, date) === 0 ? date : undefined;
}

/** Whether the triple names a real calendar day. */
export function isValidLocalDate(date: LocalDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    compareLocalDates(fromUtc(utcMidnight(date)), date) === 0
  );
}
