import type { Api } from "grammy";
import type { CommandSpec } from "../bot/commands.js";
import { LANGS } from "../core/lang.js";
import type { Logger } from "../log.js";
import { describeError } from "../log.js";

/**
 * Registers the command menu in German and English. A server or emulator that lacks
 * setMyCommands must not stop start-up, so failures are logged and skipped.
 */
export async function registerCommandMenu(api: Api, commands: readonly CommandSpec[], fallbackLang: "de" | "en", logger: Logger) {
  const menu = commands.filter((c) => c.inMenu);
  for (const lang of [undefined, ...LANGS] as const) {
    const shown = lang ?? fallbackLang;
    try {
      await api.setMyCommands(
        menu.map((c) => ({ command: c.command, description: c.description[shown] })),
        lang ? { language_code: lang } : {},
      );
    } catch (error) {
      logger.warn({ err: describeError(error), lang: lang ?? "default" }, "command menu not registered");
    }
  }
}
