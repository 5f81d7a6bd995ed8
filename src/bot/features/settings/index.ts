import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import type { AvailabilitySettings } from "../../../core/availability/types.js";
import { DRAFT_LANGUAGES, isDraftLanguage } from "../../../core/draft-language.js";
import { INTERFACE_LANGUAGES, isInterfaceLanguage } from "../../../interface-language.js";
import { loadAvailability, updateAvailability } from "../../../store/appointments.js";
import { GENERAL_ID } from "../../../store/records/general.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { switchInterfaceLanguage, translatorFor, type Translate } from "../../i18n.js";
import { minutesLabel } from "../availability/format.js";
import type { Feature } from "../feature.js";
import { announceChoices, announceModeOfCode, announceSummary, setAnnounceMode } from "../../intake/announce-setting.js";
import { restartSetup } from "./setup.js";
import { settingsSummary } from "./summary.js";
import { dropButtons, replaceMessage } from "../availability/edit.js";

/** f = field, v = "menu" (show its choices), "home", or the chosen value. */
const codec = callbackCodec("set", ["f", "v"], z.object({ f: z.string().regex(/^[a-z]{2,6}$/), v: z.string().regex(/^[a-z0-9]{1,6}$/) }));

interface Field {
  /** Message id of its label in the `## settings` section. */
  readonly label: string;
  readonly choices: readonly number[];
  /** 0 in choices means "no limit" for the limits. */
  readonly apply: (s: AvailabilitySettings, v: number) => AvailabilitySettings;
  readonly show?: (v: number, t: Translate) => string;
}

const limit = (v: number) => (v === 0 ? undefined : v);
const FIELDS: Readonly<Record<string, Field>> = {
  len: { label: "settings-length", choices: [30, 45, 60, 90, 120, 180], apply: (s, v) => ({ ...s, appointmentMinutes: v }) },
  bufb: { label: "settings-buffer-before", choices: [0, 15, 30, 45, 60], apply: (s, v) => ({ ...s, bufferBeforeMinutes: v }) },
  bufa: { label: "settings-buffer-after", choices: [0, 15, 30, 45, 60], apply: (s, v) => ({ ...s, bufferAfterMinutes: v }) },
  note: { label: "settings-notice", choices: [0, 30, 60, 120, 180, 240, 1440], apply: (s, v) => ({ ...s, noticeMinutes: v }) },
  step: { label: "settings-step", choices: [15, 30, 60], apply: (s, v) => ({ ...s, stepMinutes: v }) },
  maxn: {
    label: "settings-max-count",
    choices: [0, 1, 2, 3, 4, 6],
    apply: (s, v) => withOptional(s, "maxAppointmentsPerDay", limit(v)),
    show: (v, t) => (v === 0 ? t("settings-no-limit") : String(v)),
  },
  maxm: {
    label: "settings-max-minutes",
    choices: [0, 180, 240, 360, 480],
    apply: (s, v) => withOptional(s, "maxBookedMinutesPerDay", limit(v)),
    show: (v, t) => (v === 0 ? t("settings-no-limit") : minutesLabel(v)),
  },
  prop: { label: "settings-proposals", choices: [1, 2, 3, 4, 5], apply: (s, v) => ({ ...s, proposalCount: v }), show: (v) => String(v) },
  hold: { label: "settings-hold", choices: [0, 30, 60, 120, 240, 1440], apply: (s, v) => ({ ...s, holdMinutes: v }) },
};

function withOptional<K extends "maxAppointmentsPerDay" | "maxBookedMinutesPerDay">(
  s: AvailabilitySettings,
  key: K,
  value: number | undefined,
): AvailabilitySettings {
  const copy: { -readonly [P in keyof AvailabilitySettings]: AvailabilitySettings[P] } = { ...s };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function homeKeyboard(t: Translate): InlineKeyboard {
  const kb = new InlineKeyboard();
  Object.entries(FIELDS).forEach(([key, field], i) => {
    kb.text(t(field.label), codec.pack({ f: key, v: "menu" }));
    if (i % 2 === 1) kb.row();
  });
  kb.row();
  kb.text(t("settings-interface-language"), codec.pack({ f: "lang", v: "menu" }));
  kb.text(t("settings-draft-language"), codec.pack({ f: "draft", v: "menu" })).row();
  kb.text(t("intake-setting-label"), codec.pack({ f: "intk", v: "menu" })).row();
  kb.text(t("settings-setup-again"), codec.pack({ f: "setup", v: "go" }));
  return kb;
}

async function home(ctx: BotContext) {
  const settings = await loadAvailability(ctx.app.stores);
  const summary = settingsSummary(settings, ctx.draftLanguage, ctx.t);
  const intake = await announceSummary(ctx.app, ctx.t);
  return { text: `${summary}\n${intake}\n\n${ctx.t("settings-hours-hint")}`, keyboard: homeKeyboard(ctx.t) };
}

/** A choice of languages, then "back"; each language on its own button. */
function languageMenu(ctx: BotContext, field: "lang" | "draft"): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (field === "lang") {
    // Each interface language by its own name, so she finds hers whatever the bot speaks now.
    for (const lang of INTERFACE_LANGUAGES) kb.text(translatorFor(lang)("common-language-name"), codec.pack({ f: field, v: lang }));
  } else {
    for (const lang of DRAFT_LANGUAGES) kb.text(ctx.t("settings-draft-language-choice", { lang }), codec.pack({ f: field, v: lang }));
  }
  return kb.row().text(ctx.t("settings-back"), codec.pack({ f: "home", v: "home" }));
}

const composer = new Composer<BotContext>();

composer.command("settings", async (ctx) => {
  const view = await home(ctx);
  await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
});

composer.callbackQuery(codec.pattern, async (ctx) => {
  const data = codec.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t("settings-stale") }));
  if (data.f === "setup") {
    await ctx.answerCallbackQuery();
    await dropButtons(ctx);
    return void (await restartSetup(ctx));
  }
  if ((data.f === "lang" || data.f === "draft") && data.v === "menu") {
    await ctx.answerCallbackQuery();
    const label = ctx.t(data.f === "lang" ? "settings-interface-language" : "settings-draft-language");
    return void (await replaceMessage(ctx, ctx.t("settings-pick", { label }), languageMenu(ctx, data.f)));
  }
  if (data.f === "intk" && data.v === "menu") {
    // How reports from her phone arrive: the choices, each explained.
    await ctx.answerCallbackQuery();
    const kb = new InlineKeyboard();
    for (const choice of announceChoices(ctx.t)) kb.text(choice.label, codec.pack({ f: "intk", v: choice.code })).row();
    kb.text(ctx.t("settings-back"), codec.pack({ f: "home", v: "home" }));
    return void (await replaceMessage(ctx, ctx.t("intake-setting-explain"), kb));
  }
  if (data.f === "intk") {
    const mode = announceModeOfCode(data.v);
    if (!mode) return void (await ctx.answerCallbackQuery({ text: ctx.t("settings-stale") }));
    await setAnnounceMode(ctx.app, mode);
    ctx.app.logger.info({ field: data.f }, "setting changed");
  } else if (data.f === "lang") {
    const chosen = data.v;
    if (!isInterfaceLanguage(chosen)) return void (await ctx.answerCallbackQuery({ text: ctx.t("settings-stale") }));
    await ctx.app.stores.general.update(GENERAL_ID, (g) => ({ setupDone: g?.setupDone ?? false, ...g, interfaceLanguage: chosen }));
    switchInterfaceLanguage(ctx, chosen);
  } else if (data.f === "draft") {
    const chosen = data.v;
    if (!isDraftLanguage(chosen)) return void (await ctx.answerCallbackQuery({ text: ctx.t("settings-stale") }));
    await ctx.app.stores.general.update(GENERAL_ID, (g) => ({ setupDone: g?.setupDone ?? false, ...g, draftLanguage: chosen }));
    ctx.draftLanguage = chosen;
  } else if (data.f !== "home") {
    const field = FIELDS[data.f];
    if (!field) return void (await ctx.answerCallbackQuery({ text: ctx.t("settings-stale") }));
    if (data.v === "menu") {
      await ctx.answerCallbackQuery();
      const kb = new InlineKeyboard();
      field.choices.forEach((c, i) => {
        kb.text(field.show?.(c, ctx.t) ?? minutesLabel(c), codec.pack({ f: data.f, v: String(c) }));
        if (i % 3 === 2 && i + 1 < field.choices.length) kb.row();
      });
      kb.row().text(ctx.t("settings-back"), codec.pack({ f: "home", v: "home" }));
      return void (await replaceMessage(ctx, ctx.t("settings-pick", { label: ctx.t(field.label) }), kb));
    }
    const value = Number(data.v);
    if (!field.choices.includes(value)) return void (await ctx.answerCallbackQuery({ text: ctx.t("settings-stale") }));
    await updateAvailability(ctx.app.stores, (s) => field.apply(s, value));
    ctx.app.logger.info({ field: data.f }, "setting changed");
  }
  await ctx.answerCallbackQuery(data.f === "home" ? {} : { text: ctx.t("settings-saved") });
  const view = await home(ctx);
  await replaceMessage(ctx, view.text, view.keyboard);
});

/** /settings: every availability setting and both languages, with buttons; setup can be rerun from here. */
export const settingsFeature: Feature = {
  name: "settings",
  commands: [
    { command: "settings", description: "cmd-settings-description", example: "cmd-settings-example", inMenu: true },
  ],
  composer,
};
