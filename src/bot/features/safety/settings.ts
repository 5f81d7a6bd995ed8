import { Composer, InlineKeyboard, type CommandContext } from "grammy";
import { parseDuressWord } from "../../../core/safety/answers.js";
import { MAX_GRACE_MINUTES, MIN_GRACE_MINUTES } from "../../../core/safety/checkin.js";
import { confirmedBuddy, duressSetting, loadSafetySettings, updateSafetySettings } from "../../../store/safety.js";
import type { SafetySettings } from "../../../store/records/safety.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { GRACE_CHOICES, graceCallback } from "./callbacks.js";

const MAX_ALERT_TEXT = 500;

/** What `/safety …` asks for: the words she may type for each setting, in German, English and Romanian. */
export type SafetyChange =
  | { readonly kind: "text"; readonly value: string | undefined }
  | { readonly kind: "duress"; readonly value: string | undefined }
  | { readonly kind: "grace"; readonly minutes: number | undefined };

const SETTINGS: Readonly<Record<string, SafetyChange["kind"]>> = {
  text: "text", alarmtext: "text", alerttext: "text", alarm: "text", alert: "text", mesaj: "text", textul: "text",
  wort: "duress", notfallwort: "duress", word: "duress", duress: "duress", "cuvânt": "duress", cuvant: "duress",
  wartezeit: "grace", warten: "grace", grace: "grace", wait: "grace", "așteptare": "grace", asteptare: "grace",
};
const REMOVE = /^(?:-|aus|off|weg|löschen|loeschen|delete|remove|șterge|sterge)$/i;

/** Reads `/safety …`'s argument; undefined when it names no setting. */
export function parseSafetyArgs(argument: string): SafetyChange | undefined {
  const match = /^(\S+)\s*([\s\S]*)$/.exec(argument.trim());
  const word = match?.[1]!.toLocaleLowerCase("ro");
  const kind = word !== undefined && Object.hasOwn(SETTINGS, word) ? SETTINGS[word] : undefined;
  if (!match || !kind) return undefined;
  const rest = match[2]!.trim();
  const value = rest === "" || REMOVE.test(rest) ? undefined : rest;
  if (kind === "grace") {
    if (value === undefined) return { kind, minutes: undefined };
    const minutes = /^(\d{1,3})\s*(?:min|minuten|minutes|minute)?$/i.exec(value);
    return { kind, minutes: minutes ? Number(minutes[1]) : Number.NaN };
  }
  return { kind, value };
}

function graceKeyboard(t: Translate, current: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const minutes of GRACE_CHOICES) {
    const label = t("safety-grace-button", { minutes });
    keyboard.text(minutes === current ? `✓ ${label}` : label, graceCallback.pack({ m: String(minutes) }));
  }
  return keyboard;
}

async function summary(ctx: BotContext, settings: SafetySettings): Promise<void> {
  const buddy = await confirmedBuddy(ctx.app.stores);
  const text = ctx.t("safety-settings", {
    buddy: escapeHtml(buddy ? (buddy.name ?? ctx.t("safety-buddy-no-name")) : ctx.t("safety-settings-no-buddy")),
    grace: settings.graceMinutes,
    text: escapeHtml(settings.alertText ?? ctx.t("safety-alert-default-text")),
    duress: settings.duress ? "set" : "unset",
  });
  await ctx.reply(text, { parse_mode: "HTML", reply_markup: graceKeyboard(ctx.t, settings.graceMinutes) });
}

async function change(ctx: CommandContext<BotContext>, wanted: SafetyChange): Promise<void> {
  const { stores } = ctx.app;
  switch (wanted.kind) {
    case "text": {
      if (wanted.value !== undefined && wanted.value.length > MAX_ALERT_TEXT) return void (await ctx.reply(ctx.t("safety-text-too-long", { max: MAX_ALERT_TEXT })));
      await updateSafetySettings(stores, ({ alertText: _old, ...rest }) => ({ ...rest, ...(wanted.value !== undefined && { alertText: wanted.value }) }));
      return void (await ctx.reply(ctx.t(wanted.value === undefined ? "safety-text-reset" : "safety-text-saved")));
    }
    case "duress": {
      // The word must not stay readable in the chat: her message goes first, whatever follows.
      await ctx.deleteMessage().catch(() => undefined);
      if (wanted.value === undefined) {
        await updateSafetySettings(stores, ({ duress: _old, ...rest }) => rest);
        return void (await ctx.reply(ctx.t("safety-duress-removed")));
      }
      const parsed = parseDuressWord(wanted.value);
      if (!parsed.ok) return void (await ctx.reply(ctx.t("safety-duress-refused", { error: parsed.error }), { parse_mode: "HTML" }));
      const duress = duressSetting(parsed.phrase, parsed.words, ctx.app.clock());
      await updateSafetySettings(stores, (current) => ({ ...current, duress }));
      ctx.app.logger.info("duress word set");
      return void (await ctx.reply(ctx.t("safety-duress-saved")));
    }
    case "grace": {
      const minutes = wanted.minutes;
      if (minutes === undefined || !Number.isInteger(minutes) || minutes < MIN_GRACE_MINUTES || minutes > MAX_GRACE_MINUTES) {
        return void (await ctx.reply(ctx.t("safety-grace-bad", { min: MIN_GRACE_MINUTES, max: MAX_GRACE_MINUTES }), { parse_mode: "HTML" }));
      }
      await updateSafetySettings(stores, (current) => ({ ...current, graceMinutes: minutes }));
      return void (await ctx.reply(ctx.t("safety-grace-saved", { minutes })));
    }
  }
}

export const settingsComposer = new Composer<BotContext>();

settingsComposer.command("safety", async (ctx) => {
  const argument = ctx.match.trim();
  if (argument === "") return summary(ctx, await loadSafetySettings(ctx.app.stores));
  const wanted = parseSafetyArgs(argument);
  if (!wanted) return void (await ctx.reply(ctx.t("safety-settings-usage"), { parse_mode: "HTML" }));
  await change(ctx, wanted);
});

settingsComposer.callbackQuery(graceCallback.pattern, async (ctx) => {
  const data = graceCallback.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t("safety-stale") }));
  const minutes = Number(data.m);
  await updateSafetySettings(ctx.app.stores, (current) => ({ ...current, graceMinutes: minutes }));
  await ctx.answerCallbackQuery({ text: ctx.t("safety-grace-saved", { minutes }) });
  await ctx.editMessageReplyMarkup({ reply_markup: graceKeyboard(ctx.t, minutes) }).catch(() => undefined);
});
