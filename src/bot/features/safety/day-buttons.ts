import { InlineKeyboard } from "grammy";
import type { BookingRecord } from "../../../store/records/appointments.js";
import type { Translate } from "../../i18n.js";
import { bookingCheckInCallback } from "./callbacks.js";
import { clockIn } from "./format.js";

/** One "🛡 Check-in 19:30" button per booking of the day that has not ended yet, for /day. */
export function checkInButtons(t: Translate, bookings: readonly BookingRecord[], now: number, timeZone: string) {
  return bookings
    .filter((b) => b.end > now)
    .map((b) => InlineKeyboard.text(t("safety-checkin-button", { time: clockIn(b.start, timeZone) }), bookingCheckInCallback.pack({ id: b.id })));
}
