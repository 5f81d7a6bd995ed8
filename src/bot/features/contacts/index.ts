import { Composer, InlineKeyboard } from "grammy";
import { isAnyTimeWord, isRemoveWord, parseFlagWords } from "../../../core/contact-words.js";
import { findSensitive, removeFindings, type Finding } from "../../../core/minimise/index.js";
import { formatNumber, maskNumber, parseNumberArgument } from "../../../core/phone/index.js";
import type { PhoneClass, WrongLength } from "../../../core/phone/types.js";
import { MAX_VCARD_BYTES, parseVCards } from "../../../core/vcard/index.js";
import { releaseHoldsOf } from "../../../store/appointments.js";
import { contactsOf, ContactRepository, type ContactRecord, type Resolution } from "../../../store/contacts.js";
import { forgetVerdictLog } from "../../../store/verdict-log.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { askedText, eventKindText, whenText } from "../../views/inbound-event.js";
import { weeklyHoursErrorHtml } from "../../views/weekly-hours.js";
import type { Feature } from "../feature.js";
import { aliasOfferData, cardData, forgetData, listData, minimiseData } from "./callbacks.js";
import { contactTitle, flagIcons, hoursText, renderCard } from "./card.js";
import { wrongLengthHtml } from "./describe.js";
import { flagLabel, type FlagName } from "./flags.js";
import { AWAIT_MS, contactsState } from "./state.js";

export { renderCard, contactTitle, flagIcons } from "./card.js";

const PAGE_SIZE = 8;

async function replyHtml(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<void> {
  await ctx.reply(html, { parse_mode: "HTML", ...(keyboard && { reply_markup: keyboard }) });
}

/** Text after the command, without the command itself. */
function argsOf(ctx: BotContext): string {
  return typeof ctx.match === "string" ? ctx.match.trim() : "";
}

/** A number with digits missing or extra: what is wrong with it, and that it gets no card. */
function wrongLengthReply(wrong: WrongLength, t: Translate): string {
  return `${wrongLengthHtml(wrong, t)}\n${t("contacts-wrong-length-no-card")}`;
}

type Target = { e164: string; contact: ContactRecord | undefined };

/** Turns a resolution into a target, or answers why there is none. */
async function targetOf(ctx: BotContext, resolution: Resolution): Promise<Target | undefined> {
  switch (resolution.kind) {
    case "number":
    case "alias":
      return { e164: resolution.phone.e164, contact: resolution.contact };
    case "withheld":
      await replyHtml(ctx, ctx.t("contacts-withheld"));
      return undefined;
    case "invalid-number":
      await replyHtml(ctx, resolution.wrongLength ? wrongLengthReply(resolution.wrongLength, ctx.t) : ctx.t("contacts-invalid-number"));
      return undefined;
    case "ambiguous": {
      const keyboard = new InlineKeyboard([]);
      for (const c of resolution.contacts.slice(0, 10)) {
        keyboard.row().text(`${c.alias ?? ""} · ${maskNumber(c.e164)}`, cardData.pack({ action: "open", key: ctx.app.stores.contacts.keyOf(c.e164), arg: "-" }));
      }
      await replyHtml(ctx, ctx.t("contacts-ambiguous"), keyboard);
      return undefined;
    }
    case "unknown":
      await replyHtml(ctx, ctx.t("contacts-unknown-alias"));
      return undefined;
  }
}

function whoOf(contact: ContactRecord | undefined, e164: string): string {
  return contact?.alias ? `<b>${escapeHtml(contact.alias)}</b>` : maskNumber(e164);
}

export async function showCard(ctx: BotContext, contact: ContactRecord, edit = false): Promise<void> {
  const card = await renderCard(ctx, contact);
  const options = { parse_mode: "HTML" as const, ...(card.keyboard && { reply_markup: card.keyboard }) };
  if (edit && ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(card.html, options);
      return;
    } catch {
      // The message may be too old or unchanged; a fresh card is as good.
    }
  }
  await ctx.reply(card.html, options);
}

// ——— minimisation ———

function findingsHtml(text: string, findings: readonly Finding[], t: Translate): string {
  return findings.map((f) => t("contacts-minimise-finding", { kind: f.kind, text: escapeHtml(text.slice(f.index, f.end)) })).join("\n");
}

async function saveText(ctx: BotContext, field: "note" | "alias", e164: string, text: string): Promise<void> {
  const repo = contactsOf(ctx.app);
  if (field === "note") {
    const contact = await repo.addNote(e164, text);
    ctx.app.logger.info({ event: "note-saved" }, "contact note saved");
    await replyHtml(ctx, ctx.t("contacts-note-saved", { who: whoOf(contact, e164) }));
  } else {
    await repo.setAlias(e164, text);
    ctx.app.logger.info({ event: "alias-saved" }, "contact alias saved");
    await replyHtml(ctx, ctx.t("contacts-alias-saved", { alias: escapeHtml(text), number: maskNumber(e164) }));
  }
}

/** Saves a note or alias, or first points out what looks like data she avoids keeping. */
async function saveChecked(ctx: BotContext, field: "note" | "alias", e164: string, text: string): Promise<void> {
  const findings = findSensitive(text, field);
  if (findings.length === 0) return saveText(ctx, field, e164, text);
  const cleaned = removeFindings(text, findings);
  const id = contactsState(ctx.app).texts.put({ field, e164, text, cleaned }, ctx.app.clock());
  const keyboard = new InlineKeyboard()
    .text(ctx.t("contacts-minimise-keep"), minimiseData.pack({ action: "keep", id }))
    .text(ctx.t("contacts-minimise-strip"), minimiseData.pack({ action: "strip", id }))
    .row()
    .text(ctx.t("contacts-minimise-cancel"), minimiseData.pack({ action: "cancel", id }));
  const preview = cleaned ? `\n\n${ctx.t("contacts-minimise-without", { text: escapeHtml(cleaned) })}` : "";
  ctx.app.logger.info({ event: "minimise-offered", findings: findings.length }, "minimisation check");
  await replyHtml(ctx, `${ctx.t("contacts-minimise-intro")}\n${findingsHtml(text, findings, ctx.t)}${preview}`, keyboard);
}

// ——— commands ———

async function contactCommand(ctx: BotContext): Promise<void> {
  const arg = argsOf(ctx);
  if (!arg) return replyHtml(ctx, ctx.t("contacts-usage-contact"));
  const target = await targetOf(ctx, await contactsOf(ctx.app).resolve(arg));
  if (!target) return;
  // Buttons refer to the card by its storage key, so the card must exist once it is shown.
  const contact = target.contact ?? (await contactsOf(ctx.app).getOrCreate(target.e164)).contact;
  await showCard(ctx, contact);
}

async function noteCommand(ctx: BotContext): Promise<void> {
  const { resolution, rest } = await contactsOf(ctx.app).resolveLeading(argsOf(ctx));
  if (!argsOf(ctx) || (resolution.kind !== "ambiguous" && !rest)) return replyHtml(ctx, ctx.t("contacts-usage-note"));
  const target = await targetOf(ctx, resolution);
  if (target) await saveChecked(ctx, "note", target.e164, rest);
}

async function aliasCommand(ctx: BotContext): Promise<void> {
  const repo = contactsOf(ctx.app);
  const { resolution, rest } = await repo.resolveLeading(argsOf(ctx));
  if (!argsOf(ctx) || (resolution.kind !== "ambiguous" && !rest)) return replyHtml(ctx, ctx.t("contacts-usage-alias"));
  const target = await targetOf(ctx, resolution);
  if (!target) return;
  if (isRemoveWord(rest)) {
    await repo.setAlias(target.e164, undefined);
    return replyHtml(ctx, ctx.t("contacts-alias-removed", { number: maskNumber(target.e164) }));
  }
  if (!ContactRepository.isAliasShaped(rest)) return replyHtml(ctx, ctx.t("contacts-alias-shape"));
  await saveChecked(ctx, "alias", target.e164, rest);
}

async function setHours(ctx: BotContext, e164: string, text: string): Promise<void> {
  const repo = contactsOf(ctx.app);
  if (isAnyTimeWord(text)) {
    const contact = await repo.setAllowedHours(e164, undefined);
    return replyHtml(ctx, ctx.t("contacts-hours-saved", { who: whoOf(contact, e164), hours: escapeHtml(hoursText(undefined, ctx.t)) }));
  }
  const result = await repo.setAllowedHoursText(e164, text);
  if (!result.ok) return replyHtml(ctx, ctx.t("contacts-hours-bad", { error: weeklyHoursErrorHtml(result.error, ctx.t) }));
  await replyHtml(ctx, ctx.t("contacts-hours-saved", { who: whoOf(result.contact, e164), hours: escapeHtml(hoursText(result.hours, ctx.t)) }));
}

async function hoursCommand(ctx: BotContext): Promise<void> {
  const { resolution, rest } = await contactsOf(ctx.app).resolveLeading(argsOf(ctx));
  if (!argsOf(ctx) || (resolution.kind !== "ambiguous" && !rest)) return replyHtml(ctx, ctx.t("contacts-usage-hours"));
  const target = await targetOf(ctx, resolution);
  if (target) await setHours(ctx, target.e164, rest);
}

function flagCommand(set: boolean) {
  return async (ctx: BotContext): Promise<void> => {
    const usage = set ? ctx.t("contacts-usage-flag") : ctx.t("contacts-usage-unflag");
    const help = ctx.t("contacts-flags-help");
    const repo = contactsOf(ctx.app);
    const { resolution, rest } = await repo.resolveLeading(argsOf(ctx));
    if (!argsOf(ctx) || (resolution.kind !== "ambiguous" && !rest)) return replyHtml(ctx, `${usage}\n${help}`);
    const { flags, unknown } = parseFlagWords(rest);
    if (unknown.length > 0 || flags.length === 0) {
      const words = unknown.map((w) => `<code>${escapeHtml(w)}</code>`).join(", ");
      return replyHtml(ctx, [...(unknown.length > 0 ? [ctx.t("contacts-unknown-flags", { words })] : []), help, usage].join("\n"));
    }
    const target = await targetOf(ctx, resolution);
    if (!target) return;
    let contact: ContactRecord | undefined;
    for (const flag of flags) contact = set ? await repo.setFlag(target.e164, flag, { by: "owner" }) : await repo.clearFlag(target.e164, flag);
    ctx.app.logger.info({ event: set ? "flags-set" : "flags-cleared", count: flags.length }, "contact flags changed");
    const labels = flags.map((f) => flagLabel(f, ctx.t)).join(", ");
    await replyHtml(ctx, ctx.t("contacts-flags-changed", { who: whoOf(contact, target.e164), change: set ? "set" : "cleared", flags: labels }));
  };
}

async function askForget(ctx: BotContext, e164: string, contact: ContactRecord | undefined): Promise<void> {
  if (!contact) return replyHtml(ctx, ctx.t("contacts-no-card"));
  const key = ctx.app.stores.contacts.keyOf(e164);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("contacts-forget-yes"), forgetData.pack({ action: "yes", key }))
    .text(ctx.t("contacts-forget-no"), forgetData.pack({ action: "no", key }));
  await replyHtml(ctx, ctx.t("contacts-forget-ask", { who: whoOf(contact, e164) }), keyboard);
}

async function forgetCommand(ctx: BotContext): Promise<void> {
  const arg = argsOf(ctx);
  if (!arg) return replyHtml(ctx, ctx.t("contacts-usage-forget"));
  const target = await targetOf(ctx, await contactsOf(ctx.app).resolve(arg));
  if (target) await askForget(ctx, target.e164, target.contact);
}

async function contactsPage(ctx: BotContext, page: number): Promise<{ html: string; keyboard?: InlineKeyboard }> {
  const t = ctx.t;
  const { contacts, total } = await contactsOf(ctx.app).recent(PAGE_SIZE, page * PAGE_SIZE);
  if (total === 0) return { html: t("contacts-none-yet") };
  const now = ctx.app.clock();
  const pages = Math.ceil(total / PAGE_SIZE);
  const lines = [pages > 1 ? t("contacts-list-title-page", { page: page + 1, pages }) : t("contacts-list-title")];
  const keyboard = new InlineKeyboard([]);
  for (const contact of contacts) {
    const last = contact.events.reduce<(typeof contact.events)[number] | undefined>((a, e) => (!a || e.at > a.at ? e : a), undefined);
    const event = last
      ? `${eventKindText(last.kind, t)} ${whenText(last.at, now, ctx.app.config.timeZone, t)}${last.asked.callback || last.asked.appointment ? ` · ${askedText(last.asked, t)}` : ""}`
      : t("contacts-no-event-yet");
    const icons = flagIcons(contact);
    lines.push(`• ${contactTitle(contact)}${icons ? ` ${icons}` : ""} — ${event}`);
    keyboard.row().text(`${contact.alias ?? maskNumber(contact.e164)}${icons ? ` ${icons}` : ""}`, cardData.pack({ action: "open", key: ctx.app.stores.contacts.keyOf(contact.e164), arg: "-" }));
  }
  if (page > 0 || page + 1 < pages) keyboard.row();
  if (page > 0) keyboard.text(t("contacts-previous-page"), listData.pack({ page: String(page - 1) }));
  if (page + 1 < pages) keyboard.text(t("contacts-next-page"), listData.pack({ page: String(page + 1) }));
  return { html: lines.join("\n"), keyboard };
}

// ——— shared contacts and vCards ———

/** Opens (or creates) the card of a shared number and offers only the first name as alias. */
async function openShared(ctx: BotContext, phone: Extract<PhoneClass, { kind: "number" }>, firstName: string | undefined): Promise<void> {
  const repo = contactsOf(ctx.app);
  const { contact } = await repo.getOrCreate(phone.e164);
  ctx.app.logger.info({ event: "contact-shared" }, "shared contact opened");
  await showCard(ctx, contact);
  // Only the first word of the first name: people type whole names into that field.
  const first = firstName?.trim().split(/\s+/)[0]?.replace(/[,;.]+$/, "");
  if (first && ContactRepository.isAliasShaped(first) && first !== contact.alias) {
    const id = contactsState(ctx.app).aliases.put({ e164: phone.e164, firstName: first }, ctx.app.clock());
    const keyboard = new InlineKeyboard()
      .text(ctx.t("contacts-use-alias", { name: first }), aliasOfferData.pack({ action: "use", id }))
      .text(ctx.t("contacts-skip-alias"), aliasOfferData.pack({ action: "skip", id }));
    await replyHtml(ctx, ctx.t("contacts-shared-intro"), keyboard);
  }
}

/** A shared number that is no number: what is wrong with it, and no card. */
function unusableSharedHtml(phone: PhoneClass, t: Translate): string {
  return phone.kind === "invalid" && phone.wrongLength ? wrongLengthReply(phone.wrongLength, t) : t("contacts-invalid-number");
}

async function openVCardText(ctx: BotContext, text: string): Promise<void> {
  const cards = parseVCards(text).filter((c) => c.phones.length > 0);
  const card = cards[0];
  const phones = card?.phones.map((p) => parseNumberArgument(p, ctx.app.config.phoneRegion)) ?? [];
  const phone = phones.find((p) => p.kind === "number");
  if (!card || !phone) {
    const wrong = phones.find((p) => p.kind === "invalid" && p.wrongLength);
    return replyHtml(ctx, wrong ? unusableSharedHtml(wrong, ctx.t) : ctx.t("contacts-vcard-none"));
  }
  await openShared(ctx, phone, card.firstName);
  if (cards.length > 1) await replyHtml(ctx, ctx.t("contacts-vcard-more", { count: cards.length }));
}

const isVCardDocument = (doc: { file_name?: string; mime_type?: string }) =>
  /\.vcf$/i.test(doc.file_name ?? "") || /^text\/(?:x-)?vcard$/i.test(doc.mime_type ?? "");

// ——— wiring ———

const composer = new Composer<BotContext>();

composer.command("cancel", async (ctx, next) => {
  const state = contactsState(ctx.app);
  if (!state.awaiting) return next();
  state.awaiting = undefined;
  await replyHtml(ctx, ctx.t("contacts-cancel-input"));
});

// Her next message after "add a note" / "set hours" is the input; any command ends the wait.
composer.on("message:text", async (ctx, next) => {
  const state = contactsState(ctx.app);
  const awaited = state.awaiting;
  if (!awaited) return next();
  // A command, a forwarded notice or a stale wait: this message is not the awaited input.
  if (ctx.message.text.startsWith("/") || ctx.message.forward_origin !== undefined || awaited.expires <= ctx.app.clock()) {
    state.awaiting = undefined;
    return next();
  }
  state.awaiting = undefined;
  const text = ctx.message.text.trim();
  if (awaited.field === "note") await saveChecked(ctx, "note", awaited.e164, text);
  else await setHours(ctx, awaited.e164, text);
});

composer.command("contact", contactCommand);
composer.command("note", noteCommand);
composer.command("alias", aliasCommand);
composer.command("hours_for", hoursCommand);
composer.command("flag", flagCommand(true));
composer.command("unflag", flagCommand(false));
composer.command("forget", forgetCommand);
composer.command("contacts", async (ctx) => {
  const page = await contactsPage(ctx, 0);
  await replyHtml(ctx, page.html, page.keyboard);
});

composer.on("message:contact", async (ctx) => {
  const shared = ctx.message.contact;
  const phone = parseNumberArgument(shared.phone_number, ctx.app.config.phoneRegion);
  if (phone.kind === "number") await openShared(ctx, phone, shared.first_name);
  else await replyHtml(ctx, unusableSharedHtml(phone, ctx.t));
});

// Some phones share a contact as vCard text rather than a file.
composer.on("message:text").filter(
  (ctx) => /^\s*BEGIN:VCARD/i.test(ctx.message.text),
  async (ctx) => openVCardText(ctx, ctx.message.text),
);

composer.on("message:document").filter(
  (ctx) => isVCardDocument(ctx.message.document),
  async (ctx) => {
    const doc = ctx.message.document;
    if ((doc.file_size ?? 0) > MAX_VCARD_BYTES) return replyHtml(ctx, ctx.t("contacts-vcard-too-large"));
    let content: Buffer;
    try {
      content = await ctx.downloadFile(doc.file_id, MAX_VCARD_BYTES);
    } catch (error) {
      ctx.app.logger.warn({ err: error, event: "vcard-download-failed" }, "vcard download failed");
      return replyHtml(ctx, ctx.t("contacts-vcard-failed"));
    }
    await openVCardText(ctx, content.toString("utf8"));
  },
);

composer.callbackQuery(cardData.pattern, async (ctx) => {
  const data = cardData.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t("contacts-expired") }));
  const repo = contactsOf(ctx.app);
  const contact = await repo.getByKey(data.key);
  if (!contact) return void (await ctx.answerCallbackQuery({ text: ctx.t("contacts-stale-card") }));
  switch (data.action) {
    case "open":
      await ctx.answerCallbackQuery();
      return showCard(ctx, contact);
    case "flag": {
      const flag = data.arg as FlagName;
      const updated = contact.flags[flag] ? await repo.clearFlag(contact.e164, flag) : await repo.setFlag(contact.e164, flag, { by: "owner" });
      await ctx.answerCallbackQuery({ text: `${flagLabel(flag, ctx.t)}: ${updated.flags[flag] ? "✓" : "—"}` });
      return showCard(ctx, updated, true);
    }
    case "note":
    case "hours": {
      contactsState(ctx.app).awaiting = { field: data.action, e164: contact.e164, expires: ctx.app.clock() + AWAIT_MS };
      await ctx.answerCallbackQuery();
      const who = whoOf(contact, contact.e164);
      const ask = data.action === "note" ? ctx.t("contacts-ask-note", { who }) : ctx.t("contacts-ask-hours", { who });
      await ctx.reply(ask, {
        parse_mode: "HTML",
        reply_markup: { force_reply: true, input_field_placeholder: data.action === "note" ? "…" : ctx.t("contacts-hours-placeholder") },
      });
      return;
    }
    case "number":
      // A toast, not a message: the full number does not stay in the chat.
      await ctx.answerCallbackQuery({ text: formatNumber(contact.e164, ctx.app.config.phoneRegion), show_alert: true });
      return;
    case "forget":
      await ctx.answerCallbackQuery();
      return askForget(ctx, contact.e164, contact);
  }
});

composer.callbackQuery(forgetData.pattern, async (ctx) => {
  const data = forgetData.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t("contacts-expired") }));
  await ctx.answerCallbackQuery();
  if (data.action === "no") {
    const kept = ctx.t("contacts-kept");
    return void (await ctx.editMessageText(kept).catch(() => ctx.reply(kept)));
  }
  const repo = contactsOf(ctx.app);
  const contact = await repo.getByKey(data.key);
  if (contact) {
    // Everything about the number goes: the card, its verdict history and any slot held for it.
    await repo.forget(contact.e164);
    await forgetVerdictLog(ctx.app.stores, contact.e164);
    await releaseHoldsOf(ctx.app.stores, data.key);
  }
  ctx.app.logger.info({ event: "contact-forgotten", existed: contact !== undefined }, "contact forgotten");
  const text = contact ? ctx.t("contacts-forgotten") : ctx.t("contacts-no-card");
  await ctx.editMessageText(text).catch(() => ctx.reply(text));
});

composer.callbackQuery(minimiseData.pattern, async (ctx) => {
  const data = minimiseData.unpack(ctx.callbackQuery.data);
  const pending = data && contactsState(ctx.app).texts.take(data.id, ctx.app.clock());
  if (!data || !pending) return void (await ctx.answerCallbackQuery({ text: ctx.t("contacts-expired") }));
  await ctx.answerCallbackQuery();
  // The finding list quoted her text: replace it, so it does not linger in the chat.
  const done = async (text: string) => void (await ctx.editMessageText(text).catch(() => undefined));
  if (data.action === "cancel") return done(ctx.t("contacts-cancelled"));
  const text = data.action === "keep" ? pending.text : pending.cleaned;
  if (!text || (pending.field === "alias" && !ContactRepository.isAliasShaped(text))) return done(ctx.t("contacts-minimise-empty"));
  await done("✓");
  await saveText(ctx, pending.field, pending.e164, text);
});

composer.callbackQuery(aliasOfferData.pattern, async (ctx) => {
  const data = aliasOfferData.unpack(ctx.callbackQuery.data);
  const pending = data && contactsState(ctx.app).aliases.take(data.id, ctx.app.clock());
  if (!data || !pending) return void (await ctx.answerCallbackQuery({ text: ctx.t("contacts-expired") }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (data.action === "skip") return;
  const contact = await contactsOf(ctx.app).setAlias(pending.e164, pending.firstName);
  await showCard(ctx, contact);
});

composer.callbackQuery(listData.pattern, async (ctx) => {
  const data = listData.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: ctx.t("contacts-expired") }));
  await ctx.answerCallbackQuery();
  const page = await contactsPage(ctx, Number(data.page));
  await ctx
    .editMessageText(page.html, { parse_mode: "HTML", ...(page.keyboard && { reply_markup: page.keyboard }) })
    .catch(() => replyHtml(ctx, page.html, page.keyboard));
});

export const contactsFeature: Feature = {
  name: "contacts",
  commands: [
    { command: "contact", description: "cmd-contact-description", example: "cmd-contact-example", inMenu: true },
    { command: "contacts", description: "cmd-contacts-description", example: "cmd-contacts-example", inMenu: true },
    { command: "note", description: "cmd-note-description", example: "cmd-note-example" },
    { command: "alias", description: "cmd-alias-description", example: "cmd-alias-example" },
    { command: "hours_for", description: "cmd-hours-for-description", example: "cmd-hours-for-example" },
    { command: "flag", description: "cmd-flag-description", example: "cmd-flag-example" },
    { command: "unflag", description: "cmd-unflag-description", example: "cmd-unflag-example" },
    { command: "forget", description: "cmd-forget-description", example: "cmd-forget-example" },
  ],
  composer,
};

