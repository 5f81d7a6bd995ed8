import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "./feature.js";

/** Whatever no feature handled: a friendly pointer, never silence towards her. */
const composer = new Composer<BotContext>();
composer.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("fallback-button-expired") });
});
composer.on("message", async (ctx) => {
  const text = ctx.message.text ?? "";
  await ctx.reply(text.startsWith("/") ? ctx.t("fallback-unknown-command") : ctx.t("fallback-not-understood"));
});

export const fallbackFeature: Feature = { name: "fallback", commands: [], composer };
