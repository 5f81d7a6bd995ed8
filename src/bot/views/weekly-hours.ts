import { formatTimeRanges, weeklyHoursGroups, type WeeklyHoursError } from "../../core/time/weeklyText.js";
import type { Weekday, WeeklyHours } from "../../core/time/types.js";
import { escapeHtml, type Translate } from "../i18n.js";

/** The selector values of `common-weekday-short`, Sunday first as Weekday counts. */
export const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

export function weekdayShort(day: Weekday, t: Translate): string {
  return t("common-weekday-short", { day: WEEKDAY_KEYS[day] });
}

/** "Mo–Fr 12:00–14:00; Sa, So 12:00–18:00" in her language; plain text (escape it for HTML). */
export function weeklyHoursText(hours: WeeklyHours, t: Translate): string {
  const groups = weeklyHoursGroups(hours);
  if (groups.length === 0) return t("common-hours-none");
  return groups
    .map((g) => {
      const days =
        g.days === "daily"
          ? t("common-hours-daily")
          : g.days.map((s) => (s.from === s.to ? weekdayShort(s.from, t) : `${weekdayShort(s.from, t)}–${weekdayShort(s.to, t)}`)).join(", ");
      return `${days} ${formatTimeRanges(g.ranges)}`;
    })
    .join("; ");
}

/** Why typed weekly hours could not be read, as HTML. */
export function weeklyHoursErrorHtml(error: WeeklyHoursError, t: Translate): string {
  const at = error.at ? escapeHtml(error.at) : "";
  switch (error.code) {
    case "missing-hours":
      return t("common-hours-error-missing");
    case "bad-time":
      return t("common-hours-error-time", { at });
    case "empty-range":
      return t("common-hours-error-empty", { at });
    case "overlong-range":
      return t("common-hours-error-long");
    default:
      return at ? t("common-hours-error-unreadable-at", { at }) : t("common-hours-error-unreadable");
  }
}
