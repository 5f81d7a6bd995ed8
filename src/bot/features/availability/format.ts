import type { LegacyTextLanguage } from "../../../core/legacy-text-language.js";
import { formatClock, formatRangeEnd } from "../../../core/time/clock.js";
import { weekdayOf } from "../../../core/time/localDate.js";
import type { Interval, LocalDate, TimeRange } from "../../../core/time/types.js";
import { zonedParts } from "../../../core/time/zone.js";

const SHORT_DAY: Readonly<Record<LegacyTextLanguage, readonly string[]>> = {
  de: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Mo 23.11." / "Mon 23 Nov" */
export function dateLabel(date: LocalDate, lang: LegacyTextLanguage): string {
  const day = SHORT_DAY[lang][weekdayOf(date)] ?? "";
  return lang === "de" ? `${day} ${date.day}.${date.month}.` : `${day} ${date.day} ${MONTHS_EN[date.month - 1] ?? ""}`;
}

/** "17:00" in her zone. */
export function clockAt(epochMs: number, timeZone: string): string {
  return formatClock(zonedParts(epochMs, timeZone).minuteOfDay);
}

/** "17:00–18:30" in her zone. */
export function intervalLabel(interval: Interval, timeZone: string): string {
  return `${clockAt(interval.start, timeZone)}–${clockAt(interval.end, timeZone)}`;
}

/** "14:00–18:00, 20:00–02:00" */
export function rangesLabel(ranges: readonly TimeRange[]): string {
  return ranges.map((r) => `${formatClock(r.start)}–${formatRangeEnd(r.end)}`).join(", ");
}

/** "90 min" / "1 h" / "1 h 30 min" */
export function minutesLabel(minutes: number): string {
  if (minutes < 60 || minutes % 30 !== 0) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
