import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackCodec } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { GENERAL_ID } from "../../store/records/general.js";
import type { Feature } from "./feature.js";
import { restartSetup, setupConversationMiddleware } from "./settings/setup.js";
import { dropButtons } from "./availability/edit.js";

const startCodec = callbackCodec("start", ["v"], z.object({ v: z.enum(["go", "skip"]) }));

const composer = new Composer<BotContext>();
// The setup conversation lives here, ahead of every other feature, so that /start and /settings can enter it.
composer.use(setupConversationMiddleware);
composer.command("start", async (ctx) => {
  if (ctx.general?.setupDone) return void (await ctx.reply(ctx.t("start-welcome"), { parse_mode: "HTML" }));
  // First start: the welcome invites to the setup in the same message, so nothing she types next is taken as an answer by surprise.
  const keyboard = new InlineKeyboard()
    .text(ctx.t("start-setup-go"), startCodec.pack({ v: "go" }))
    .text(ctx.t("start-setup-skip"), startCodec.pack({ v: "skip" }));
  await ctx.reply(`${ctx.t("start-welcome")}\n\n${ctx.t("start-setup-invite")}`, { parse_mode: "HTML", reply_markup: keyboard });
});

composer.callbackQuery(startCodec.pattern, async (ctx) => {
  const data = startCodec.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery());
  await ctx.answerCallbackQuery();
  await dropButtons(ctx);
  if (data.v === "go") return void (await restartSetup(ctx));
  await ctx.app.stores.general.update(GENERAL_ID, (g) => ({ ...g, setupDone: true }));
  await ctx.reply(ctx.t("start-setup-skipped"));
});

export const startFeature: Feature = {
  name: "start",
  commands: [
    { command: "start", description: "cmd-start-description", example: "cmd-start-example", inMenu: true },
  ],
  composer,
};
