import type { Api } from "grammy";
import type { CommandSpec } from "../bot/commands.js";
import { translatorFor } from "../bot/i18n.js";
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from "../interface-language.js";
import type { Logger } from "../log.js";
import { describeError } from "../log.js";

/** A server that lacks setMyCommands answers 500, which the retry transformer would wait out. */
const MENU_CALL_TIMEOUT_MS = 10_000;

/**
 * Registers the command menu once per interface language (Telegram shows the one matching her
 * client's language) and once without a language, in `fallback`. A server or emulator that lacks
 * setMyCommands must not stop or slow start-up: callers don't await this, each call is cut off
 * after a while, and failures are logged and skipped.
 */
export async function registerCommandMenu(api: Api, commands: readonly CommandSpec[], fallback: InterfaceLanguage, logger: Logger) {
  const menu = commands.filter((c) => c.inMenu);
  for (const lang of [undefined, ...INTERFACE_LANGUAGES] as const) {
    const t = translatorFor(lang ?? fallback);
    try {
      await api.setMyCommands(
        menu.map((c) => ({ command: c.command, description: t(c.description) })),
        lang ? { language_code: lang } : {},
        AbortSignal.timeout(MENU_CALL_TIMEOUT_MS) as Parameters<Api["setMyCommands"]>[2],
      );
    } catch (error) {
      logger.warn({ err: describeError(error), lang: lang ?? "default" }, "command menu not registered");
    }
  }
}
