import { createConversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { DRAFT_LANGUAGES, isDraftLanguage, type DraftLanguage } from "../../../core/draft-language.js";
import { parseWeeklyHours } from "../../../core/time/weeklyText.js";
import type { Weekday, WeeklyHours } from "../../../core/time/types.js";
import { INTERFACE_LANGUAGES, isInterfaceLanguage, type InterfaceLanguage } from "../../../interface-language.js";
import { loadAvailability, updateAvailability } from "../../../store/appointments.js";
import { GENERAL_ID } from "../../../store/records/general.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext, BotConversation, InnerContext } from "../../context.js";
import { escapeHtml, translatorFor, type Translate } from "../../i18n.js";
import { weeklyHoursErrorHtml, weeklyHoursText } from "../../views/weekly-hours.js";
import { minutesLabel } from "../availability/format.js";
import { parseMinutes, settingsSummary } from "./summary.js";

export const SETUP_ID = "setup";
const codec = callbackCodec("setup", ["v"], z.object({ v: z.string().regex(/^[a-z0-9]{1,12}$/) }));

/** The same hours on the given days, none on the others. */
function sameHours(days: readonly Weekday[], start: number, end: number): WeeklyHours {
  return [0, 1, 2, 3, 4, 5, 6].map((d) => (days.includes(d as Weekday) ? [{ start, end }] : [])) as unknown as WeeklyHours;
}

/** Common weekly hours, one tap each: Mon–Fri 11–21, Mon–Sat 12–20, daily 10–22. */
const PRESETS: Readonly<Record<string, WeeklyHours>> = {
  p1: sameHours([1, 2, 3, 4, 5], 11 * 60, 21 * 60),
  p2: sameHours([1, 2, 3, 4, 5, 6], 12 * 60, 20 * 60),
  p3: sameHours([0, 1, 2, 3, 4, 5, 6], 10 * 60, 22 * 60),
};

/** Lower case without diacritics: "Română" and "romana" are the same answer. */
const fold = (text: string) => text.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");

/**
 * A language she types, by code or by name: each interface language by its own name, and the
 * draft languages by their names in every interface language ("German", "Deutsch", "Germană").
 */
function languageNamed(text: string): string | undefined {
  const wanted = fold(text);
  for (const lang of INTERFACE_LANGUAGES) {
    if (wanted === lang || wanted === fold(translatorFor(lang)("common-language-name"))) return lang;
  }
  for (const lang of DRAFT_LANGUAGES) {
    if (INTERFACE_LANGUAGES.some((l) => wanted === fold(translatorFor(l)("settings-draft-language-choice", { lang })))) return lang;
  }
  return undefined;
}

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

const keepRow = (kb: InlineKeyboard, t: Translate) => kb.row().text(t("settings-setup-keep"), codec.pack({ v: "keep" }));

/** The first-run setup (and /settings → "set up again"): hours, buffer, notice, her language, the drafts' language. */
export async function setupConversation(conversation: BotConversation, ctx: InnerContext): Promise<void> {
  // The questions after the language step speak the language she chose.
  let t: Translate = ctx.t;
  const current = await conversation.external((outer: BotContext) => loadAvailability(outer.app.stores));
  await ctx.reply(t("settings-setup-intro"));

  // 1. hours
  let weekly: WeeklyHours = current.weekly;
  const hoursQuestion = () => t("settings-setup-hours", { now: escapeHtml(weeklyHoursText(current.weekly, t)) });
  let prompt = hoursQuestion();
  for (;;) {
    const kb = new InlineKeyboard([]);
    for (const [key, hours] of Object.entries(PRESETS)) kb.row().text(weeklyHoursText(hours, t), codec.pack({ v: key }));
    const answer = await ask(conversation, ctx, prompt, keepRow(kb, t));
    if (answer.kind === "button") {
      if (answer.value === "keep") break;
      const preset = PRESETS[answer.value];
      if (preset) {
        weekly = preset;
        break;
      }
      continue;
    }
    const parsed = parseWeeklyHours(answer.text);
    if (parsed.ok) {
      weekly = parsed.hours;
      break;
    }
    prompt = `${weeklyHoursErrorHtml(parsed.error, t)}\n\n${hoursQuestion()}`;
  }

  // 2. buffer, 3. notice
  const minutesStep = async (html: string, choices: readonly number[]): Promise<number | undefined> => {
    let text = html;
    for (;;) {
      const kb = new InlineKeyboard();
      for (const c of choices) kb.text(minutesLabel(c), codec.pack({ v: `m${c}` }));
      const answer = await ask(conversation, ctx, text, keepRow(kb, t));
      if (answer.kind === "button") return answer.value === "keep" ? undefined : Number(answer.value.slice(1));
      const minutes = parseMinutes(answer.text);
      if (minutes !== undefined && minutes >= 0 && minutes <= 480) return minutes;
      text = `${t("settings-setup-bad-minutes")}\n\n${html}`;
    }
  };
  const buffer = await minutesStep(t("settings-setup-buffer", { now: minutesLabel(current.bufferBeforeMinutes) }), [0, 15, 30, 45, 60]);
  const notice = await minutesStep(t("settings-setup-notice", { now: minutesLabel(current.noticeMinutes) }), [60, 120, 180, 240]);

  // 4. her language, 5. the drafts' language: a button or a typed code or name
  const codes = (langs: readonly string[]) => langs.map((l) => `<code>${l}</code>`).join(", ");
  const languageStep = async <L extends string>(
    question: () => string,
    buttons: () => InlineKeyboard,
    accept: (value: string | undefined) => value is L,
    langs: readonly L[],
  ): Promise<L | undefined> => {
    let html = question();
    for (;;) {
      const answer = await ask(conversation, ctx, html, keepRow(buttons(), t));
      if (answer.kind === "button" && answer.value === "keep") return undefined;
      const value = answer.kind === "button" ? answer.value : languageNamed(answer.text);
      if (accept(value)) return value;
      html = `${t("settings-setup-bad-language", { codes: codes(langs) })}\n\n${question()}`;
    }
  };
  const interfaceLanguage = await languageStep<InterfaceLanguage>(
    () => t("settings-setup-language"),
    () => {
      const kb = new InlineKeyboard();
      for (const lang of INTERFACE_LANGUAGES) kb.text(translatorFor(lang)("common-language-name"), codec.pack({ v: lang }));
      return kb;
    },
    isInterfaceLanguage,
    INTERFACE_LANGUAGES,
  );
  if (interfaceLanguage) t = translatorFor(interfaceLanguage);
  const draftLanguage = await languageStep<DraftLanguage>(
    () => t("settings-setup-draft-language"),
    () => {
      const kb = new InlineKeyboard();
      for (const lang of DRAFT_LANGUAGES) kb.text(t("settings-draft-language-choice", { lang }), codec.pack({ v: lang }));
      return kb;
    },
    isDraftLanguage,
    DRAFT_LANGUAGES,
  );

  const saved = await conversation.external(async (outer: BotContext) => {
    const settings = await updateAvailability(outer.app.stores, (s) => ({
      ...s,
      weekly,
      ...(buffer !== undefined && { bufferBeforeMinutes: buffer, bufferAfterMinutes: buffer }),
      ...(notice !== undefined && { noticeMinutes: notice }),
    }));
    // A kept language stays unset, so BOT_LANGUAGE, DRAFT_LANGUAGE and her Telegram language keep deciding.
    const general = await outer.app.stores.general.update(GENERAL_ID, (g) => ({
      ...g,
      setupDone: true,
      ...(interfaceLanguage && { interfaceLanguage }),
      ...(draftLanguage && { draftLanguage }),
    }));
    outer.app.logger.info({ step: "setup" }, "setup finished");
    return { settings, draftLanguage: general?.draftLanguage ?? outer.app.config.draftLanguage };
  });
  await ctx.reply(`${t("settings-setup-done")}\n\n${settingsSummary(saved.settings, saved.draftLanguage, t)}`, { parse_mode: "HTML" });
}

/** Registered before /start handles anything, so /start and /settings can both enter it. */
export const setupConversationMiddleware = createConversation<BotContext, InnerContext>(setupConversation, SETUP_ID);

/** Starts the setup from its first question, also when a setup was left half-way. */
export async function restartSetup(ctx: BotContext): Promise<void> {
  if (ctx.conversation.active(SETUP_ID) > 0) await ctx.conversation.exit(SETUP_ID);
  await ctx.conversation.enter(SETUP_ID);
}
