import type { Asked, AskedDay, AskedTime, EventKind, InboundEvent } from "../../core/inbox/types.js";
import { formatNumber, maskNumber } from "../../core/phone/index.js";
import type { PhoneClass, WrongLength } from "../../core/phone/types.js";
import { formatClock, localDaysBetween, weekdayOf, zonedParts } from "../../core/time/index.js";
import type { LocalDate, Weekday } from "../../core/time/types.js";
import { copyable, escapeHtml, type Translate } from "../i18n.js";
import { weekdayShort } from "./weekly-hours.js";

/**
 * How an inbound event and its caller are worded wherever she sees them: the inbox reply, an
 * announcement from her phone, the contact card and /contacts. Each screen lays the pieces out.
 */

/** The selector values of `inbox-weekday`, Sunday first as Weekday counts. */
const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** "23.11." — digits only, the same in every language. */
function dayMonth(date: LocalDate): string {
  return `${twoDigits(date.day)}.${twoDigits(date.month)}.`;
}

/** "Mo 23.11." — a date she recognises at a glance. */
export function dayLabel(date: LocalDate, t: Translate): string {
  return `${weekdayShort(weekdayOf(date), t)} ${dayMonth(date)}`;
}

/** "verpasster Anruf", "Mailbox", "SMS", "Rückrufbitte". */
export function eventKindText(kind: EventKind, t: Translate): string {
  return t("inbox-kind", { kind });
}

/** "Handy", "Festnetz", "Ausland (AT), Handy", "Nummer unterdrückt". */
export function numberTypeText(phone: PhoneClass, t: Translate): string {
  if (phone.kind !== "number") return phone.kind === "withheld" ? t("inbox-withheld") : t("inbox-invalid");
  const line = t("inbox-line", { line: phone.line === "special" && phone.special ? phone.special : phone.line });
  return phone.foreign ? t("inbox-foreign", { country: phone.country, line }) : line;
}

/** "heute 08:05", "gestern 17:30", "Mo 12.03. 14:05" — relative to `now`, in the zone. */
export function whenText(at: number, now: number, timeZone: string, t: Translate): string {
  const p = zonedParts(at, timeZone);
  const today = zonedParts(now, timeZone);
  const time = formatClock(p.minuteOfDay);
  const diff = localDaysBetween(p, today);
  const day = diff === 0 ? "today" : diff === 1 ? "yesterday" : diff === -1 ? "tomorrow" : "other";
  const date = p.year === today.year ? dayMonth(p) : `${dayMonth(p)}${p.year}`;
  return t("inbox-when", { day, time, weekday: weekdayShort(p.weekday, t), date });
}

function askedDayText(day: AskedDay, t: Translate): string {
  switch (day.kind) {
    case "today":
      return t("inbox-asked-today");
    case "tomorrow":
      return t("inbox-asked-tomorrow");
    case "weekday":
      return t("inbox-asked-weekday", { weekday: t("inbox-weekday", { day: WEEKDAY_KEYS[day.weekday as Weekday] }) });
    case "date":
      return t("inbox-asked-date", { date: `${dayMonth(day)}${day.year}` });
  }
}

function askedTimeText(time: AskedTime, t: Translate): string {
  return t("inbox-asked-time", { approx: time.approx ? "yes" : "no", time: formatClock(time.hour * 60 + time.minute) });
}

/** "Rückruf erbeten", "fragt nach einem Termin am 23.11.2026 gegen 17:00", "nichts erbeten". */
export function askedText(asked: Asked, t: Translate): string {
  const appointment = asked.appointment;
  const when = appointment
    ? [appointment.day && askedDayText(appointment.day, t), appointment.time && askedTimeText(appointment.time, t)].filter(Boolean).join(" ")
    : "";
  const asksAppointment = appointment && (when ? t("inbox-asked-appointment-when", { when }) : t("inbox-asked-appointment"));
  if (asked.callback && asksAppointment) return t("inbox-asked-both", { callback: t("inbox-asked-callback"), appointment: asksAppointment });
  if (asked.callback) return t("inbox-asked-callback");
  return asksAppointment || t("inbox-asked-nothing");
}

/** How many digits numbers starting like this have: "12", "11 oder 12", "10 bis 12". */
function expectedDigitsText(expected: readonly number[], t: Translate): string {
  const [first, ...rest] = expected;
  const last = rest.at(-1);
  if (first === undefined || last === undefined) return String(first ?? "");
  return t(rest.length === 1 ? "inbox-digits-either" : "inbox-digits-range", { first: String(first), second: String(last) });
}

/** A number with digits missing or extra, shown as she typed it, with the count it needs. */
export function wrongLengthHtml(wrong: WrongLength, t: Translate): string {
  return t("inbox-wrong-length", {
    typed: escapeHtml(wrong.typed),
    problem: wrong.problem,
    line: wrong.line,
    expected: expectedDigitsText(wrong.expectedDigits, t),
    digits: String(wrong.digits),
  });
}

/** The caller line: the number (copyable, or masked) and its type, or why there is none to store. */
function callerHtml(caller: PhoneClass, options: EventLineOptions, t: Translate): string {
  if (caller.kind === "number") {
    const number = options.mask ? escapeHtml(maskNumber(caller.e164)) : copyable(formatNumber(caller.e164, options.region));
    return `📞 ${number} · ${escapeHtml(numberTypeText(caller, t))}`;
  }
  if (caller.kind === "invalid" && caller.wrongLength) return `📞 ${wrongLengthHtml(caller.wrongLength, t)}`;
  return `📞 ${numberTypeText(caller, t)}`;
}

export interface EventLineOptions {
  /** The moment "heute" and "gestern" are counted from. */
  readonly now: number;
  readonly timeZone: string;
  readonly region: string;
  /** The card already had this event (pasted or sent twice). */
  readonly duplicate: boolean;
  /** Mask the number: it is not in the chat yet (her phone reported it), and the card shows it on request. */
  readonly mask?: boolean;
}

/** One event as the inbox lists it: kind, attempts and time; the caller; what was asked. */
export function eventHtml(event: InboundEvent, options: EventLineOptions, t: Translate): string {
  const attempts = event.attempts > 1 ? ` · ${event.attempts}×` : "";
  const source = event.atSource === "message" ? ` (${t("inbox-time-from-message")})` : "";
  const duplicate = options.duplicate ? ` · ${t("inbox-duplicate")}` : "";
  return [
    `<b>${eventKindText(event.kind, t)}</b>${attempts} · ${whenText(event.at, options.now, options.timeZone, t)}${source}${duplicate}`,
    callerHtml(event.caller, options, t),
    t("inbox-asked", { what: askedText(event.asked, t) }),
  ].join("\n");
}
