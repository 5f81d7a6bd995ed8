import type { WrongLength } from "../../../core/phone/types.js";
import { formatClock, zonedParts } from "../../../core/time/index.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { weekdayShort } from "../../views/weekly-hours.js";

/**
 * Dates of flags, notes and outcomes, the card's attempt count, and a number with digits missing
 * or extra. Events themselves are worded by `views/inbound-event.ts`, as in the inbox.
 */

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** "23.11." this year, "23.11.2025" before; digits stay as they are. */
function shortDate(p: { year: number; month: number; day: number }, currentYear: number | undefined, t: Translate): string {
  const day = twoDigits(p.day);
  const month = twoDigits(p.month);
  return p.year === currentYear ? t("contacts-date", { day, month }) : t("contacts-date-year", { day, month, year: String(p.year) });
}

/** "Mo 23.11. 12:05" in her zone, whatever day it is. */
export function formatStamp(at: number, timeZone: string, t: Translate): string {
  const p = zonedParts(at, timeZone);
  return t("inbox-when", { day: "other", weekday: weekdayShort(p.weekday, t), date: shortDate(p, p.year, t), time: formatClock(p.minuteOfDay) });
}

/** "23.11." — a short date for flags and notes. */
export function formatDay(at: number, timeZone: string, t: Translate): string {
  const p = zonedParts(at, timeZone);
  return shortDate(p, p.year, t);
}

/** "3×" for repeated attempts, empty for one. */
export function attemptsLabel(attempts: number): string {
  return attempts > 1 ? ` (${attempts}×)` : "";
}

/**
 * "0151 2223334 sieht unvollständig aus: Handynummern mit dieser Vorwahl haben 12 Ziffern, hier
 * sind es 11." — the number as she typed it, and the digit count numbers starting like it have.
 */
export function wrongLengthHtml(wrong: WrongLength, t: Translate): string {
  const { expectedDigits, problem } = wrong;
  const single = expectedDigits.length <= 1;
  // Too short: the nearest count is the least it needs; too long: the most it may have.
  const nearest = problem === "too-short" ? expectedDigits[0] : expectedDigits[expectedDigits.length - 1];
  const expected = nearest ?? (problem === "too-short" ? wrong.digits + wrong.by : wrong.digits - wrong.by);
  return t("contacts-number-wrong-length", {
    typed: escapeHtml(wrong.typed),
    problem,
    line: wrong.line,
    bound: single ? "exactly" : problem === "too-short" ? "at-least" : "at-most",
    expected,
    digits: wrong.digits,
  });
}
