import { z } from "zod";
import { appointmentId } from "../../../store/records/appointments.js";
import { callbackCodec } from "../../callback-data.js";

/** Her taps on a check-in: ok (end it), extend by 15, 30 or 60 minutes, add the place, add the number. */
export const checkInCallback = callbackCodec("ci", ["a", "id"], z.object({ a: z.enum(["ok", "x15", "x30", "x60", "pl", "nu"]), id: appointmentId }));
/** A check-in for one of the day's bookings, from /day. */
export const bookingCheckInCallback = callbackCodec("cib", ["id"], z.object({ id: appointmentId }));
/** /buddy: make an invite, confirm or refuse who used it, remove the buddy (asked, then done). */
export const buddyCallback = callbackCodec("bd", ["a"], z.object({ a: z.enum(["inv", "yes", "no", "rm", "rmy", "rmn"]) }));
/** The buddy's one button under an alert. */
export const alertSeenCallback = callbackCodec("sfs", ["id"], z.object({ id: appointmentId }));
export const GRACE_CHOICES = [10, 15, 20, 30] as const;
/** /safety: the grace period. */
export const graceCallback = callbackCodec("sfg", ["m"], z.object({ m: z.enum(GRACE_CHOICES.map(String) as [string, ...string[]]) }));
/** /warnlist export: yes or no after she read what leaves the bot. */
export const warnExportCallback = callbackCodec("wle", ["a"], z.object({ a: z.enum(["yes", "no"]) }));
