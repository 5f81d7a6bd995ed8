import type { Asked, AskedDay, EventKind } from "../../../core/inbox/types.js";
import type { PhoneClass, WrongLength } from "../../../core/phone/types.js";
import { formatClock, zonedParts } from "../../../core/time/index.js";
import type { InterfaceLanguage } from "../../../interface-language.js";
import { escapeHtml, translatorFor, type Translate } from "../../i18n.js";
import { weekdayShort } from "../../views/weekly-hours.js";

/** Shared wording for numbers and inbound events (contact cards, /why, the inbox reply). */

/**
 * A Translate, or a language code from a caller whose own texts have not moved to the locale
 * files yet (the inbox reply); it goes once the last such caller passes `ctx.t`.
 */
export type Wording = Translate | InterfaceLanguage;
const translate = (wording: Wording): Translate => (typeof wording === "function" ? wording : translatorFor(wording));

const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const twoDigits = (n: number) => String(n).padStart(2, "0");

export function eventKindLabel(kind: EventKind, wording: Wording): string {
  return translate(wording)("contacts-event-kind", { kind });
}

/** "Handy", "Festnetz", "Ausland (AT), Handy", "Nummer unterdrückt". */
export function numberTypeLabel(phone: PhoneClass, wording: Wording): string {
  const t = translate(wording);
  if (phone.kind !== "number") return t("contacts-number-type", { type: phone.kind });
  const type =
    phone.line === "special" && phone.special ? t("contacts-special-number", { special: phone.special }) : t("contacts-number-type", { type: phone.line });
  return phone.foreign ? t("contacts-number-abroad", { country: phone.country, type }) : type;
}

/** "23.11." this year, "23.11.2025" before; digits stay as they are. */
function shortDate(p: { year: number; month: number; day: number }, currentYear: number | undefined, t: Translate): string {
  const day = twoDigits(p.day);
  const month = twoDigits(p.month);
  return p.year === currentYear ? t("contacts-date", { day, month }) : t("contacts-date-year", { day, month, year: String(p.year) });
}

/** "heute 08:05", "gestern 17:30", "Mo 12.03. 14:05" — relative to `now`, in the zone. */
export function formatWhen(at: number, now: number, timeZone: string, wording: Wording): string {
  const t = translate(wording);
  const p = zonedParts(at, timeZone);
  const today = zonedParts(now, timeZone);
  const dayIndex = (x: { year: number; month: number; day: number }) => Date.UTC(x.year, x.month - 1, x.day) / 86_400_000;
  const diff = dayIndex(today) - dayIndex(p);
  const day = diff === 0 ? "today" : diff === 1 ? "yesterday" : diff === -1 ? "tomorrow" : "other";
  return t("contacts-when", { day, weekday: weekdayShort(p.weekday, t), date: shortDate(p, today.year, t), time: formatClock(p.minuteOfDay) });
}

/** "Mo 23.11. 12:05" in her zone, whatever day it is. */
export function formatStamp(at: number, timeZone: string, t: Translate): string {
  const p = zonedParts(at, timeZone);
  return t("contacts-when", { day: "other", weekday: weekdayShort(p.weekday, t), date: shortDate(p, p.year, t), time: formatClock(p.minuteOfDay) });
}

/** "23.11." — a short date for flags and notes. */
export function formatDay(at: number, timeZone: string, t: Translate): string {
  const p = zonedParts(at, timeZone);
  return shortDate(p, p.year, t);
}

function dayWords(day: AskedDay, t: Translate): string {
  switch (day.kind) {
    case "today":
    case "tomorrow":
      return t("contacts-asked-day", { day: day.kind, date: "" });
    case "weekday":
      return t("contacts-asked-day", { day: WEEKDAY_KEYS[day.weekday], date: "" });
    case "date":
      return t("contacts-asked-day", { day: "date", date: shortDate(day, undefined, t) });
  }
}

/** "Rückruf erbeten", "fragt nach einem Termin heute gegen 17:00", "nichts erbeten". */
export function askedLabel(asked: Asked, wording: Wording): string {
  const t = translate(wording);
  const appointment = asked.appointment;
  let appointmentText: string | undefined;
  if (appointment) {
    const when = [
      appointment.day ? dayWords(appointment.day, t) : undefined,
      appointment.time
        ? t("contacts-asked-time", {
            approx: appointment.time.approx ? "yes" : "no",
            time: formatClock(appointment.time.hour * 60 + appointment.time.minute),
          })
        : undefined,
    ].filter((w): w is string => w !== undefined);
    appointmentText = when.length > 0 ? t("contacts-asked-appointment-when", { when: when.join(" ") }) : t("contacts-asked-appointment");
  }
  const callbackText = asked.callback ? t("contacts-asked-callback") : undefined;
  if (callbackText && appointmentText) return t("contacts-asked-both", { first: callbackText, second: appointmentText });
  return callbackText ?? appointmentText ?? t("contacts-asked-nothing");
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
