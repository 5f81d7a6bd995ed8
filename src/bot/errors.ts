import type { BotError, Context } from "grammy";
import { negotiateInterfaceLanguage, type InterfaceLanguage } from "../interface-language.js";
import type { Logger } from "../log.js";
import { describeError } from "../log.js";
import { updateKind } from "./guard.js";
import { translatorFor, type Translate } from "./i18n.js";

/**
 * The last line of defence: log only the error's class and the update's kind, then tell her
 * in her language. Never rethrows, so one failing update cannot stop the bot.
 */
export function handleBotError(logger: Logger, configured: InterfaceLanguage | undefined) {
  return async (error: BotError<Context>): Promise<void> => {
    const ctx = error.ctx as Context & { t?: Translate; interfaceLanguage?: InterfaceLanguage };
    logger.error({ err: error.error, updateKind: updateKind(ctx), updateId: ctx.update.update_id }, "update failed");
    if (ctx.chat?.type !== "private") return;
    // A failure before the i18n middleware ran (e.g. the store) still gets her language where it can be told.
    const t = ctx.t ?? translatorFor(ctx.interfaceLanguage ?? negotiateInterfaceLanguage({ configured, client: ctx.from?.language_code }));
    try {
      await ctx.reply(t("errors-something-went-wrong"));
    } catch (replyError) {
      logger.warn({ err: describeError(replyError) }, "could not send the error notice");
    }
  };
}
