import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { MAX_BOOKING_MINUTES, parseBookArgument } from "../../../core/availability/bookArgument.js";
import { findConflicts, isHoldActive } from "../../../core/availability/busy.js";
import { hoursOn } from "../../../core/availability/slots.js";
import { formatClock } from "../../../core/time/clock.js";
import type { DayReading } from "../../../core/time/lateNight.js";
import { addLocalDays, formatLocalDate, parseIsoLocalDate } from "../../../core/time/localDate.js";
import type { Interval, LocalDate } from "../../../core/time/types.js";
import { localDateOf, zonedEpoch, zonedParts } from "../../../core/time/zone.js";
import { addBooking, deleteBooking, releaseHold } from "../../../store/appointments.js";
import { appointmentId, type BookingRecord } from "../../../store/records/appointments.js";
import { callbackCodec, storageKeySchema } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import type { Section } from "../../views/section.js";
import { clockAt, dateLabel, intervalLabel, withWho } from "./format.js";
import { addOtherReading, dayArgumentFor, isoDate, lateNightLine, onDayCommand, onOtherReading } from "./day-reading.js";
import { loadSchedule, resolveWho, whoLabel, type Schedule } from "./schedule.js";
import { replaceMessage } from "./edit.js";

const cancelCodec = callbackCodec("bkc", ["id"], z.object({ id: appointmentId }));
/** /cancel for the other reading of a day word said late at night. */
const otherCancelDayCodec = callbackCodec("bkcalt", ["d"], z.object({ d: isoDate }));
/** Moves a booking made for one reading of a day word to the other reading (same times). */
const moveBookingCodec = callbackCodec("bkmv", ["id", "d"], z.object({ id: appointmentId, d: isoDate }));
/** Books on the other reading what could not be booked on the first: minutes after that day's midnight (base 36), and the contact or "-". */
const bookOtherDayCodec = callbackCodec(
  "bkalt",
  ["d", "s", "e", "c"],
  z.object({ d: isoDate, s: z.string().regex(/^[0-9a-z]{1,3}$/), e: z.string().regex(/^[0-9a-z]{1,3}$/), c: z.union([storageKeySchema, z.literal("-")]) }),
);

/** "Mo 23.11. 17:00–18:00 (Tom)" */
export async function bookingText(
  ctx: BotContext,
  booking: Interval & { readonly contactKey?: string | undefined },
): Promise<string> {
  const { timeZone } = ctx.app.config;
  const label = `${dateLabel(localDateOf(booking.start, timeZone), ctx.t)} ${intervalLabel(booking, timeZone)}`;
  return withWho(label, await whoLabel(ctx, booking.contactKey));
}

function insideHours(schedule: Schedule, date: LocalDate, interval: Interval): boolean {
  const { timeZone, settings } = schedule;
  const windows = [addLocalDays(date, -1), date].flatMap((d) =>
    hoursOn(settings, d).map((r) => ({ start: zonedEpoch(timeZone, d, r.start), end: zonedEpoch(timeZone, d, r.end) })),
  );
  return windows.some((w) => w.start <= interval.start && interval.end <= w.end);
}

export type BookResult = { ok: true; text: string; booking: BookingRecord } | { ok: false; text: string };

/**
 * Records a booking unless it collides with another once buffers count. Holds in the way give
 * way: she is booking the time now, so an open offer for it is settled. `instead` names the day
 * a booking was moved from.
 */
export async function tryBook(
  ctx: BotContext,
  schedule: Schedule,
  interval: Interval,
  contactKey: string | undefined,
  instead?: LocalDate,
): Promise<BookResult> {
  const { t } = ctx;
  const { settings, now, timeZone } = schedule;
  const conflicts = findConflicts(interval, schedule.bookings, [], settings);
  const date = localDateOf(interval.start, timeZone);
  if (conflicts.length > 0) {
    const lines = [
      t("availability-book-conflict", {
        when: `${dateLabel(date, t)} ${intervalLabel(interval, timeZone)}`,
        before: settings.bufferBeforeMinutes,
        after: settings.bufferAfterMinutes,
      }),
    ];
    for (const c of conflicts) {
      const booking = schedule.bookings.find((b) => b.id === c.id);
      lines.push(t("availability-conflict-item", { booking: await bookingText(ctx, { ...c, contactKey: booking?.contactKey }) }));
    }
    lines.push("", t("availability-book-conflict-hint", { day: dayArgumentFor(date, schedule, t) }));
    return { ok: false, text: lines.join("\n") };
  }
  const settled = findConflicts(interval, [], schedule.holds.filter((h) => isHoldActive(h, now)), settings, now);
  for (const hold of settled) await releaseHold(ctx.app.stores, hold.id);
  const booking = await addBooking(ctx.app.stores, { start: interval.start, end: interval.end, ...(contactKey !== undefined && { contactKey }) }, now);
  ctx.app.logger.info({ bookingId: booking.id, holdsSettled: settled.length, linked: contactKey !== undefined }, "booked");
  const when = await bookingText(ctx, booking);
  const lines = [instead ? t("availability-booked-instead", { when, date: dateLabel(instead, t) }) : t("availability-booked", { when })];
  for (const hold of settled) lines.push(t("availability-hold-settled", { time: clockAt(hold.start, timeZone) }));
  if (!insideHours(schedule, date, interval)) lines.push(t("availability-outside-hours"));
  return { ok: true, text: lines.join("\n"), booking };
}

/** The same wall-clock times on another day. */
function sameTimesOn(date: LocalDate, startMinute: number, endMinute: number, timeZone: string): Interval {
  return { start: zonedEpoch(timeZone, date, startMinute), end: zonedEpoch(timeZone, date, endMinute) };
}

export const bookComposer = new Composer<BotContext>();

bookComposer.command("book", async (ctx) => {
  const { t } = ctx;
  const schedule = await loadSchedule(ctx);
  const parsed = parseBookArgument(ctx.match, schedule.clock);
  if (!parsed.ok) {
    const reason =
      parsed.error === "bad-time" ? t("availability-book-bad-time")
      : parsed.error === "bad-length" ? t("availability-book-bad-length")
      : parsed.error === "two-days" ? t("availability-book-two-days")
      : "";
    return void (await ctx.reply([reason, t("availability-book-help")].filter(Boolean).join("\n\n"), { parse_mode: "HTML" }));
  }
  const { start, dateImplied, who } = parsed.value;
  const end = parsed.value.end ?? start + schedule.settings.appointmentMinutes;
  let reading: DayReading = { date: parsed.value.date, ...(parsed.value.alternativeDate && { alternative: parsed.value.alternativeDate }) };
  // A day word read late at night for a time already past there: the calendar day is meant.
  if (reading.alternative && zonedEpoch(schedule.timeZone, reading.date, start) < schedule.now) reading = { date: reading.alternative };
  const interval = sameTimesOn(reading.date, start, end, schedule.timeZone);
  if (dateImplied && interval.start < schedule.now) {
    return void (await ctx.reply(t("availability-book-passed", { time: formatClock(start) }), { parse_mode: "HTML" }));
  }
  if (interval.end <= interval.start) {
    return void (await ctx.reply(`${t("availability-book-bad-time")}\n\n${t("availability-book-help")}`, { parse_mode: "HTML" }));
  }
  let contactKey: string | undefined;
  if (who !== undefined) {
    const resolved = await resolveWho(ctx, who);
    if (!resolved.ok) {
      const reason =
        resolved.error === "unknown-alias" ? t("availability-unknown-alias")
        : resolved.error === "ambiguous-alias" ? t("availability-ambiguous-alias")
        : t("availability-not-a-number");
      return void (await ctx.reply(reason));
    }
    contactKey = resolved.contactKey;
  }
  const result = await tryBook(ctx, schedule, interval, contactKey);
  const lateNight = lateNightLine(reading, schedule, t);
  if (!reading.alternative || !lateNight) return void (await ctx.reply(result.text, { parse_mode: "HTML" }));
  const data = result.ok
    ? moveBookingCodec.pack({ id: result.booking.id, d: formatLocalDate(reading.alternative) })
    : bookOtherDayCodec.pack({ d: formatLocalDate(reading.alternative), s: start.toString(36), e: end.toString(36), c: contactKey ?? "-" });
  await ctx.reply(`${result.text}\n\n${lateNight}`, {
    parse_mode: "HTML",
    reply_markup: addOtherReading(new InlineKeyboard([]), reading.alternative, data, t),
  });
});

/** The booking made for the first reading moves to the other: booked there first, then removed here. */
bookComposer.callbackQuery(moveBookingCodec.pattern, async (ctx) => {
  const data = moveBookingCodec.unpack(ctx.callbackQuery.data);
  const date = data && parseIsoLocalDate(data.d);
  if (!data || !date) return void (await ctx.answerCallbackQuery({ text: ctx.t("availability-stale") }));
  const schedule = await loadSchedule(ctx);
  const booking = schedule.bookings.find((b) => b.id === data.id);
  if (!booking) return void (await ctx.answerCallbackQuery({ text: ctx.t("availability-cancel-gone") }));
  const { timeZone } = schedule;
  const startMinute = zonedParts(booking.start, timeZone).minuteOfDay;
  const moved = { start: zonedEpoch(timeZone, date, startMinute), end: zonedEpoch(timeZone, date, startMinute) + (booking.end - booking.start) };
  const others = { ...schedule, bookings: schedule.bookings.filter((b) => b.id !== booking.id) };
  const result = await tryBook(ctx, others, moved, booking.contactKey, localDateOf(booking.start, timeZone));
  await ctx.answerCallbackQuery();
  if (!result.ok) return void (await ctx.reply(result.text, { parse_mode: "HTML" }));
  await deleteBooking(ctx.app.stores, booking.id);
  ctx.app.logger.info({ bookingId: booking.id }, "booking moved");
  await replaceMessage(ctx, result.text, new InlineKeyboard([]));
});

onOtherReading(bookComposer, bookOtherDayCodec, async (ctx, date, data) => {
  const [start, end] = [parseInt(data.s, 36), parseInt(data.e, 36)];
  // Only what /book itself reads: a start within the day, and no longer than it allows.
  if (!(start < 1440 && start < end && end - start <= MAX_BOOKING_MINUTES)) return { html: ctx.t("availability-stale") };
  const schedule = await loadSchedule(ctx);
  const interval = sameTimesOn(date, start, end, schedule.timeZone);
  return { html: (await tryBook(ctx, schedule, interval, data.c === "-" ? undefined : data.c)).text };
});

/** The day's bookings as buttons that cancel one. */
async function cancelList(ctx: BotContext, schedule: Schedule, reading: DayReading): Promise<Section> {
  const { t } = ctx;
  const { date } = reading;
  const from = zonedEpoch(schedule.timeZone, date, 0);
  const to = zonedEpoch(schedule.timeZone, addLocalDays(date, 1), 0);
  const bookings = schedule.bookings.filter((b) => b.start >= from && b.start < to);
  const keyboard = new InlineKeyboard([]);
  for (const b of bookings) {
    const who = await whoLabel(ctx, b.contactKey);
    keyboard.row().text(`✖ ${intervalLabel(b, schedule.timeZone)}${who ? ` ${who}` : ""}`, cancelCodec.pack({ id: b.id }));
  }
  const lines = [t(bookings.length === 0 ? "availability-cancel-none" : "availability-cancel-pick", { date: dateLabel(date, t) })];
  const lateNight = lateNightLine(reading, schedule, t);
  if (lateNight) lines.push(lateNight);
  if (reading.alternative) addOtherReading(keyboard, reading.alternative, otherCancelDayCodec.pack({ d: formatLocalDate(reading.alternative) }), t);
  return { html: lines.join("\n"), ...(keyboard.inline_keyboard.length > 0 && { keyboard }) };
}

onDayCommand(bookComposer, "cancel", "availability-day-arg-help", cancelList);
onOtherReading(bookComposer, otherCancelDayCodec, async (ctx, date) => cancelList(ctx, await loadSchedule(ctx), { date }));

bookComposer.callbackQuery(cancelCodec.pattern, async (ctx) => {
  const data = cancelCodec.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t("availability-stale") }));
  const removed = await deleteBooking(ctx.app.stores, data.id);
  if (!removed) return void (await ctx.answerCallbackQuery({ text: ctx.t("availability-cancel-gone") }));
  ctx.app.logger.info({ bookingId: removed.id }, "booking cancelled");
  await ctx.answerCallbackQuery();
  await replaceMessage(ctx, ctx.t("availability-cancelled", { when: await bookingText(ctx, removed) }));
});
