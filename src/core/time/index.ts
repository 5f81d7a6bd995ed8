export type { Interval, LocalDate, TimeRange, Weekday, WeeklyHours } from "./types.js";
export * from "./localDate.js";
export * from "./zone.js";
export * from "./clock.js";
export * from "./weekly.js";
export * from "./weeklyText.js";
export * from "./lateNight.js";
