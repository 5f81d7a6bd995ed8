import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { isRelativeDayWord, readDayArgument } from "../../../core/availability/dayArgument.js";
import { parseOffArgument } from "../../../core/availability/offArgument.js";
import type { AvailabilitySettings } from "../../../core/availability/types.js";
import type { DayReading } from "../../../core/time/lateNight.js";
import { compareLocalDates, formatLocalDate, parseIsoLocalDate } from "../../../core/time/localDate.js";
import type { LocalDate, TimeRange } from "../../../core/time/types.js";
import { formatTimeRanges, parseDayHours, parseWeeklyHours } from "../../../core/time/weeklyText.js";
import { loadAvailability, updateAvailability } from "../../../store/appointments.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { weeklyHoursErrorHtml, weeklyHoursText } from "../../views/weekly-hours.js";
import { dateLabel } from "./format.js";
import { addOtherReading, isAskable, isoDate, lateNightLine } from "./day-reading.js";
import { loadSchedule, type Schedule } from "./schedule.js";
import { replaceMessage } from "./edit.js";

const overrideCodec = callbackCodec("ovr", ["date"], z.object({ date: isoDate }));

/**
 * What a day's override was before a command changed it, small enough for callback data:
 * "n" none, "o" a day off, else ranges as base-36 minutes ("nk-u0.xc-1ao").
 */
const PRIOR = /^(?:n|o|[0-9a-z]{1,3}-[0-9a-z]{1,3}(?:\.[0-9a-z]{1,3}-[0-9a-z]{1,3}){0,3})$/;
/** Moves what a command wrote for date a (one reading of a day word said late at night) to date b, the other; a gets back p. */
const moveOverrideCodec = callbackCodec("ovmv", ["a", "b", "p"], z.object({ a: isoDate, b: isoDate, p: z.string().regex(PRIOR) }));

function encodePrior(ranges: readonly TimeRange[] | undefined): string | undefined {
  if (ranges === undefined) return "n";
  if (ranges.length === 0) return "o";
  const text = ranges.map((r) => `${r.start.toString(36)}-${r.end.toString(36)}`).join(".");
  return PRIOR.test(text) ? text : undefined;
}

function decodePrior(text: string): readonly TimeRange[] | undefined | "invalid" {
  if (text === "n") return undefined;
  if (text === "o") return [];
  const ranges = text.split(".").map((r) => {
    const [start = NaN, end = NaN] = r.split("-").map((n) => parseInt(n, 36));
    return { start, end };
  });
  return ranges.every((r) => r.start >= 0 && r.start < 1440 && r.end > r.start && r.end - r.start <= 1440) ? ranges : "invalid";
}

/** The settings with `date`'s override set to `ranges`, or lifted for undefined. */
function withOverride(s: AvailabilitySettings, key: string, ranges: readonly TimeRange[] | undefined): AvailabilitySettings {
  const { [key]: _replaced, ...others } = s.overrides;
  return { ...s, overrides: ranges === undefined ? others : { ...others, [key]: [...ranges] } };
}

/** What an override now says about `date`. */
function overrideText(date: LocalDate, ranges: readonly TimeRange[] | undefined, t: Translate): string {
  const label = dateLabel(date, t);
  if (ranges === undefined) return t("availability-override-removed", { date: label });
  if (ranges.length === 0) return t("availability-override-off", { date: label });
  return t("availability-override-saved", { date: label, hours: formatTimeRanges(ranges) });
}

/**
 * Sets (or, for undefined, lifts) the override of the day read and says so; a day word read late
 * at night gets the date named and a tap that moves the change to the other reading.
 */
async function changeOverride(ctx: BotContext, schedule: Schedule, reading: DayReading, ranges: readonly TimeRange[] | undefined): Promise<void> {
  const { t } = ctx;
  const key = formatLocalDate(reading.date);
  let prior: readonly TimeRange[] | undefined;
  await updateAvailability(ctx.app.stores, (s) => {
    prior = s.overrides[key];
    return withOverride(s, key, ranges);
  });
  ctx.app.logger.info({ kind: ranges === undefined ? "override-removed" : ranges.length === 0 ? "day-off" : "override", ranges: ranges?.length ?? 0 }, "hours changed");
  const text = overrideText(reading.date, ranges, t);
  const lateNight = lateNightLine(reading, schedule, t);
  const p = encodePrior(prior);
  if (!lateNight || !reading.alternative) return void (await ctx.reply(text, { parse_mode: "HTML" }));
  const keyboard = p === undefined
    ? undefined
    : addOtherReading(new InlineKeyboard([]), reading.alternative, moveOverrideCodec.pack({ a: key, b: formatLocalDate(reading.alternative), p }), t);
  await ctx.reply(`${text}\n${lateNight}`, { parse_mode: "HTML", ...(keyboard && { reply_markup: keyboard }) });
}

function upcomingOverrides(
  overrides: Readonly<Record<string, readonly TimeRange[]>>,
  today: LocalDate,
): Array<[LocalDate, readonly TimeRange[]]> {
  return Object.entries(overrides)
    .map(([key, ranges]) => [parseIsoLocalDate(key), ranges] as const)
    .filter((e): e is readonly [LocalDate, readonly TimeRange[]] => e[0] !== undefined && compareLocalDates(e[0], today) >= 0)
    .sort((a, b) => compareLocalDates(a[0], b[0]))
    .map(([d, r]) => [d, r]);
}

function specialDayLine(date: LocalDate, ranges: readonly TimeRange[], t: Translate): string {
  return t("availability-special-day", { date: dateLabel(date, t), hours: ranges.length === 0 ? t("availability-day-off") : formatTimeRanges(ranges) });
}

async function showHours(ctx: BotContext): Promise<void> {
  const { t } = ctx;
  const settings = await loadAvailability(ctx.app.stores);
  const lines = [t("availability-hours-now", { hours: escapeHtml(weeklyHoursText(settings.weekly, t)) })];
  const special = upcomingOverrides(settings.overrides, (await loadSchedule(ctx)).today);
  if (special.length > 0) {
    lines.push("", t("availability-special-days"));
    for (const [date, ranges] of special) lines.push(`• ${specialDayLine(date, ranges, t)}`);
  }
  lines.push("", t("availability-hours-help"));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
}

export const hoursComposer = new Composer<BotContext>();

hoursComposer.command("hours", async (ctx) => {
  const { t } = ctx;
  const arg = ctx.match.trim();
  if (arg === "") return showHours(ctx);
  const schedule = await loadSchedule(ctx);
  const [first = "", ...rest] = arg.split(/\s+/);
  // A date or "morgen" first names one day; a weekday first ("mo 11-21") is weekly hours.
  const reading = /\d/.test(first) || isRelativeDayWord(first) ? readDayArgument(first, schedule.clock) : undefined;
  if (reading && rest.length > 0) {
    if (!isAskable(reading.date, schedule.clock)) {
      return void (await ctx.reply(t("availability-past-date", { date: dateLabel(reading.date, t) })));
    }
    const parsed = parseDayHours(rest.join(" "));
    if (!parsed.ok) {
      return void (await ctx.reply(`${weeklyHoursErrorHtml(parsed.error, t)}\n\n${t("availability-hours-help")}`, { parse_mode: "HTML" }));
    }
    return changeOverride(ctx, schedule, reading, parsed.ranges);
  }
  const parsed = parseWeeklyHours(arg);
  if (!parsed.ok) {
    return void (await ctx.reply(`${weeklyHoursErrorHtml(parsed.error, t)}\n\n${t("availability-hours-help")}`, { parse_mode: "HTML" }));
  }
  const saved = await updateAvailability(ctx.app.stores, (s) => ({ ...s, weekly: parsed.hours }));
  ctx.app.logger.info({ kind: "weekly" }, "hours changed");
  await ctx.reply(t("availability-hours-saved", { hours: escapeHtml(weeklyHoursText(saved.weekly, t)) }), { parse_mode: "HTML" });
});

async function listSpecialDays(ctx: BotContext, today: LocalDate): Promise<void> {
  const { t } = ctx;
  const settings = await loadAvailability(ctx.app.stores);
  const special = upcomingOverrides(settings.overrides, today);
  if (special.length === 0) return void (await ctx.reply(t("availability-no-special-days"), { parse_mode: "HTML" }));
  const keyboard = new InlineKeyboard([]);
  for (const [date, ranges] of special.slice(0, 30)) {
    keyboard.row().text(`✖ ${specialDayLine(date, ranges, t)}`, overrideCodec.pack({ date: formatLocalDate(date) }));
  }
  await ctx.reply(`${t("availability-special-days")}\n${t("availability-tap-to-remove")}`, { parse_mode: "HTML", reply_markup: keyboard });
}

hoursComposer.command("off", async (ctx) => {
  const { t } = ctx;
  const schedule = await loadSchedule(ctx);
  const parsed = parseOffArgument(ctx.match, schedule.clock);
  if (!parsed) return void (await ctx.reply(t("availability-off-help"), { parse_mode: "HTML" }));
  if (parsed.kind === "list") return listSpecialDays(ctx, schedule.today);
  if (!isAskable(parsed.day.date, schedule.clock)) {
    return void (await ctx.reply(t("availability-past-date", { date: dateLabel(parsed.day.date, t) })));
  }
  await changeOverride(ctx, schedule, parsed.day, parsed.kind === "remove" ? undefined : []);
});

hoursComposer.callbackQuery(overrideCodec.pattern, async (ctx) => {
  const data = overrideCodec.unpack(ctx.callbackQuery.data);
  const date = data ? parseIsoLocalDate(data.date) : undefined;
  if (!data || !date) return void (await ctx.answerCallbackQuery({ text: ctx.t("availability-stale") }));
  await updateAvailability(ctx.app.stores, (s) => withOverride(s, data.date, undefined));
  await ctx.answerCallbackQuery();
  await replaceMessage(ctx, overrideText(date, undefined, ctx.t));
});

/** The other reading: what the command wrote moves to the other date, and the first gets back what it had. */
hoursComposer.callbackQuery(moveOverrideCodec.pattern, async (ctx) => {
  const data = moveOverrideCodec.unpack(ctx.callbackQuery.data);
  const from = data && parseIsoLocalDate(data.a);
  const to = data && parseIsoLocalDate(data.b);
  const prior = data ? decodePrior(data.p) : "invalid";
  if (!data || !from || !to || prior === "invalid") return void (await ctx.answerCallbackQuery({ text: ctx.t("availability-stale") }));
  let moved: readonly TimeRange[] | undefined;
  await updateAvailability(ctx.app.stores, (s) => {
    moved = s.overrides[data.a];
    return withOverride(withOverride(s, data.b, moved), data.a, prior);
  });
  ctx.app.logger.info({ kind: "override-moved" }, "hours changed");
  await ctx.answerCallbackQuery();
  const text = `${overrideText(to, moved, ctx.t)}\n${ctx.t("availability-override-restored", { date: dateLabel(from, ctx.t) })}`;
  await replaceMessage(ctx, text, new InlineKeyboard([]));
});
