import { Composer } from "grammy";
import type { PhoneClass } from "../../../core/phone/types.js";
import { readQuestion } from "../../../core/question.js";
import { contactsOf, type ContactRecord } from "../../../store/contacts.js";
import type { BotContext } from "../../context.js";
import { verdictSection } from "../../views/verdict.js";
import type { Feature } from "../feature.js";
import { resolveSubject, subjectLine } from "./subject.js";

/** At most this many numbers are answered for one question. */
const MAX_NUMBERS = 3;

async function answer(ctx: BotContext, phone: PhoneClass, card: ContactRecord | undefined): Promise<void> {
  const subject = subjectLine(phone, card, ctx.t);
  const section = await verdictSection(ctx, phone, subject ? { subject } : {});
  // A number with digits missing or extra already says what is wrong with it under the headline.
  const html = phone.kind === "invalid" && !phone.wrongLength ? `${section.html}\n\n${ctx.t("check-invalid-hint")}` : section.html;
  await ctx.reply(html, { parse_mode: "HTML", ...(section.keyboard && { reply_markup: section.keyboard }) });
}

const composer = new Composer<BotContext>();

composer.command("check", async (ctx) => {
  const argument = ctx.match.trim();
  if (!argument) {
    await ctx.reply(ctx.t("check-usage"), { parse_mode: "HTML" });
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
  await ctx.reply(ctx.t("check-which-number"));
});

export const checkFeature: Feature = {
  name: "check",
  commands: [
    { command: "check", description: "cmd-check-description", example: "cmd-check-example", inMenu: true },
  ],
  composer,
};
