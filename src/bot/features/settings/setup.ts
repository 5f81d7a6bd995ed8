import { createConversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { Lang } from "../../../core/lang.js";
import { formatWeeklyHours, parseWeeklyHours } from "../../../core/time/weeklyText.js";
import type { WeeklyHours } from "../../../core/time/types.js";
import { loadAvailability, updateAvailability } from "../../../store/appointments.js";
import { GENERAL_ID } from "../../../store/records/general.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext, BotConversation, InnerContext } from "../../context.js";
import { escapeHtml, type Localized } from "../../i18n.js";
import { weeklyErrorText } from "../availability/hours.js";
import { parseMinutes, settingsSummary } from "./summary.js";

export const SETUP_ID = "setup";
const codec = callbackCodec("setup", ["v"], z.object({ v: z.string().regex(/^[a-z0-9]{1,12}$/) }));

const Q = {
  intro: {
    de: "Kurz einrichten – vier Fragen. Tippe einen Knopf oder schreib die Antwort. „Behalten“ lässt den Wert, wie er ist.",
    en: "Quick setup — four questions. Tap a button or type the answer. “Keep” leaves the value as it is.",
  },
  hours: {
    de: "1/4 <b>Wann arbeitest du?</b>\nJetzt: {now}\nZum Beispiel: <code>Mo-Fr 11-21; Sa 12-18</code> oder <code>Fr 20:00-02:00</code>",
    en: "1/4 <b>When do you work?</b>\nNow: {now}\nFor example: <code>Mon-Fri 11-21; Sat 12-18</code> or <code>Fri 20:00-02:00</code>",
  },
  buffer: {
    de: "2/4 <b>Puffer vor und nach jedem Termin</b> (Anfahrt, Vorbereitung), in Minuten.\nJetzt: {now} min",
    en: "2/4 <b>Buffer before and after each appointment</b> (travel, preparation), in minutes.\nNow: {now} min",
  },
  notice: {
    de: "3/4 <b>Vorlauf:</b> wie kurzfristig darf ein Termin frühestens sein? Z. B. <code>2h</code> oder <code>90</code> (Minuten).\nJetzt: {now} min",
    en: "3/4 <b>Notice:</b> how soon may an appointment start at the earliest? E.g. <code>2h</code> or <code>90</code> (minutes).\nNow: {now} min",
  },
  language: { de: "4/4 <b>Sprache</b> meiner Antworten?", en: "4/4 <b>Language</b> of my replies?" },
  keep: { de: "Behalten", en: "Keep" },
  badMinutes: {
    de: "Bitte eine Zahl in Minuten (0–480), z. B. <code>30</code>, oder tippe „Behalten“.",
    en: "Please a number of minutes (0–480), e.g. <code>30</code>, or tap “Keep”.",
  },
  badLanguage: { de: "Bitte <code>de</code> oder <code>en</code> – oder tippe einen Knopf.", en: "Please <code>de</code> or <code>en</code> — or tap a button." },
  done: {
    de: "✅ Fertig. Ändern kannst du alles jederzeit mit /settings, /hours und /off.",
    en: "✅ Done. You can change everything any time with /settings, /hours and /off.",
  },
} satisfies Record<string, Localized>;

const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (w, k: string) => String(v[k] ?? w));

const PRESETS: Readonly<Record<string, string>> = { p1: "mo-fr 11-21", p2: "mo-sa 12-20", p3: "täglich 10-22" };

type Answer = { kind: "button"; value: string } | { kind: "text"; text: string };

/**
 * Waits for a tap on one of this step's buttons or a typed answer. A command ends the setup
 * and is handled as usual, so she is never stuck in it.
 */
async function ask(
  conversation: BotConversation,
  ctx: InnerContext,
  html: string,
  keyboard: InlineKeyboard,
): Promise<Answer> {
  await ctx.reply(html, { parse_mode: "HTML", reply_markup: keyboard });
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data !== undefined) {
      const parsed = codec.unpack(data);
      // Another feature's button (e.g. on /day) is handled there; setup keeps waiting.
      if (!parsed) await conversation.skip({ next: true });
      await next.answerCallbackQuery();
      if (parsed) return { kind: "button", value: parsed.v };
    }
    const text = next.message?.text;
    if (text === undefined) continue;
    if (text.startsWith("/")) await conversation.halt({ next: true });
    return { kind: "text", text };
  }
}

const keepRow = (kb: InlineKeyboard, lang: Lang) => kb.row().text(Q.keep[lang], codec.pack({ v: "keep" }));

/** The first-run setup (and /settings → "set up again"): hours, buffer, notice, language. */
export async function setupConversation(conversation: BotConversation, ctx: InnerContext): Promise<void> {
  const initial = await conversation.external((outer: BotContext) => ({ lang: outer.lang }));
  let lang: Lang = initial.lang;
  const current = await conversation.external((outer: BotContext) => loadAvailability(outer.app.stores));
  await ctx.reply(Q.intro[lang]);

  // 1. hours
  let weekly: WeeklyHours = current.weekly;
  let prompt = fill(Q.hours[lang], { now: escapeHtml(formatWeeklyHours(current.weekly, lang)) });
  for (;;) {
    const kb = new InlineKeyboard([]);
    for (const [key, text] of Object.entries(PRESETS)) {
      const parsed = parseWeeklyHours(text);
      if (parsed.ok) kb.row().text(formatWeeklyHours(parsed.hours, lang), codec.pack({ v: key }));
    }
    const answer = await ask(conversation, ctx, prompt, keepRow(kb, lang));
    if (answer.kind === "button" && answer.value === "keep") break;
    const source = answer.kind === "button" ? PRESETS[answer.value] : answer.text;
    const parsed = source === undefined ? undefined : parseWeeklyHours(source);
    if (parsed?.ok) {
      weekly = parsed.hours;
      break;
    }
    prompt = parsed ? `${weeklyErrorText(parsed.error, lang)}\n\n${fill(Q.hours[lang], { now: escapeHtml(formatWeeklyHours(current.weekly, lang)) })}` : prompt;
  }

  // 2. buffer, 3. notice
  const minutesStep = async (html: string, choices: readonly number[]): Promise<number | undefined> => {
    let text = html;
    for (;;) {
      const kb = new InlineKeyboard();
      for (const c of choices) kb.text(c === 0 ? "0" : c % 60 === 0 ? `${c / 60} h` : `${c} min`, codec.pack({ v: `m${c}` }));
      const answer = await ask(conversation, ctx, text, keepRow(kb, lang));
      if (answer.kind === "button") return answer.value === "keep" ? undefined : Number(answer.value.slice(1));
      const minutes = parseMinutes(answer.text);
      if (minutes !== undefined && minutes >= 0 && minutes <= 480) return minutes;
      text = `${Q.badMinutes[lang]}\n\n${html}`;
    }
  };
  const buffer = await minutesStep(fill(Q.buffer[lang], { now: current.bufferBeforeMinutes }), [0, 15, 30, 45, 60]);
  const notice = await minutesStep(fill(Q.notice[lang], { now: current.noticeMinutes }), [60, 120, 180, 240]);

  // 4. language
  let prompt4 = Q.language[lang];
  for (;;) {
    const kb = new InlineKeyboard().text("Deutsch", codec.pack({ v: "de" })).text("English", codec.pack({ v: "en" }));
    const answer = await ask(conversation, ctx, prompt4, keepRow(kb, lang));
    const value = answer.kind === "button" ? answer.value : answer.text.trim().toLowerCase();
    if (value === "keep") break;
    if (/^(de|deutsch|german)$/.test(value)) { lang = "de"; break; }
    if (/^(en|english|englisch)$/.test(value)) { lang = "en"; break; }
    prompt4 = `${Q.badLanguage[lang]}\n\n${Q.language[lang]}`;
  }

  const chosenLang = lang;
  const saved = await conversation.external(async (outer: BotContext) => {
    const settings = await updateAvailability(outer.app.stores, (s) => ({
      ...s,
      weekly,
      ...(buffer !== undefined && { bufferBeforeMinutes: buffer, bufferAfterMinutes: buffer }),
      ...(notice !== undefined && { noticeMinutes: notice }),
    }));
    await outer.app.stores.general.update(GENERAL_ID, (g) => ({ ...g, setupDone: true, lang: chosenLang }));
    outer.app.logger.info({ step: "setup" }, "setup finished");
    return settings;
  });
  await ctx.reply(`${Q.done[lang]}\n\n${settingsSummary(saved, lang)}`, { parse_mode: "HTML" });
}

/** Registered before /start handles anything, so /start and /settings can both enter it. */
export const setupConversationMiddleware = createConversation<BotContext, InnerContext>(setupConversation, SETUP_ID);

/** Starts the setup from its first question, also when a setup was left half-way. */
export async function restartSetup(ctx: BotContext): Promise<void> {
  if (ctx.conversation.active(SETUP_ID) > 0) await ctx.conversation.exit(SETUP_ID);
  await ctx.conversation.enter(SETUP_ID);
}
