import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { Feature } from "../feature.js";
import { buddyComposer } from "./buddy.js";
import { checkInComposer, savePlace, watchAnswers } from "./checkin.js";
import { awaited, settlePrompt } from "./prompts.js";
import { settingsComposer } from "./settings.js";
import { importFile, importList, warnListComposer } from "./warnlist.js";

const composer = new Composer<BotContext>();

// Answers to a question a safety command asked: the place of a check-in, the warning list. A command cancels.
composer.on("message", async (ctx, next) => {
  const prompt = awaited(ctx.app, ctx.chat.id);
  if (!prompt) return next();
  const text = ctx.message.text;
  if (text?.startsWith("/")) {
    settlePrompt(ctx.app, ctx.chat.id);
    if (/^\/cancel(@\w+)?$/i.test(text.trim())) return void (await ctx.reply(ctx.t("safety-cancelled")));
    return next();
  }
  const document = ctx.message.document;
  if (prompt.kind === "warnlist" && document) {
    settlePrompt(ctx.app, ctx.chat.id);
    return importFile(ctx, document.file_id);
  }
  if (text === undefined) return next();
  settlePrompt(ctx.app, ctx.chat.id);
  return prompt.kind === "place" ? savePlace(ctx, prompt.checkInId, text) : importList(ctx, text);
});
composer.use(buddyComposer, checkInComposer, settingsComposer, warnListComposer);

/** Safety around appointments: the buddy, check-ins with a duress word, and the warning list. */
export const safetyFeature: Feature = {
  name: "safety",
  commands: [
    { command: "checkin", description: "cmd-checkin-description", example: "cmd-checkin-example", inMenu: true },
    { command: "buddy", description: "cmd-buddy-description", example: "cmd-buddy-example" },
    { command: "safety", description: "cmd-safety-description", example: "cmd-safety-example" },
    { command: "warnlist", description: "cmd-warnlist-description", example: "cmd-warnlist-example" },
  ],
  composer,
  early: watchAnswers,
};
