import type { Asked, AskedDay, EventKind } from "../../../core/inbox/types.js";
import type { LegacyTextLanguage } from "../../../core/legacy-text-language.js";
import type { PhoneClass, SpecialKind } from "../../../core/phone/types.js";
import { formatClock, zonedParts } from "../../../core/time/index.js";
import type { Localized } from "../../i18n.js";

/** Shared wording for numbers and inbound events (contact cards, the inbox reply). */

const KIND: Readonly<Record<EventKind, Localized>> = {
  "missed-call": { de: "verpasster Anruf", en: "missed call" },
  voicemail: { de: "Mailbox", en: "voicemail" },
  sms: { de: "SMS", en: "text message" },
  "callback-request": { de: "Rückrufbitte", en: "callback request" },
};

const SPECIAL: Readonly<Record<SpecialKind, Localized>> = {
  "shared-cost": { de: "Sondernummer (Shared Cost)", en: "shared-cost number" },
  premium: { de: "Premium-Nummer", en: "premium-rate number" },
  "toll-free": { de: "kostenlose Nummer", en: "toll-free number" },
  personal: { de: "persönliche Rufnummer", en: "personal number" },
  pager: { de: "Pager", en: "pager" },
  voicemail: { de: "Mailbox-Zugang", en: "voicemail access" },
  uan: { de: "Firmen-Sammelnummer", en: "company-wide number" },
  voip: { de: "Internet-Telefonie", en: "VoIP number" },
};

const WEEKDAY: Readonly<Record<LegacyTextLanguage, readonly string[]>> = {
  de: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

export function eventKindLabel(kind: EventKind, lang: LegacyTextLanguage): string {
  return KIND[kind][lang];
}

/** "Handy", "Festnetz", "Ausland (AT), Handy", "rufnummer unterdrückt". */
export function numberTypeLabel(phone: PhoneClass, lang: LegacyTextLanguage): string {
  if (phone.kind === "withheld") return lang === "de" ? "Nummer unterdrückt" : "number withheld";
  if (phone.kind === "invalid") return lang === "de" ? "keine gültige Nummer" : "not a valid number";
  const line =
    phone.line === "special" && phone.special
      ? SPECIAL[phone.special][lang]
      : {
          mobile: { de: "Handy", en: "mobile" },
          landline: { de: "Festnetz", en: "landline" },
          "mobile-or-landline": { de: "Handy oder Festnetz", en: "mobile or landline" },
          special: { de: "Sondernummer", en: "special number" },
          unknown: { de: "Typ unbekannt", en: "type unknown" },
        }[phone.line][lang];
  return phone.foreign ? `${lang === "de" ? "Ausland" : "abroad"} (${phone.country}), ${line}` : line;
}

/** "heute 08:05", "gestern 17:30", "Mo 12.03. 14:05" — relative to `now`, in the zone. */
export function formatWhen(at: number, now: number, timeZone: string, lang: LegacyTextLanguage): string {
  const p = zonedParts(at, timeZone);
  const today = zonedParts(now, timeZone);
  const clock = formatClock(p.minuteOfDay);
  const dayIndex = (x: { year: number; month: number; day: number }) => Date.UTC(x.year, x.month - 1, x.day) / 86_400_000;
  const diff = dayIndex(today) - dayIndex(p);
  if (diff === 0) return `${lang === "de" ? "heute" : "today"} ${clock}`;
  if (diff === 1) return `${lang === "de" ? "gestern" : "yesterday"} ${clock}`;
  if (diff === -1) return `${lang === "de" ? "morgen" : "tomorrow"} ${clock}`;
  const date = `${String(p.day).padStart(2, "0")}.${String(p.month).padStart(2, "0")}.${p.year === today.year ? "" : String(p.year)}`;
  return `${WEEKDAY[lang][p.weekday]!.slice(0, 2)} ${date} ${clock}`;
}

/** "23.11." — a short date for flags and notes. */
export function formatDay(at: number, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  return `${String(p.day).padStart(2, "0")}.${String(p.month).padStart(2, "0")}.`;
}

function dayWords(day: AskedDay, lang: LegacyTextLanguage): string {
  switch (day.kind) {
    case "today":
      return lang === "de" ? "heute" : "today";
    case "tomorrow":
      return lang === "de" ? "morgen" : "tomorrow";
    case "weekday":
      return `${lang === "de" ? "am" : "on"} ${WEEKDAY[lang][day.weekday]}`;
    case "date":
      return `${lang === "de" ? "am" : "on"} ${String(day.day).padStart(2, "0")}.${String(day.month).padStart(2, "0")}.${day.year}`;
  }
}

/** "Rückruf erbeten", "fragt nach einem Termin heute gegen 17:00", "nichts erbeten". */
export function askedLabel(asked: Asked, lang: LegacyTextLanguage): string {
  const parts: string[] = [];
  if (asked.callback) parts.push(lang === "de" ? "Rückruf erbeten" : "asked for a callback");
  const appointment = asked.appointment;
  if (appointment) {
    const when = [
      appointment.day ? dayWords(appointment.day, lang) : undefined,
      appointment.time
        ? `${appointment.time.approx ? (lang === "de" ? "gegen " : "around ") : ""}${formatClock(appointment.time.hour * 60 + appointment.time.minute)}`
        : undefined,
    ].filter((w): w is string => w !== undefined);
    const base = lang === "de" ? "fragt nach einem Termin" : "asks for an appointment";
    parts.push(when.length > 0 ? `${base} ${when.join(" ")}` : base);
  }
  if (parts.length === 0) return lang === "de" ? "nichts erbeten" : "nothing asked";
  return parts.join(lang === "de" ? " und " : " and ");
}

/** "3×" for repeated attempts, empty for one. */
export function attemptsLabel(attempts: number): string {
  return attempts > 1 ? ` (${attempts}×)` : "";
}
