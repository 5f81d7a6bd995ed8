import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import type { AvailabilitySettings } from "../../../core/availability/types.js";
import type { Lang } from "../../../core/lang.js";
import { loadAvailability, updateAvailability } from "../../../store/appointments.js";
import { GENERAL_ID } from "../../../store/records/general.js";
import { callbackCodec } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import type { Localized } from "../../i18n.js";
import { minutesLabel } from "../availability/format.js";
import type { Feature } from "../feature.js";
import { restartSetup } from "./setup.js";
import { LABELS, settingsSummary } from "./summary.js";
import { dropButtons, replaceMessage } from "../availability/edit.js";

/** f = field, v = "menu" (show its choices), "home", or the chosen value. */
const codec = callbackCodec("set", ["f", "v"], z.object({ f: z.string().regex(/^[a-z]{2,6}$/), v: z.string().regex(/^[a-z0-9]{1,6}$/) }));

interface Field {
  readonly label: keyof typeof LABELS;
  readonly choices: readonly number[];
  /** 0 in choices means "no limit" for the limits. */
  readonly apply: (s: AvailabilitySettings, v: number) => AvailabilitySettings;
  readonly show?: (v: number, lang: Lang) => string;
}

const limit = (v: number) => (v === 0 ? undefined : v);
const FIELDS: Readonly<Record<string, Field>> = {
  len: { label: "length", choices: [30, 45, 60, 90, 120, 180], apply: (s, v) => ({ ...s, appointmentMinutes: v }) },
  bufb: { label: "bufferBefore", choices: [0, 15, 30, 45, 60], apply: (s, v) => ({ ...s, bufferBeforeMinutes: v }) },
  bufa: { label: "bufferAfter", choices: [0, 15, 30, 45, 60], apply: (s, v) => ({ ...s, bufferAfterMinutes: v }) },
  note: { label: "notice", choices: [0, 30, 60, 120, 180, 240, 1440], apply: (s, v) => ({ ...s, noticeMinutes: v }) },
  step: { label: "step", choices: [15, 30, 60], apply: (s, v) => ({ ...s, stepMinutes: v }) },
  maxn: {
    label: "maxCount",
    choices: [0, 1, 2, 3, 4, 6],
    apply: (s, v) => withOptional(s, "maxAppointmentsPerDay", limit(v)),
    show: (v, lang) => (v === 0 ? LABELS.none[lang] : String(v)),
  },
  maxm: {
    label: "maxMinutes",
    choices: [0, 180, 240, 360, 480],
    apply: (s, v) => withOptional(s, "maxBookedMinutesPerDay", limit(v)),
    show: (v, lang) => (v === 0 ? LABELS.none[lang] : minutesLabel(v)),
  },
  prop: { label: "proposals", choices: [1, 2, 3, 4, 5], apply: (s, v) => ({ ...s, proposalCount: v }), show: (v) => String(v) },
  hold: { label: "hold", choices: [0, 30, 60, 120, 240, 1440], apply: (s, v) => ({ ...s, holdMinutes: v }) },
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

const T = {
  setupAgain: { de: "🔁 Einrichtung neu", en: "🔁 Run setup again" },
  back: { de: "← Zurück", en: "← Back" },
  pick: { de: "<b>{label}</b> – wähle:", en: "<b>{label}</b> — choose:" },
  saved: { de: "Gespeichert.", en: "Saved." },
  stale: { de: "Dieser Knopf ist veraltet.", en: "This button is out of date." },
  hoursHint: { de: "Zeiten: /hours · freie Tage: /off", en: "Hours: /hours · days off: /off" },
} satisfies Record<string, Localized>;

function homeKeyboard(lang: Lang): InlineKeyboard {
  const kb = new InlineKeyboard();
  Object.entries(FIELDS).forEach(([key, field], i) => {
    kb.text(LABELS[field.label][lang], codec.pack({ f: key, v: "menu" }));
    if (i % 2 === 1) kb.row();
  });
  kb.text(LABELS.language[lang], codec.pack({ f: "lang", v: "menu" })).row();
  kb.text(T.setupAgain[lang], codec.pack({ f: "setup", v: "go" }));
  return kb;
}

async function home(ctx: BotContext, lang: Lang) {
  const settings = await loadAvailability(ctx.app.stores);
  return { text: `${settingsSummary(settings, lang)}\n\n${T.hoursHint[lang]}`, keyboard: homeKeyboard(lang) };
}

const composer = new Composer<BotContext>();

composer.command("settings", async (ctx) => {
  const view = await home(ctx, ctx.lang);
  await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
});

composer.callbackQuery(codec.pattern, async (ctx) => {
  const data = codec.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: T.stale[ctx.lang] }));
  let lang = ctx.lang;
  if (data.f === "setup") {
    await ctx.answerCallbackQuery();
    await dropButtons(ctx);
    return void (await restartSetup(ctx));
  }
  if (data.f === "lang") {
    if (data.v === "menu") {
      await ctx.answerCallbackQuery();
      const kb = new InlineKeyboard()
        .text("Deutsch", codec.pack({ f: "lang", v: "de" }))
        .text("English", codec.pack({ f: "lang", v: "en" }))
        .row()
        .text(T.back[lang], codec.pack({ f: "home", v: "home" }));
      return void (await replaceMessage(ctx, T.pick[lang].replace("{label}", LABELS.language[lang]), kb));
    }
    if (data.v !== "de" && data.v !== "en") return void (await ctx.answerCallbackQuery({ text: T.stale[lang] }));
    const chosen: Lang = data.v;
    await ctx.app.stores.general.update(GENERAL_ID, (g) => ({ setupDone: g?.setupDone ?? false, ...g, lang: chosen }));
    lang = chosen;
  } else if (data.f !== "home") {
    const field = FIELDS[data.f];
    if (!field) return void (await ctx.answerCallbackQuery({ text: T.stale[lang] }));
    if (data.v === "menu") {
      await ctx.answerCallbackQuery();
      const kb = new InlineKeyboard();
      field.choices.forEach((c, i) => {
        kb.text(field.show?.(c, lang) ?? minutesLabel(c), codec.pack({ f: data.f, v: String(c) }));
        if (i % 3 === 2 && i + 1 < field.choices.length) kb.row();
      });
      kb.row().text(T.back[lang], codec.pack({ f: "home", v: "home" }));
      return void (await replaceMessage(ctx, T.pick[lang].replace("{label}", LABELS[field.label][lang]), kb));
    }
    const value = Number(data.v);
    if (!field.choices.includes(value)) return void (await ctx.answerCallbackQuery({ text: T.stale[lang] }));
    await updateAvailability(ctx.app.stores, (s) => field.apply(s, value));
    ctx.app.logger.info({ field: data.f }, "setting changed");
  }
  await ctx.answerCallbackQuery(data.f === "home" ? {} : { text: T.saved[lang] });
  const view = await home(ctx, lang);
  await replaceMessage(ctx, view.text, view.keyboard);
});

/** /settings: every availability setting and the language, with buttons; setup can be rerun from here. */
export const settingsFeature: Feature = {
  name: "settings",
  commands: [
    {
      command: "settings",
      description: { de: "Einstellungen ansehen und ändern", en: "See and change settings" },
      example: { de: "/settings", en: "/settings" },
      inMenu: true,
    },
  ],
  composer,
};
