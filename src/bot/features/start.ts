import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackCodec } from "../callback-data.js";
import type { BotContext } from "../context.js";
import type { Localized } from "../i18n.js";
import { GENERAL_ID } from "../../store/records/general.js";
import type { Feature } from "./feature.js";
import { restartSetup, setupConversationMiddleware } from "./settings/setup.js";
import { dropButtons } from "./availability/edit.js";

const WELCOME: Localized = {
  de: [
    "<b>quietline</b> – dein diskreter Rückruf-Assistent.",
    "• Schick mir verpasste Anrufe, Mailbox- und SMS-Hinweise (weiterleiten oder einfügen) – ich lese Nummer, Zeit und Anliegen heraus.",
    "• Frag „darf ich 0171 2345678 zurückrufen?“ – ich antworte mit ✅ 💬 ⏳ oder ⛔ und sage, warum.",
    "• Ich finde freie Zeiten und schreibe neutrale Antworten ohne Namen.",
    "• Zu jeder Nummer merke ich mir Alias, Hinweise und erlaubte Zeiten.",
    "",
    "🔒 Alles liegt verschlüsselt bei mir, nur du hast Zugriff, und ich melde mich nie selbst bei jemandem.",
    "",
    "Als Nächstes: leite mir einen verpassten Anruf weiter, z. B. „Entgangener Anruf 0171 2345678“ – oder tippe /help.",
  ].join("\n"),
  en: [
    "<b>quietline</b> — your discreet callback assistant.",
    "• Send me missed calls, voicemail and SMS notices (forward or paste) — I pick out number, time and what was asked.",
    "• Ask “can I call back 0171 2345678?” — I answer ✅ 💬 ⏳ or ⛔ and say why.",
    "• I find free slots and write neutral replies that never carry a name.",
    "• For each number I keep an alias, notes and allowed hours.",
    "",
    "🔒 Everything is stored encrypted, only you have access, and I never contact anyone myself.",
    "",
    "Next: forward me a missed call, e.g. “Missed call from 0171 2345678” — or type /help.",
  ].join("\n"),
};

export function welcomeText(lang: "de" | "en"): string {
  return WELCOME[lang];
}

const SETUP_INVITE = {
  text: {
    de: "⚙️ Einmal kurz einrichten? Vier Fragen: Arbeitszeiten, Puffer, Vorlauf, Sprache.",
    en: "⚙️ A quick setup? Four questions: working hours, buffer, notice, language.",
  },
  go: { de: "Einrichten", en: "Set up" },
  skip: { de: "Standard behalten", en: "Keep defaults" },
  skipped: {
    de: "Gut – es gelten die Standardwerte (Mo–Fr 11–21 Uhr, 30 min Puffer, 2 h Vorlauf). Ändern jederzeit mit /settings.",
    en: "Fine — the defaults apply (Mon–Fri 11–21, 30 min buffer, 2 h notice). Change them any time with /settings.",
  },
} satisfies Record<string, Localized>;

const startCodec = callbackCodec("start", ["v"], z.object({ v: z.enum(["go", "skip"]) }));

const composer = new Composer<BotContext>();
// The setup conversation lives here, ahead of every other feature, so that /start and /settings can enter it.
composer.use(setupConversationMiddleware);
composer.command("start", async (ctx) => {
  const general = await ctx.app.stores.general.get(GENERAL_ID);
  if (general?.setupDone) return void (await ctx.reply(WELCOME[ctx.lang], { parse_mode: "HTML" }));
  // First start: the welcome invites to the setup in the same message, so nothing she types next is taken as an answer by surprise.
  const keyboard = new InlineKeyboard()
    .text(SETUP_INVITE.go[ctx.lang], startCodec.pack({ v: "go" }))
    .text(SETUP_INVITE.skip[ctx.lang], startCodec.pack({ v: "skip" }));
  await ctx.reply(`${WELCOME[ctx.lang]}\n\n${SETUP_INVITE.text[ctx.lang]}`, { parse_mode: "HTML", reply_markup: keyboard });
});

composer.callbackQuery(startCodec.pattern, async (ctx) => {
  const data = startCodec.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery());
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  if (data.v === "go") return void (await restartSetup(ctx));
  await ctx.app.stores.general.update(GENERAL_ID, (g) => ({ ...g, setupDone: true }));
  await ctx.reply(SETUP_INVITE.skipped[ctx.lang]);
});

export const startFeature: Feature = {
  name: "start",
  commands: [
    {
      command: "start",
      description: { de: "Was ich kann, in vier Zeilen", en: "What I do, in four lines" },
      example: { de: "/start", en: "/start" },
      inMenu: true,
    },
  ],
  composer,
};
