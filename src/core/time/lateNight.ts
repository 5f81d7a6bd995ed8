import { addLocalDays } from "./localDate.js";
import type { LocalDate } from "./types.js";

/**
 * Until 05:00 on her wall clock, people still awake count days from the day they got up: at
 * 00:20 "morgen" is the day that has just begun and "heute Nacht" the night already running.
 * By 05:00 most have slept, and someone up that early means the calendar day.
 */
export const LATE_NIGHT_END_MINUTE = 5 * 60;

/** Whether a wall-clock minute of the day lies between midnight and LATE_NIGHT_END_MINUTE. */
export function isLateNight(minuteOfDay: number): boolean {
  return minuteOfDay >= 0 && minuteOfDay < LATE_NIGHT_END_MINUTE;
}

/** Today's date with her wall clock, for reading relative day words. */
export interface DayClock extends LocalDate {
  /** Minutes after local midnight, as `zonedParts` gives them. */
  readonly minuteOfDay: number;
}

/** A relative day word as a date: the one taken, and late at night the calendar reading too. */
export interface DayReading {
  readonly date: LocalDate;
  /** Set only late at night: the calendar reading, which was not taken. */
  readonly alternative?: LocalDate;
}

/**
 * The day a word naming `calendarDays` after today means ("heute Nacht"/"tonight" 0,
 * "morgen"/"tomorrow" 1, "übermorgen" 2). Late at night it counts from yesterday and the
 * calendar reading becomes the alternative; "heute Nacht" then names the night in progress,
 * which belongs to yesterday's date as her hours past midnight belong to the day they start.
 * Without a clock (a bare date) the calendar reading stands.
 */
export function readRelativeDay(calendarDays: number, today: LocalDate | DayClock): DayReading {
  const literal = addLocalDays(today, calendarDays);
  if (!("minuteOfDay" in today) || !isLateNight(today.minuteOfDay)) return { date: literal };
  return { date: addLocalDays(today, calendarDays - 1), alternative: literal };
}
