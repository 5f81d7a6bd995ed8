import { Composer } from "grammy";
import type { PhoneClass } from "../../../core/phone/types.js";
import { readQuestion } from "../../../core/question.js";
import { contactsOf, type ContactRecord } from "../../../store/contacts.js";
import type { BotContext } from "../../context.js";
import type { Localized } from "../../i18n.js";
import { verdictSection } from "../../views/verdict.js";
import type { Feature } from "../feature.js";
import { resolveSubject, subjectLine } from "./subject.js";

const USAGE: Localized = {
  de: "Welche Nummer? Schreib z. B. <code>/check 0171 2345678</code> oder <code>/check Tom</code> – oder frag einfach „darf ich 0171 2345678 zurückrufen?“.",
  en: "Which number? Write e.g. <code>/check 0171 2345678</code> or <code>/check Tom</code> — or just ask “can I call back 0171 2345678?”.",
};

const WHICH_NUMBER: Localized = {
  de: "Welche Nummer meinst du? Frag z. B. „darf ich 0171 2345678 zurückrufen?“ oder nutze einen gespeicherten Alias.",
  en: "Which number do you mean? Ask e.g. “can I call back 0171 2345678?” or use a saved alias.",
};

const INVALID_HINT: Localized = {
  de: "So geht es: <code>/check 0171 2345678</code> oder <code>/check +49 171 2345678</code>.",
  en: "This works: <code>/check 0171 2345678</code> or <code>/check +49 171 2345678</code>.",
};

/** At most this many numbers are answered for one question. */
const MAX_NUMBERS = 3;

async function answer(ctx: BotContext, phone: PhoneClass, card: ContactRecord | undefined): Promise<void> {
  const subject = subjectLine(phone, card);
  const section = await verdictSection(ctx, phone, subject ? { subject } : {});
  const html = phone.kind === "invalid" ? `${section.html}\n\n${INVALID_HINT[ctx.lang]}` : section.html;
  await ctx.reply(html, { parse_mode: "HTML", ...(section.keyboard && { reply_markup: section.keyboard }) });
}

const composer = new Composer<BotContext>();

composer.command("check", async (ctx) => {
  const argument = ctx.match.trim();
  if (!argument) {
    await ctx.reply(USAGE[ctx.lang], { parse_mode: "HTML" });
    return;
  }
  const subject = await resolveSubject(ctx, argument, "check");
  if (!subject.ok) {
    await ctx.reply(subject.html, { parse_mode: "HTML" });
    return;
  }
  ctx.app.logger.debug({ command: "check", numberKind: subject.phone.kind }, "check asked");
  await answer(ctx, subject.phone, subject.card);
});

/** Plain questions ("darf ich 0171 2345678 zurückrufen?", a number alone); everything else goes on to the inbox. */
composer.on("message:text", async (ctx, next) => {
  const text = ctx.message.text;
  // Forwards are notifications from her phone, never her question.
  if (text.startsWith("/") || ctx.message.forward_origin !== undefined) return next();
  const asked = readQuestion(text, ctx.app.config.phoneRegion);
  if (!asked) return next();

  const contacts = contactsOf(ctx.app);
  if (asked.kind === "phones") {
    ctx.app.logger.debug({ numbers: asked.phones.length }, "question asked");
    for (const phone of asked.phones.slice(0, MAX_NUMBERS)) {
      await answer(ctx, phone, phone.kind === "number" ? await contacts.get(phone.e164) : undefined);
    }
    return;
  }
  for (const word of asked.words) {
    const cards = await contacts.findByAlias(word);
    if (cards.length !== 1) continue;
    const resolution = await contacts.resolve(cards[0]!.e164);
    if (resolution.kind === "number") {
      await answer(ctx, resolution.phone, cards[0]);
      return;
    }
  }
  await ctx.reply(WHICH_NUMBER[ctx.lang]);
});

export const checkFeature: Feature = {
  name: "check",
  commands: [
    { command: "check", description: "cmd-check-description", example: "cmd-check-example", inMenu: true },
  ],
  composer,
};
