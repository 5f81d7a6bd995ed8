import type { LocalDate, TimeRange, WeeklyHours } from "../time/types.js";

export interface AvailabilitySettings {
  readonly weekly: WeeklyHours;
  /** Keyed by "YYYY-MM-DD"; replaces that date's weekly hours. An empty list is a day off. */
  readonly overrides: Readonly<Record<string, readonly TimeRange[]>>;
  readonly appointmentMinutes: number;
  /** Preparation or travel before each appointment. */
  readonly bufferBeforeMinutes: number;
  /** Travel or rest after each appointment. */
  readonly bufferAfterMinutes: number;
  /** The earliest a proposal may start, counted from now. */
  readonly noticeMinutes: number;
  /** Slot starts fall on multiples of this on the local clock. */
  readonly stepMinutes: number;
  readonly maxAppointmentsPerDay?: number;
  readonly maxBookedMinutesPerDay?: number;
  /** How many times one proposal offers. */
  readonly proposalCount: number;
  /** How long an offered slot stays reserved for the person it was offered to. */
  readonly holdMinutes: number;
}

const WORKDAY: readonly TimeRange[] = [{ start: 11 * 60, end: 21 * 60 }];

export const DEFAULT_AVAILABILITY: AvailabilitySettings = {
  weekly: [[], WORKDAY, WORKDAY, WORKDAY, WORKDAY, WORKDAY, []],
  overrides: {},
  appointmentMinutes: 60,
  bufferBeforeMinutes: 30,
  bufferAfterMinutes: 30,
  noticeMinutes: 120,
  stepMinutes: 30,
  proposalCount: 3,
  holdMinutes: 120,
};

/** A confirmed appointment, epoch ms, end exclusive. */
export interface Booking {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A slot offered to someone and kept free until `expiresAt`. */
export interface Hold {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly expiresAt: number;
}

/** Everything a slot search needs; all instants are epoch ms. */
export interface SlotQuery {
  readonly now: number;
  readonly timeZone: string;
  readonly settings: AvailabilitySettings;
  readonly bookings: readonly Booking[];
  readonly holds: readonly Hold[];
  /** Appointment length in minutes; defaults to settings.appointmentMinutes. */
  readonly length?: number;
}

export interface DayQuery extends SlotQuery {
  readonly date: LocalDate;
}

export interface Conflict {
  readonly kind: "booking" | "hold";
  readonly id: string;
  readonly start: number;
  readonly end: number;
}
