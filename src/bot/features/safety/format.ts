import type { Translate } from "../../i18n.js";
import { formatClock } from "../../../core/time/clock.js";
import { zonedParts } from "../../../core/time/zone.js";

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const two = (n: number) => String(n).padStart(2, "0");

/** "19:30" in her zone. */
export function clockIn(epochMs: number, timeZone: string): string {
  return formatClock(zonedParts(epochMs, timeZone).minuteOfDay);
}

/** "19:30" today, "Di 24.11. 19:30" on another day — in her zone, whatever the season. */
export function momentLabel(epochMs: number, now: number, timeZone: string, t: Translate): string {
  const at = zonedParts(epochMs, timeZone);
  const today = zonedParts(now, timeZone);
  const time = formatClock(at.minuteOfDay);
  if (at.year === today.year && at.month === today.month && at.day === today.day) return time;
  const weekday = t("common-weekday-short", { day: WEEKDAYS[at.weekday]! });
  return t("safety-day-time", { weekday, day: two(at.day), month: two(at.month), time });
}

/** "19:30–21:00", the day in front when it is not today. */
export function intervalLabel(start: number, end: number, now: number, timeZone: string, t: Translate): string {
  return `${momentLabel(start, now, timeZone, t)}–${clockIn(end, timeZone)}`;
}
