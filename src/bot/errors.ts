import type { BotError, Context } from "grammy";
import type { Lang } from "../core/lang.js";
import type { Logger } from "../log.js";
import { describeError } from "../log.js";
import { updateKind } from "./guard.js";
import type { Localized } from "./i18n.js";

export const SOMETHING_WENT_WRONG: Localized = {
  de: "Da ist etwas schiefgelaufen. Nichts Gespeichertes ist verloren – bitte versuch es gleich nochmal.",
  en: "Something went wrong. Nothing stored was lost — please try again in a moment.",
};

/**
 * The last line of defence: log only the error's class and the update's kind, then tell her
 * in her language. Never rethrows, so one failing update cannot stop the bot.
 */
export function handleBotError(logger: Logger, fallbackLang: Lang) {
  return async (error: BotError<Context>): Promise<void> => {
    const ctx = error.ctx as Context & { lang?: Lang };
    logger.error({ err: error.error, updateKind: updateKind(ctx), updateId: ctx.update.update_id }, "update failed");
    if (ctx.chat?.type !== "private") return;
    try {
      await ctx.reply(SOMETHING_WENT_WRONG[ctx.lang ?? fallbackLang]);
    } catch (replyError) {
      logger.warn({ err: describeError(replyError) }, "could not send the error notice");
    }
  };
}
