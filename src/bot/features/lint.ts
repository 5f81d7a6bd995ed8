import { Composer } from "grammy";
import { parseLintCommand } from "../../core/drafts/lint/command.js";
import { applySuggestions, lint, type LintFinding } from "../../core/drafts/lint/lint.js";
import { GENERAL_ID } from "../../store/records/general.js";
import type { BotContext } from "../context.js";
import { copyable, escapeHtml, type Translate } from "../i18n.js";
import type { Feature } from "./feature.js";

/** Her contacts' aliases: names that must never reach a text. */
async function contactAliases(ctx: BotContext): Promise<string[]> {
  const aliases: string[] = [];
  for await (const contact of ctx.app.stores.contacts.values()) if (contact.alias) aliases.push(contact.alias);
  return aliases;
}

async function extraWords(ctx: BotContext): Promise<string[]> {
  return (await ctx.app.stores.general.get(GENERAL_ID))?.lintWords ?? [];
}

/** "• Name „Hallo Tom“ (Zeichen 1) → ersetzen durch „Hallo“" */
function findingLine(f: LintFinding, t: Translate): string {
  return t("lint-finding", {
    kind: t("lint-kind", { kind: f.kind }),
    match: escapeHtml(f.match),
    // A string: a position past 999 must not be grouped ("1.440").
    at: String(f.index + 1),
    fix: f.suggestion === undefined ? "rephrase" : f.suggestion === "" ? "drop" : "replace",
    replacement: escapeHtml(f.suggestion ?? ""),
  });
}

/** The lint report for a text: findings with positions, and the text with every fix applied. */
export async function lintReport(ctx: BotContext, text: string): Promise<string> {
  const { t } = ctx;
  const findings = lint(text, { lang: ctx.draftLanguage, names: await contactAliases(ctx), extraWords: await extraWords(ctx) });
  ctx.app.logger.debug({ findings: findings.length }, "lint");
  if (findings.length === 0) return t("lint-clean");
  const lines = [t("lint-found", { count: findings.length }), ...findings.map((f) => findingLine(f, t))];
  if (findings.some((f) => f.suggestion !== undefined)) {
    const rewritten = applySuggestions(text, findings);
    if (rewritten !== "" && rewritten !== text) lines.push("", t("lint-rewrite"), copyable(rewritten));
  }
  return lines.join("\n");
}

async function changeWords(ctx: BotContext, change: (words: string[]) => string[]): Promise<void> {
  await ctx.app.stores.general.update(GENERAL_ID, (current) => ({
    setupDone: current?.setupDone ?? false,
    ...current,
    lintWords: change(current?.lintWords ?? []),
  }));
}

const composer = new Composer<BotContext>();
composer.command("lint", async (ctx) => {
  const { t } = ctx;
  const command = parseLintCommand(ctx.match);
  switch (command.kind) {
    case "help":
      return void (await ctx.reply(t("lint-help"), { parse_mode: "HTML" }));
    case "bad-word":
      return void (await ctx.reply(t("lint-bad-word"), { parse_mode: "HTML" }));
    case "words": {
      const words = await extraWords(ctx);
      const text = words.length === 0 ? t("lint-no-words") : t("lint-words", { words: escapeHtml(words.join(", ")) });
      return void (await ctx.reply(text, { parse_mode: "HTML" }));
    }
    case "add": {
      const { word } = command;
      await changeWords(ctx, (words) => (words.includes(word) ? words : [...words, word].slice(-500)));
      return void (await ctx.reply(t("lint-added", { word: escapeHtml(word) }), { parse_mode: "HTML" }));
    }
    case "remove": {
      const { word } = command;
      const had = (await extraWords(ctx)).includes(word);
      await changeWords(ctx, (words) => words.filter((w) => w !== word));
      return void (await ctx.reply(t(had ? "lint-removed" : "lint-not-listed", { word: escapeHtml(word) }), { parse_mode: "HTML" }));
    }
    case "check":
      return void (await ctx.reply(await lintReport(ctx, command.text), { parse_mode: "HTML" }));
  }
});

/** /lint: checks a text she means to send for names, signatures, telling words, prices, addresses, links. */
export const lintFeature: Feature = {
  name: "lint",
  commands: [
    { command: "lint", description: "cmd-lint-description", example: "cmd-lint-example", inMenu: true },
  ],
  composer,
};
