import { Context, type Bot, type MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import { appMiddleware } from "./bot.js";
import type { AppServices, BotContext } from "./context.js";
import { i18nMiddleware } from "./i18n.js";

const noDownloads = () => Promise.reject(new Error("No file downloads outside an update"));

/**
 * A context for one of her chats outside any update: what her phone reports arrives on its own.
 * The same app and i18n middleware as every update set it up (her settings, both languages,
 * ctx.t), so views render exactly as they do in a reply; the bot's Api (and its transformers:
 * retries, protected content) sends. It carries no message: `ctx.reply` has nowhere to go.
 * Like an update, nothing it decrypts stays in memory after it.
 */
export async function inChat<T>(services: AppServices, bot: Bot<BotContext>, work: (ctx: BotContext) => Promise<T>): Promise<T> {
  const ctx = new Context({ update_id: 0 } as Update, bot.api, bot.botInfo) as BotContext;
  const setUp = appMiddleware(services, noDownloads) as MiddlewareFn<BotContext>;
  const translate = i18nMiddleware() as MiddlewareFn<BotContext>;
  let result: { value: T } | undefined;
  await services.vault.duringUpdate(async () => {
    await setUp(ctx, async () => {
      await translate(ctx, async () => {
        result = { value: await work(ctx) };
      });
    });
  });
  if (!result) throw new Error("The context was not set up");
  return result.value;
}
