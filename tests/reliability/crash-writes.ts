import { zonedEpoch } from "../../src/core/time/index.js";

/** The writes of the crash test: each one distinct, so its presence in the store can be checked. */
export interface NoteWrite {
  readonly e164: string;
  /** As typed after /note. */
  readonly number: string;
  readonly text: string;
}

export interface BookingWrite {
  /** Argument of /book. */
  readonly argument: string;
  readonly start: number;
  readonly end: number;
}

/** A mobile number per (round, i): 0171 with a 7-digit subscriber part. */
export function crashNote(round: number, i: number): NoteWrite {
  const subscriber = String(1_000_000 + round * 1_000 + i).padStart(7, "0");
  return { e164: `+49171${subscriber}`, number: `0171 ${subscriber}`, text: "nur mittags erreichbar" };
}

/** One hour at 10:00 on its own day in 2027 (far from now, so never in the past, never overlapping). */
export function crashBooking(round: number, i: number): BookingWrite {
  const dayIndex = round * 100 + (i % 100);
  const date = new Date(Date.UTC(2027, 0, 1) + dayIndex * 86_400_000);
  const local = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  const iso = `${local.year}-${String(local.month).padStart(2, "0")}-${String(local.day).padStart(2, "0")}`;
  const start = zonedEpoch("Europe/Berlin", local, 10 * 60);
  return { argument: `10:00-11:00 ${iso}`, start, end: start + 3_600_000 };
}
