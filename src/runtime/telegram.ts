import { createServer, type RequestListener } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { CommandSpec } from "../bot/commands.js";
import { INTAKE_PATH, type Config } from "../config.js";
import { REFERENCE_LANGUAGE } from "../interface-language.js";
import type { Logger } from "../log.js";
import { registerCommandMenu } from "./commands-menu.js";
import { onShutdownSignal } from "./shutdown.js";

export interface TelegramOptions {
  /** Serves POST /intake on the webhook server (webhook mode only; otherwise it has its own). */
  readonly intake?: RequestListener;
}

/**
 * Runs the bot against Telegram (or any Bot API server) until a signal stops it. Long polling
 * by default; webhook when WEBHOOK_URL is set. Resolves after the update in flight is done.
 */
export async function runTelegram(
  bot: Bot<BotContext>,
  config: Config,
  commands: readonly CommandSpec[],
  logger: Logger,
  options: TelegramOptions = {},
): Promise<void> {
  await bot.init();
  void registerCommandMenu(bot.api, commands, config.interfaceLanguage ?? REFERENCE_LANGUAGE, logger);

  if (config.webhook) {
    const { url, secret, port } = config.webhook;
    await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [], drop_pending_updates: false });
    const handle = webhookCallback(bot, "http", { secretToken: secret });
    const { intake } = options;
    const server = createServer((req, res) => {
      if (intake && new URL(req.url ?? "/", "http://webhook.invalid").pathname.replace(/\/+$/, "") === INTAKE_PATH) return intake(req, res);
      handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(port, resolve));
    logger.info({ mode: "webhook", port }, "running");
    await new Promise<void>((resolve) => {
      onShutdownSignal(async () => {
        await new Promise<void>((done) => server.close(() => done()));
        resolve();
      }, logger);
    });
    return;
  }

  await bot.api.deleteWebhook().catch(() => undefined);
  onShutdownSignal(() => bot.stop(), logger);
  logger.info({ mode: "polling" }, "running");
  // Resolves once bot.stop() has let the current update finish.
  await bot.start({ drop_pending_updates: false, allowed_updates: [] });
}
