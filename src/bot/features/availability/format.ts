import { formatClock } from "../../../core/time/clock.js";
import { weekdayOf } from "../../../core/time/localDate.js";
import type { Interval, LocalDate } from "../../../core/time/types.js";
import { zonedParts } from "../../../core/time/zone.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { weekdayShort } from "../../views/weekly-hours.js";

/** "Mo 23.11." / "Mon 23 Nov" / "Lu 23.11." */
export function dateLabel(date: LocalDate, t: Translate): string {
  return t("availability-date", { weekday: weekdayShort(weekdayOf(date), t), day: date.day, month: date.month });
}

/** "17:00" in her zone. */
export function clockAt(epochMs: number, timeZone: string): string {
  return formatClock(zonedParts(epochMs, timeZone).minuteOfDay);
}

/** "17:00–18:30" in her zone. */
export function intervalLabel(interval: Interval, timeZone: string): string {
  return `${clockAt(interval.start, timeZone)}–${clockAt(interval.end, timeZone)}`;
}

/** "90 min" / "1 h" / "1 h 30 min" */
export function minutesLabel(minutes: number): string {
  if (minutes < 60 || minutes % 30 !== 0) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** HTML: a label with the client's alias or masked number after it, when there is one: "17:00–18:00 (Tom)". */
export function withWho(label: string, who: string | undefined): string {
  return who ? `${label} (${escapeHtml(who)})` : label;
}
