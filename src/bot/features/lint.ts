import { Composer } from "grammy";
import { applySuggestions, lint, type LintFinding, type LintKind } from "../../core/drafts/lint/lint.js";
import type { LegacyTextLanguage } from "../../core/legacy-text-language.js";
import { GENERAL_ID } from "../../store/records/general.js";
import type { BotContext } from "../context.js";
import { copyable, escapeHtml, type Localized } from "../i18n.js";
import type { Feature } from "./feature.js";

const KIND: Readonly<Record<LintKind, Localized>> = {
  name: { de: "Name", en: "name" },
  signature: { de: "Unterschrift", en: "signature" },
  explicit: { de: "verräterisches Wort", en: "telling word" },
  price: { de: "Preis/Betrag", en: "price/amount" },
  address: { de: "Adresse", en: "address" },
  link: { de: "Link", en: "link" },
  emoji: { de: "Emoji", en: "emoji" },
  phone: { de: "Telefonnummer", en: "phone number" },
};

const TEXTS = {
  help: {
    de: "Schick mir den Text, den du verschicken willst:\n<code>/lint Hallo Tom, passt heute 17:00? LG Anna</code>\nEigene Wörter: <code>/lint add Studio</code>, <code>/lint remove Studio</code>, <code>/lint words</code>",
    en: "Send me the text you mean to send:\n<code>/lint Hi Tom, does 17:00 work today? Best, Anna</code>\nYour own words: <code>/lint add studio</code>, <code>/lint remove studio</code>, <code>/lint words</code>",
  },
  clean: { de: "✅ Unauffällig – nichts gefunden.", en: "✅ Neutral — nothing found." },
  found: { de: "⚠️ {n} Fundstelle(n):", en: "⚠️ {n} finding(s):" },
  at: { de: "Zeichen", en: "char" },
  drop: { de: "→ streichen", en: "→ drop it" },
  replace: { de: "→ ersetzen durch", en: "→ replace with" },
  noFix: { de: "→ umformulieren", en: "→ rephrase" },
  rewrite: { de: "Neutraler Vorschlag:", en: "Neutral version:" },
  added: { de: "✅ „{w}“ wird ab jetzt markiert.", en: "✅ “{w}” will be flagged from now on." },
  removed: { de: "✅ „{w}“ ist nicht mehr auf deiner Liste.", en: "✅ “{w}” is off your list." },
  notListed: { de: "„{w}“ stand nicht auf deiner Liste.", en: "“{w}” was not on your list." },
  badWord: { de: "Ein Wort oder eine kurze Wendung, bis 40 Zeichen: <code>/lint add Studio</code>", en: "One word or a short phrase, up to 40 characters: <code>/lint add studio</code>" },
  words: { de: "<b>Deine Wörter:</b> {w}", en: "<b>Your words:</b> {w}" },
  noWords: { de: "Noch keine eigenen Wörter. <code>/lint add Studio</code>", en: "No words of your own yet. <code>/lint add studio</code>" },
} satisfies Record<string, Localized>;

const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (w, k: string) => String(v[k] ?? w));

/** Her contacts' aliases: names that must never reach a text. */
async function contactAliases(ctx: BotContext): Promise<string[]> {
  const aliases: string[] = [];
  for await (const contact of ctx.app.stores.contacts.values()) if (contact.alias) aliases.push(contact.alias);
  return aliases;
}

async function extraWords(ctx: BotContext): Promise<string[]> {
  return (await ctx.app.stores.general.get(GENERAL_ID))?.lintWords ?? [];
}

function findingLine(text: string, f: LintFinding, lang: LegacyTextLanguage): string {
  const fix =
    f.suggestion === undefined ? TEXTS.noFix[lang]
    : f.suggestion === "" ? TEXTS.drop[lang]
    : `${TEXTS.replace[lang]} „${escapeHtml(f.suggestion)}“`;
  void text;
  return `• ${KIND[f.kind][lang]} „${escapeHtml(f.match)}“ (${TEXTS.at[lang]} ${f.index + 1}) ${fix}`;
}

/** The lint report for a text: findings with positions, and the text with every fix applied. */
export async function lintReport(ctx: BotContext, text: string): Promise<string> {
  const { lang } = ctx;
  const findings = lint(text, { lang: ctx.draftLanguage, names: await contactAliases(ctx), extraWords: await extraWords(ctx) });
  ctx.app.logger.debug({ findings: findings.length }, "lint");
  if (findings.length === 0) return TEXTS.clean[lang];
  const lines = [fill(TEXTS.found[lang], { n: findings.length }), ...findings.map((f) => findingLine(text, f, lang))];
  if (findings.some((f) => f.suggestion !== undefined)) {
    const rewritten = applySuggestions(text, findings);
    if (rewritten !== "" && rewritten !== text) lines.push("", TEXTS.rewrite[lang], copyable(rewritten));
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
  const { lang } = ctx;
  const arg = ctx.match.trim();
  if (arg === "") return void (await ctx.reply(TEXTS.help[lang], { parse_mode: "HTML" }));
  const command = /^(add|remove|words|hinzufügen|entfernen|wörter)(?:\s+([\s\S]*))?$/i.exec(arg);
  if (command) {
    const verb = (command[1] ?? "").toLowerCase();
    const word = (command[2] ?? "").trim().toLowerCase();
    if (verb === "words" || verb === "wörter") {
      const words = await extraWords(ctx);
      const text = words.length === 0 ? TEXTS.noWords[lang] : fill(TEXTS.words[lang], { w: escapeHtml(words.join(", ")) });
      return void (await ctx.reply(text, { parse_mode: "HTML" }));
    }
    if (word === "" || word.length > 40 || word.includes("\n")) {
      return void (await ctx.reply(TEXTS.badWord[lang], { parse_mode: "HTML" }));
    }
    if (verb === "add" || verb === "hinzufügen") {
      await changeWords(ctx, (words) => (words.includes(word) ? words : [...words, word].slice(-500)));
      return void (await ctx.reply(fill(TEXTS.added[lang], { w: escapeHtml(word) })));
    }
    const had = (await extraWords(ctx)).includes(word);
    await changeWords(ctx, (words) => words.filter((w) => w !== word));
    return void (await ctx.reply(fill((had ? TEXTS.removed : TEXTS.notListed)[lang], { w: escapeHtml(word) })));
  }
  await ctx.reply(await lintReport(ctx, arg), { parse_mode: "HTML" });
});

/** /lint: checks a text she means to send for names, signatures, telling words, prices, addresses, links. */
export const lintFeature: Feature = {
  name: "lint",
  commands: [
    { command: "lint", description: "cmd-lint-description", example: "cmd-lint-example", inMenu: true },
  ],
  composer,
};
