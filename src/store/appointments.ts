import { randomBytes } from "node:crypto";
import type { AvailabilitySettings } from "../core/availability/types.js";
import type { Interval } from "../core/time/types.js";
import { AVAILABILITY_ID, fromAvailabilityRecord, toAvailabilityRecord } from "./records/availability.js";
import type { BookingMonthRecord, BookingRecord, HoldRecord } from "./records/appointments.js";
import type { Stores } from "./stores.js";

type AppointmentStores = Pick<Stores, "availability" | "bookings" | "bookingMonths" | "holds">;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** How long a past appointment is kept before the daily sweep deletes it. */
export const DEFAULT_APPOINTMENT_RETENTION_DAYS = 14;

/** A random id that says nothing about the appointment. */
export function newAppointmentId(): string {
  return randomBytes(9).toString("base64url");
}

export async function loadAvailability(stores: AppointmentStores): Promise<AvailabilitySettings> {
  return fromAvailabilityRecord(await stores.availability.get(AVAILABILITY_ID));
}

export async function saveAvailability(stores: AppointmentStores, settings: AvailabilitySettings): Promise<void> {
  await stores.availability.set(AVAILABILITY_ID, toAvailabilityRecord(settings));
}

export async function updateAvailability(
  stores: AppointmentStores,
  change: (current: AvailabilitySettings) => AvailabilitySettings,
): Promise<AvailabilitySettings> {
  const next = change(await loadAvailability(stores));
  await saveAvailability(stores, next);
  return next;
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** The UTC month a booking is filed under: a storage partition only, no calendar meaning. */
function monthOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 7);
}

/** Writes a month's bookings, or deletes its record when none are left. */
async function saveMonth(stores: AppointmentStores, month: string, bookings: readonly BookingRecord[]): Promise<void> {
  if (bookings.length === 0) await stores.bookingMonths.delete(month);
  else await stores.bookingMonths.set(month, { month, bookings: [...bookings] } satisfies BookingMonthRecord);
}

/**
 * Moves bookings stored one a record (before month records, or from an older backup) into their
 * months. Each is deleted only after its month is written, and a booking already in its month is
 * not added twice, so a crash in between loses and doubles nothing. Costs one empty read after.
 */
async function moveSingleBookings(stores: AppointmentStores): Promise<void> {
  const single = await stores.bookings.all();
  if (single.length === 0) return;
  const byMonth = new Map<string, BookingRecord[]>();
  for (const booking of single) byMonth.set(monthOf(booking.start), [...(byMonth.get(monthOf(booking.start)) ?? []), booking]);
  for (const [month, moving] of byMonth) {
    const current = (await stores.bookingMonths.get(month))?.bookings ?? [];
    const known = new Set(current.map((b) => b.id));
    await saveMonth(stores, month, [...current, ...moving.filter((b) => !known.has(b.id))]);
  }
  for (const booking of single) await stores.bookings.delete(booking.id);
}

async function allMonths(stores: AppointmentStores): Promise<BookingMonthRecord[]> {
  await moveSingleBookings(stores);
  return stores.bookingMonths.all();
}

/** A booking is filed under the month it starts in and is shorter than a month. */
const LONGEST_BOOKING_MS = 31 * DAY_MS;

/** The months whose records can hold a booking that touches `within`. */
function monthsTouching(within: Interval): string[] {
  const months: string[] = [];
  for (let month = monthOf(within.start - LONGEST_BOOKING_MS); month <= monthOf(within.end); month = nextMonth(month)) months.push(month);
  return months;
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return monthOf(Date.UTC(year!, m!, 1));
}

/**
 * Bookings sorted by start; only those touching `within` when given, and then only the months
 * that can hold them are read and decrypted.
 */
export async function listBookings(stores: AppointmentStores, within?: Interval): Promise<BookingRecord[]> {
  let months: readonly BookingMonthRecord[];
  if (within === undefined) months = await allMonths(stores);
  else {
    await moveSingleBookings(stores);
    months = (await stores.bookingMonths.getMany(monthsTouching(within))).filter((m): m is BookingMonthRecord => m !== undefined);
  }
  const all = months.flatMap((m) => m.bookings);
  return all.filter((b) => !within || overlaps(b, within)).sort((a, b) => a.start - b.start);
}

export async function addBooking(
  stores: AppointmentStores,
  booking: { readonly start: number; readonly end: number; readonly contactKey?: string },
  now: number,
): Promise<BookingRecord> {
  const record: BookingRecord = { id: newAppointmentId(), ...booking, createdAt: now };
  const month = monthOf(record.start);
  await saveMonth(stores, month, [...((await stores.bookingMonths.get(month))?.bookings ?? []), record]);
  return record;
}

export async function deleteBooking(stores: AppointmentStores, id: string): Promise<BookingRecord | undefined> {
  for (const { month, bookings } of await allMonths(stores)) {
    const existing = bookings.find((b) => b.id === id);
    if (!existing) continue;
    await saveMonth(stores, month, bookings.filter((b) => b.id !== id));
    return existing;
  }
  return undefined;
}

/** Holds that still keep their slot free, sorted by start. */
export async function listActiveHolds(stores: AppointmentStores, now: number, within?: Interval): Promise<HoldRecord[]> {
  const all = await stores.holds.all();
  return all
    .filter((h) => h.expiresAt > now && (!within || overlaps(h, within)))
    .sort((a, b) => a.start - b.start);
}

/** Keeps the offered slots free for `holdMinutes`; a contact's earlier holds give way to the new offer. */
export async function holdSlots(
  stores: AppointmentStores,
  slots: readonly Interval[],
  options: { readonly now: number; readonly holdMinutes: number; readonly contactKey?: string },
): Promise<HoldRecord[]> {
  if (options.holdMinutes <= 0) return [];
  await dropHolds(stores, (h) => h.expiresAt <= options.now || (options.contactKey !== undefined && h.contactKey === options.contactKey));
  const expiresAt = options.now + options.holdMinutes * MINUTE_MS;
  const holds: HoldRecord[] = [];
  for (const slot of slots) {
    const hold: HoldRecord = {
      id: newAppointmentId(),
      start: slot.start,
      end: slot.end,
      expiresAt,
      ...(options.contactKey !== undefined && { contactKey: options.contactKey }),
      createdAt: options.now,
    };
    await stores.holds.set(hold.id, hold);
    holds.push(hold);
  }
  return holds;
}

export async function releaseHold(stores: AppointmentStores, id: string): Promise<HoldRecord | undefined> {
  const existing = await stores.holds.get(id);
  if (existing) await stores.holds.delete(id);
  return existing;
}

export async function releaseHoldsOf(stores: AppointmentStores, contactKey: string): Promise<number> {
  return dropHolds(stores, (h) => h.contactKey === contactKey);
}

/**
 * Deletes the holds `drop` picks, in one pass over them. Every new offer also drops the expired
 * holds, so they do not pile up between daily sweeps: each one would be read on every slot question.
 */
async function dropHolds(stores: AppointmentStores, drop: (hold: HoldRecord) => boolean): Promise<number> {
  let dropped = 0;
  for (const hold of await stores.holds.all()) {
    if (drop(hold)) {
      await stores.holds.delete(hold.id);
      dropped++;
    }
  }
  return dropped;
}

/**
 * Deletes appointments that ended more than `retentionDays` ago and every expired hold.
 * Meant for a daily sweep; returns counts only.
 */
export async function pruneAppointments(
  stores: AppointmentStores,
  now: number,
  retentionDays = DEFAULT_APPOINTMENT_RETENTION_DAYS,
): Promise<{ bookings: number; holds: number }> {
  const cutoff = now - retentionDays * DAY_MS;
  let bookings = 0;
  for (const { month, bookings: filed } of await allMonths(stores)) {
    const kept = filed.filter((b) => b.end > cutoff);
    if (kept.length === filed.length) continue;
    await saveMonth(stores, month, kept);
    bookings += filed.length - kept.length;
  }
  let holds = 0;
  for (const hold of await stores.holds.all()) {
    if (hold.expiresAt <= now) {
      await stores.holds.delete(hold.id);
      holds++;
    }
  }
  return { bookings, holds };
}
