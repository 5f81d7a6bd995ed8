import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { parseDayArgument } from "../../../core/availability/dayArgument.js";
import type { LegacyTextLanguage } from "../../../core/legacy-text-language.js";
import { compareLocalDates, formatLocalDate, parseIsoLocalDate } from "../../../core/time/localDate.js";
import type { LocalDate, TimeRange } from "../../../core/time/types.js";
import { formatWeeklyHours, parseWeeklyHours, type WeeklyHoursError } from "../../../core/time/weeklyText.js";
import { loadAvailability, updateAvailability } from "../../../store/appointments.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../i18n.js";
import { weeklyHoursErrorHtml } from "../../views/weekly-hours.js";
import { dateLabel, rangesLabel } from "./format.js";
import { loadSchedule } from "./schedule.js";
import { fill, T } from "./texts.js";
import { replaceMessage } from "./edit.js";

const OFF_WORDS = /^(?:off|frei|geschlossen|closed|zu|ruhetag)$/i;

const overrideCodec = callbackCodec("ovr", ["date"], z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }));

/** "14:00-18:00", "14-18, 20-02", "off" → that day's ranges. */
function parseDayRanges(text: string): { ok: true; ranges: TimeRange[] } | { ok: false; error: WeeklyHoursError } {
  if (OFF_WORDS.test(text.trim())) return { ok: true, ranges: [] };
  const parsed = parseWeeklyHours(text);
  if (!parsed.ok) return parsed;
  const ranges = parsed.hours[0];
  const sameEveryDay = parsed.hours.every((d) => d === ranges);
  if (!sameEveryDay) return { ok: false, error: { code: "unknown-token", at: text.trim().split(/\s+/)[0] ?? "" } };
  return { ok: true, ranges: [...ranges] };
}

async function showHours(ctx: BotContext): Promise<void> {
  const settings = await loadAvailability(ctx.app.stores);
  const lines = [fill(T.hoursNow[ctx.lang], { hours: escapeHtml(formatWeeklyHours(settings.weekly, ctx.lang)) })];
  const special = upcomingOverrides(settings.overrides, (await loadSchedule(ctx)).today);
  if (special.length > 0) {
    lines.push("", T.specialDays[ctx.lang]);
    for (const [date, ranges] of special) lines.push(`• ${overrideLine(date, ranges, ctx.lang)}`);
  }
  lines.push("", T.hoursHelp[ctx.lang]);
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
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

function overrideLine(date: LocalDate, ranges: readonly TimeRange[], lang: LegacyTextLanguage): string {
  return `${dateLabel(date, lang)}: ${ranges.length === 0 ? T.dayOffWord[lang] : rangesLabel(ranges)}`;
}

export const hoursComposer = new Composer<BotContext>();

hoursComposer.command("hours", async (ctx) => {
  const arg = ctx.match.trim();
  if (arg === "") return showHours(ctx);
  const { today } = await loadSchedule(ctx);
  const [first = "", ...rest] = arg.split(/\s+/);
  const date = /\d/.test(first) || /^(heute|morgen|übermorgen|today|tomorrow)$/i.test(first) ? parseDayArgument(first, today) : undefined;
  if (date && rest.length > 0) {
    if (compareLocalDates(date, today) < 0) {
      return void (await ctx.reply(fill(T.pastDate[ctx.lang], { date: dateLabel(date, ctx.lang) })));
    }
    const parsed = parseDayRanges(rest.join(" "));
    if (!parsed.ok) {
      return void (await ctx.reply(`${weeklyHoursErrorHtml(parsed.error, ctx.t)}\n\n${T.hoursHelp[ctx.lang]}`, { parse_mode: "HTML" }));
    }
    await updateAvailability(ctx.app.stores, (s) => ({
      ...s,
      overrides: { ...s.overrides, [formatLocalDate(date)]: parsed.ranges },
    }));
    ctx.app.logger.info({ kind: "override", ranges: parsed.ranges.length }, "hours changed");
    const text =
      parsed.ranges.length === 0
        ? fill(T.overrideOff[ctx.lang], { date: dateLabel(date, ctx.lang) })
        : fill(T.overrideSaved[ctx.lang], { date: dateLabel(date, ctx.lang), hours: rangesLabel(parsed.ranges) });
    return void (await ctx.reply(text, { parse_mode: "HTML" }));
  }
  const parsed = parseWeeklyHours(arg);
  if (!parsed.ok) {
    return void (await ctx.reply(`${weeklyHoursErrorHtml(parsed.error, ctx.t)}\n\n${T.hoursHelp[ctx.lang]}`, { parse_mode: "HTML" }));
  }
  const saved = await updateAvailability(ctx.app.stores, (s) => ({ ...s, weekly: parsed.hours }));
  ctx.app.logger.info({ kind: "weekly" }, "hours changed");
  await ctx.reply(fill(T.hoursSaved[ctx.lang], { hours: escapeHtml(formatWeeklyHours(saved.weekly, ctx.lang)) }), {
    parse_mode: "HTML",
  });
});

async function listSpecialDays(ctx: BotContext): Promise<void> {
  const settings = await loadAvailability(ctx.app.stores);
  const special = upcomingOverrides(settings.overrides, (await loadSchedule(ctx)).today);
  if (special.length === 0) return void (await ctx.reply(T.noSpecialDays[ctx.lang], { parse_mode: "HTML" }));
  const keyboard = new InlineKeyboard([]);
  for (const [date, ranges] of special.slice(0, 30)) {
    keyboard.row().text(`✖ ${overrideLine(date, ranges, ctx.lang)}`, overrideCodec.pack({ date: formatLocalDate(date) }));
  }
  await ctx.reply(`${T.specialDays[ctx.lang]}\n${T.tapToRemove[ctx.lang]}`, { parse_mode: "HTML", reply_markup: keyboard });
}

hoursComposer.command("off", async (ctx) => {
  const arg = ctx.match.trim();
  if (arg === "" || /^(list|liste)$/i.test(arg)) return listSpecialDays(ctx);
  const { today } = await loadSchedule(ctx);
  const date = parseDayArgument(arg.replace(/^(?:remove|entfernen|weg)\s+/i, ""), today);
  if (!date) return void (await ctx.reply(T.offHelp[ctx.lang], { parse_mode: "HTML" }));
  if (compareLocalDates(date, today) < 0) {
    return void (await ctx.reply(fill(T.pastDate[ctx.lang], { date: dateLabel(date, ctx.lang) })));
  }
  const key = formatLocalDate(date);
  if (/^(?:remove|entfernen|weg)\s/i.test(arg)) {
    await updateAvailability(ctx.app.stores, (s) => {
      const { [key]: _removed, ...overrides } = s.overrides;
      return { ...s, overrides };
    });
    return void (await ctx.reply(fill(T.overrideRemoved[ctx.lang], { date: dateLabel(date, ctx.lang) })));
  }
  await updateAvailability(ctx.app.stores, (s) => ({ ...s, overrides: { ...s.overrides, [key]: [] } }));
  ctx.app.logger.info({ kind: "day-off" }, "hours changed");
  await ctx.reply(fill(T.overrideOff[ctx.lang], { date: dateLabel(date, ctx.lang) }));
});

hoursComposer.callbackQuery(overrideCodec.pattern, async (ctx) => {
  const data = overrideCodec.unpack(ctx.callbackQuery.data);
  const date = data ? parseIsoLocalDate(data.date) : undefined;
  if (!data || !date) return void (await ctx.answerCallbackQuery({ text: T.stale[ctx.lang] }));
  await updateAvailability(ctx.app.stores, (s) => {
    const { [data.date]: _removed, ...overrides } = s.overrides;
    return { ...s, overrides };
  });
  await ctx.answerCallbackQuery();
  await replaceMessage(ctx, fill(T.overrideRemoved[ctx.lang], { date: dateLabel(date, ctx.lang) }));
});
