import { Composer } from "grammy";
import type { CommandSpec } from "../commands.js";
import type { BotContext } from "../context.js";
import { copyable, escapeHtml, type Translate } from "../i18n.js";
import type { Feature } from "./feature.js";

export function helpText(commands: readonly CommandSpec[], t: Translate): string {
  const lines = commands.map((c) => `/${c.command} — ${escapeHtml(t(c.description))}\n   ${copyable(t(c.example))}`);
  return [t("help-header"), "", ...lines, "", t("help-footer")].join("\n");
}

/** /help lists every command of every feature, so it stays true as features land. */
export function helpFeature(listCommands: () => readonly CommandSpec[]): Feature {
  const composer = new Composer<BotContext>();
  composer.command("help", async (ctx) => {
    await ctx.reply(helpText(listCommands(), ctx.t), { parse_mode: "HTML" });
  });
  return {
    name: "help",
    commands: [
      { command: "help", description: "cmd-help-description", example: "cmd-help-example", inMenu: true },
    ],
    composer,
  };
}
