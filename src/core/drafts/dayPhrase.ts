import type { DraftLanguage } from "../draft-language.js";
import { formatClock } from "../time/clock.js";
import { localDaysBetween } from "../time/localDate.js";
import { localDateOf, zonedParts } from "../time/zone.js";

export type DayKind = "today" | "tomorrow" | "weekday" | "date";

/** How a slot's day reads relative to now: the wording without a time, plus the clock. */
export interface SlotWords {
  readonly kind: DayKind;
  readonly dayKey: string;
  /** "heute", "morgen", "Montag", "am 24.12." / "today", "tomorrow", "Monday", "on Dec 24" */
  readonly day: string;
  readonly time: string;
}

const WEEKDAYS: Readonly<Record<DraftLanguage, readonly string[]>> = {
  de: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** Month names are avoided on purpose: "May", "June", "April" or "Jan" may be someone's name. */
function englishDate(day: number, month: number, daysAhead: number): string {
  if (daysAhead > 0 && daysAhead < 28) {
    const tens = Math.floor(day / 10) % 10;
    const suffix = tens === 1 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[day % 10] ?? "th";
    return `on the ${day}${suffix}`;
  }
  return `on ${day}.${month}.`;
}

export function slotWords(slot: number, now: number, timeZone: string, lang: DraftLanguage): SlotWords {
  const p = zonedParts(slot, timeZone);
  const days = localDaysBetween(localDateOf(now, timeZone), p);
  const time = formatClock(p.minuteOfDay);
  const dayKey = `${p.year}-${p.month}-${p.day}`;
  if (days === 0) return { kind: "today", dayKey, day: lang === "de" ? "heute" : "today", time };
  if (days === 1) return { kind: "tomorrow", dayKey, day: lang === "de" ? "morgen" : "tomorrow", time };
  if (days > 1 && days < 7) return { kind: "weekday", dayKey, day: WEEKDAYS[lang][p.weekday] ?? "", time };
  const day = lang === "de" ? `am ${p.day}.${p.month}.` : englishDate(p.day, p.month, days);
  return { kind: "date", dayKey, day, time };
}

/** "heute 17:00", "am 24.12. um 17:00" / "today at 17:00". */
export function dayAndTime(w: SlotWords, lang: DraftLanguage): string {
  if (lang === "en") return `${w.day} at ${w.time}`;
  return w.kind === "date" ? `${w.day} um ${w.time}` : `${w.day} ${w.time}`;
}

/** Several slots, naming a day only when it changes: "heute 17:00, 18:30 oder morgen 14:00". */
export function slotList(words: readonly SlotWords[], lang: DraftLanguage): string {
  const items = words.map((w, i) => (i > 0 && words[i - 1]?.dayKey === w.dayKey ? w.time : dayAndTime(w, lang)));
  const or = lang === "de" ? "oder" : "or";
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
