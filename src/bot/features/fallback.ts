import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { Localized } from "../i18n.js";
import type { Feature } from "./feature.js";

export const NOT_UNDERSTOOD: Localized = {
  de: "Das habe ich nicht verstanden. Schick mir z. B. einen verpassten Anruf („Entgangener Anruf 0171 2345678“), frag „darf ich 0171 2345678 zurückrufen?“ oder tippe /help.",
  en: "I didn't understand that. Send me e.g. a missed call (“Missed call from 0171 2345678”), ask “can I call back 0171 2345678?” or type /help.",
};

const UNKNOWN_COMMAND: Localized = {
  de: "Diesen Befehl kenne ich nicht. /help zeigt alle.",
  en: "I don't know that command. /help lists them all.",
};

const BUTTON_EXPIRED: Localized = {
  de: "Dieser Knopf ist nicht mehr gültig.",
  en: "This button is no longer valid.",
};

/** Whatever no feature handled: a friendly pointer, never silence towards her. */
const composer = new Composer<BotContext>();
composer.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: BUTTON_EXPIRED[ctx.lang] });
});
composer.on("message", async (ctx) => {
  const text = ctx.message.text ?? "";
  await ctx.reply(text.startsWith("/") ? UNKNOWN_COMMAND[ctx.lang] : NOT_UNDERSTOOD[ctx.lang]);
});

export const fallbackFeature: Feature = { name: "fallback", commands: [], composer };
