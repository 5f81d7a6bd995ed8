/** A wall-clock range within one local day, in minutes after local midnight.
 *  `end` may exceed 1440 for a range that runs past midnight into the next day
 *  (e.g. 20:00–02:00 is { start: 1200, end: 1560 }). Always start < end. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/** Weekday numbering as in Date#getDay and date-fns: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Ranges per weekday, index = Weekday. An empty list means no time that day. */
export type WeeklyHours = readonly [
  readonly TimeRange[], readonly TimeRange[], readonly TimeRange[], readonly TimeRange[],
  readonly TimeRange[], readonly TimeRange[], readonly TimeRange[],
];

/** A calendar date in the configured zone. month is 1–12. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** An absolute interval in epoch milliseconds, end exclusive. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}
