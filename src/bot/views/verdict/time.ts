import { formatClock } from "../../../core/time/clock.js";
import { zonedParts } from "../../../core/time/zone.js";
import type { Translate } from "../../i18n.js";
import { weekdayShort } from "../weekly-hours.js";

/** The selector values of `verdict-date`, January first. */
const MONTH_KEYS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const DAY_MS = 86_400_000;

/** A calendar day's number, to count the days between two moments in her zone. */
const dayNumber = (parts: { year: number; month: number; day: number }) => Math.round(Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS);

/** "25.03." / "25 Mar" / "25 mar.": a day of the year in her language. */
export function dateText(day: number, month: number, t: Translate): string {
  return t("verdict-date", { day, month: MONTH_KEYS[month - 1] ?? "dec" });
}

/**
 * Moments as one explanation words them, seen from its "now" in her zone: "09:00" today,
 * "morgen 09:00", "Mi 09:00" within a week, "Mi 25.03. 09:00" beyond.
 */
export class Moments {
  private readonly today: number;

  constructor(
    readonly now: number,
    readonly timeZone: string,
    private readonly t: Translate,
  ) {
    this.today = dayNumber(zonedParts(now, timeZone));
  }

  when(at: number): string {
    const parts = zonedParts(at, this.timeZone);
    const days = dayNumber(parts) - this.today;
    const relative = days === 0 ? "today" : days === 1 ? "tomorrow" : days > 1 && days < 7 ? "week" : "other";
    return this.t("verdict-when", {
      relative,
      clock: formatClock(parts.minuteOfDay),
      weekday: relative === "today" || relative === "tomorrow" ? "" : weekdayShort(parts.weekday, this.t),
      date: relative === "other" ? dateText(parts.day, parts.month, this.t) : "",
    });
  }

  /** "vor 7 Min.", "vor 3 Std.", "vor 2 Tagen". */
  age(minutes: number): string {
    if (minutes < 60) return this.t("verdict-age-minutes", { count: minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return this.t("verdict-age-hours", { count: hours });
    return this.t("verdict-age-days", { count: Math.floor(hours / 24) });
  }
}
