import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { Localized } from "../i18n.js";
import type { Feature } from "./feature.js";

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

const composer = new Composer<BotContext>();
composer.command("start", async (ctx) => {
  await ctx.reply(WELCOME[ctx.lang], { parse_mode: "HTML" });
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
