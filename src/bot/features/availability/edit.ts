import { GrammyError, type InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";

/**
 * Shows `html` in place of the message whose button was pressed. When that message cannot be
 * edited (too old, deleted, unchanged, or the press was forged), the text is sent anew instead.
 */
export async function replaceMessage(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<void> {
  const options = { parse_mode: "HTML" as const, ...(keyboard && { reply_markup: keyboard }) };
  try {
    await ctx.editMessageText(html, options);
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    if (/not modified/i.test(error.description)) return;
    ctx.app.logger.debug({ code: error.error_code }, "edit failed, sending anew");
    await ctx.reply(html, options);
  }
}

/** Removes the buttons of the pressed message; a message that is gone needs nothing. */
export async function dropButtons(ctx: BotContext): Promise<void> {
  try {
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } });
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
  }
}
