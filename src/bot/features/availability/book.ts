import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { parseBookArgument } from "../../../core/availability/bookArgument.js";
import { parseDayArgument } from "../../../core/availability/dayArgument.js";
import { findConflicts, isHoldActive } from "../../../core/availability/busy.js";
import { hoursOn } from "../../../core/availability/slots.js";
import type { LegacyTextLanguage } from "../../../core/legacy-text-language.js";
import { formatClock } from "../../../core/time/clock.js";
import { addLocalDays } from "../../../core/time/localDate.js";
import type { Interval, LocalDate } from "../../../core/time/types.js";
import { localDateOf, zonedEpoch } from "../../../core/time/zone.js";
import { addBooking, deleteBooking, releaseHold } from "../../../store/appointments.js";
import { appointmentId } from "../../../store/records/appointments.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../i18n.js";
import { clockAt, dateLabel, intervalLabel } from "./format.js";
import { loadSchedule, resolveWho, whoLabel, type Schedule } from "./schedule.js";
import { fill, T } from "./texts.js";
import { replaceMessage } from "./edit.js";

const cancelCodec = callbackCodec("bkc", ["id"], z.object({ id: appointmentId }));

/** "Mo 23.11. 17:00–18:00 (Tom)" */
export async function bookingText(
  ctx: BotContext,
  booking: Interval & { readonly contactKey?: string | undefined },
): Promise<string> {
  const { timeZone } = ctx.app.config;
  const who = await whoLabel(ctx, booking.contactKey);
  const date = dateLabel(localDateOf(booking.start, timeZone), ctx.lang);
  return `${date} ${intervalLabel(booking, timeZone)}${who ? ` (${escapeHtml(who)})` : ""}`;
}

function insideHours(schedule: Schedule, date: LocalDate, interval: Interval): boolean {
  const { timeZone, settings } = schedule;
  const windows = [addLocalDays(date, -1), date].flatMap((d) =>
    hoursOn(settings, d).map((r) => ({ start: zonedEpoch(timeZone, d, r.start), end: zonedEpoch(timeZone, d, r.end) })),
  );
  return windows.some((w) => w.start <= interval.start && interval.end <= w.end);
}

/**
 * Records a booking unless it collides with another once buffers count. Holds in the way give
 * way: she is booking the time now, so an open offer for it is settled.
 */
export async function tryBook(
  ctx: BotContext,
  schedule: Schedule,
  interval: Interval,
  contactKey: string | undefined,
): Promise<{ ok: true; text: string } | { ok: false; text: string }> {
  const { settings, now, timeZone } = schedule;
  const lang: LegacyTextLanguage = ctx.lang;
  const conflicts = findConflicts(interval, schedule.bookings, [], settings);
  const date = localDateOf(interval.start, timeZone);
  if (conflicts.length > 0) {
    const lines = [
      fill(T.bookConflict[lang], {
        when: `${dateLabel(date, lang)} ${intervalLabel(interval, timeZone)}`,
        before: settings.bufferBeforeMinutes,
        after: settings.bufferAfterMinutes,
      }),
    ];
    for (const c of conflicts) {
      const booking = schedule.bookings.find((b) => b.id === c.id);
      lines.push(`• ${T.appointment[lang]} ${await bookingText(ctx, { ...c, contactKey: booking?.contactKey })}`);
    }
    lines.push("", fill(T.bookConflictHint[lang], { day: formatDayArg(date, schedule.today, lang) }));
    return { ok: false, text: lines.join("\n") };
  }
  const settled = findConflicts(interval, [], schedule.holds.filter((h) => isHoldActive(h, now)), settings, now);
  for (const hold of settled) await releaseHold(ctx.app.stores, hold.id);
  const booking = await addBooking(ctx.app.stores, { start: interval.start, end: interval.end, ...(contactKey !== undefined && { contactKey }) }, now);
  ctx.app.logger.info({ bookingId: booking.id, holdsSettled: settled.length, linked: contactKey !== undefined }, "booked");
  const lines = [fill(T.booked[lang], { when: await bookingText(ctx, booking) })];
  for (const hold of settled) lines.push(fill(T.heldReleased[lang], { time: clockAt(hold.start, timeZone) }));
  if (!insideHours(schedule, date, interval)) lines.push(T.outsideHours[lang]);
  return { ok: true, text: lines.join("\n") };
}

/** The shortest /free or /day argument that names `date`. */
export function formatDayArg(date: LocalDate, today: LocalDate, lang: LegacyTextLanguage): string {
  const days = Math.round(
    (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(today.year, today.month - 1, today.day)) / 86_400_000,
  );
  if (days === 0) return "";
  if (days === 1) return T.tomorrow[lang];
  return `${String(date.year)}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

export const bookComposer = new Composer<BotContext>();

bookComposer.command("book", async (ctx) => {
  const lang = ctx.lang;
  const schedule = await loadSchedule(ctx);
  const parsed = parseBookArgument(ctx.match, schedule.today);
  if (!parsed.ok) {
    const reason =
      parsed.error === "bad-time" ? T.bookBadTime[lang]
      : parsed.error === "bad-length" ? T.bookBadLength[lang]
      : parsed.error === "two-days" ? T.bookTwoDays[lang]
      : "";
    return void (await ctx.reply([reason, T.bookHelp[lang]].filter(Boolean).join("\n\n"), { parse_mode: "HTML" }));
  }
  const { date, start, dateImplied, who } = parsed.value;
  const end = parsed.value.end ?? start + schedule.settings.appointmentMinutes;
  const interval = { start: zonedEpoch(schedule.timeZone, date, start), end: zonedEpoch(schedule.timeZone, date, end) };
  if (dateImplied && interval.start < schedule.now) {
    return void (await ctx.reply(fill(T.bookPassed[lang], { time: formatClock(start) }), { parse_mode: "HTML" }));
  }
  if (interval.end <= interval.start) return void (await ctx.reply(`${T.bookBadTime[lang]}\n\n${T.bookHelp[lang]}`, { parse_mode: "HTML" }));
  let contactKey: string | undefined;
  if (who !== undefined) {
    const resolved = await resolveWho(ctx, who);
    if (!resolved.ok) {
      const reason =
        resolved.error === "unknown-alias" ? T.unknownAlias[lang]
        : resolved.error === "ambiguous-alias" ? T.ambiguousAlias[lang]
        : T.notANumber[lang];
      return void (await ctx.reply(reason));
    }
    contactKey = resolved.contactKey;
  }
  const result = await tryBook(ctx, schedule, interval, contactKey);
  await ctx.reply(result.text, { parse_mode: "HTML" });
});

bookComposer.command("cancel", async (ctx) => {
  const lang = ctx.lang;
  const schedule = await loadSchedule(ctx);
  const arg = ctx.match.trim();
  const date = arg === "" ? schedule.today : parseDayArgument(arg, schedule.today);
  if (!date) return void (await ctx.reply(T.dayArgHelp[lang], { parse_mode: "HTML" }));
  const from = zonedEpoch(schedule.timeZone, date, 0);
  const to = zonedEpoch(schedule.timeZone, addLocalDays(date, 1), 0);
  const bookings = schedule.bookings.filter((b) => b.start >= from && b.start < to);
  if (bookings.length === 0) return void (await ctx.reply(fill(T.cancelNone[lang], { date: dateLabel(date, lang) })));
  const keyboard = new InlineKeyboard([]);
  for (const b of bookings) {
    const who = await whoLabel(ctx, b.contactKey);
    keyboard.row().text(`✖ ${intervalLabel(b, schedule.timeZone)}${who ? ` ${who}` : ""}`, cancelCodec.pack({ id: b.id }));
  }
  await ctx.reply(fill(T.cancelPick[lang], { date: dateLabel(date, lang) }), { reply_markup: keyboard });
});

bookComposer.callbackQuery(cancelCodec.pattern, async (ctx) => {
  const data = cancelCodec.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: T.stale[ctx.lang] }));
  const removed = await deleteBooking(ctx.app.stores, data.id);
  if (!removed) return void (await ctx.answerCallbackQuery({ text: T.cancelGone[ctx.lang] }));
  ctx.app.logger.info({ bookingId: removed.id }, "booking cancelled");
  await ctx.answerCallbackQuery();
  await replaceMessage(ctx, fill(T.cancelled[ctx.lang], { when: await bookingText(ctx, removed) }));
});
