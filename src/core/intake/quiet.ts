import { inDailyRange, wallTime } from "../rules/wallClock.js";
import type { TimeRange } from "../time/types.js";

/**
 * Whether `now` lies in her quiet hours (the rule setting, e.g. 21:00–09:00): then a report from
 * her phone arrives without a sound. None when she has none or switched the rule off.
 */
export function inQuietHours(range: TimeRange | null, ruleOff: boolean, now: number, timeZone: string): boolean {
  if (range === null || ruleOff) return false;
  if (range.end - range.start >= 1440) return true;
  return inDailyRange(range, wallTime(timeZone, now).minuteOfDay);
}
