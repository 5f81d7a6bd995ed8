import { Composer } from "grammy";
import type { Lang } from "../../core/lang.js";
import type { CommandSpec } from "../commands.js";
import type { BotContext } from "../context.js";
import { escapeHtml, type Localized } from "../i18n.js";
import type { Feature } from "./feature.js";

const HEADER: Localized = {
  de: "<b>Befehle</b> (Nummern gehen in jeder üblichen Schreibweise, ein Alias auch):",
  en: "<b>Commands</b> (numbers work in any common notation, an alias too):",
};

const FOOTER: Localized = {
  de: "Ohne Befehl: leite verpasste Anrufe, Mailbox- oder SMS-Hinweise einfach weiter, oder frag „darf ich 0171 2345678 zurückrufen?“.",
  en: "No command needed: just forward missed-call, voicemail or SMS notices, or ask “can I call back 0171 2345678?”.",
};

export function helpText(commands: readonly CommandSpec[], lang: Lang): string {
  const lines = commands.map(
    (c) => `/${c.command} — ${escapeHtml(c.description[lang])}\n   <code>${escapeHtml(c.example[lang])}</code>`,
  );
  return [HEADER[lang], "", ...lines, "", FOOTER[lang]].join("\n");
}

/** /help lists every command of every feature, so it stays true as features land. */
export function helpFeature(listCommands: () => readonly CommandSpec[]): Feature {
  const composer = new Composer<BotContext>();
  composer.command("help", async (ctx) => {
    await ctx.reply(helpText(listCommands(), ctx.lang), { parse_mode: "HTML" });
  });
  return {
    name: "help",
    commands: [
      {
        command: "help",
        description: { de: "Alle Befehle mit Beispiel", en: "Every command with an example" },
        example: { de: "/help", en: "/help" },
        inMenu: true,
      },
    ],
    composer,
  };
}
