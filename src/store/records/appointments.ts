import { z } from "zod";
import { epochMs } from "./shared.js";

/** Random, so it says nothing; safe in callback data. */
export const appointmentId = z.string().regex(/^[A-Za-z0-9_-]{8,16}$/);
/** Collection#keyOf of the contact's number: links a booking to a card without naming it. */
const contactKey = z.string().regex(/^[A-Za-z0-9_-]{32}$/);

/** A booked appointment: only its time and, if she named one, which contact. */
export const bookingSchema = z
  .object({
    id: appointmentId,
    start: epochMs,
    end: epochMs,
    contactKey: contactKey.optional(),
    createdAt: epochMs,
  })
  .refine((b) => b.start < b.end, "start must be before end");
export type BookingRecord = z.infer<typeof bookingSchema>;
export const BOOKING_VERSION = 1;

/** A slot offered in a draft and kept free until it expires. */
export const holdSchema = z
  .object({
    id: appointmentId,
    start: epochMs,
    end: epochMs,
    expiresAt: epochMs,
    contactKey: contactKey.optional(),
    createdAt: epochMs,
  })
  .refine((h) => h.start < h.end, "start must be before end");
export type HoldRecord = z.infer<typeof holdSchema>;
export const HOLD_VERSION = 1;

/**
 * The bookings that start in one UTC month, stored as one record under a keyed hash of the month
 * ("2026-11"), so reading every booking decrypts a record per month instead of one per booking
 * and the storage keys do not say which months she works.
 */
export const bookingMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  bookings: z.array(bookingSchema),
});
export type BookingMonthRecord = z.infer<typeof bookingMonthSchema>;
export const BOOKING_MONTH_VERSION = 1;
