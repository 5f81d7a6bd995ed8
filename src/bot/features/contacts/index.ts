import { Composer, InlineKeyboard } from "grammy";
import { releaseHoldsOf } from "../../../store/appointments.js";
import { forgetVerdictLog } from "../../../store/verdict-log.js";
import type { LegacyTextLanguage } from "../../../core/legacy-text-language.js";
import { findSensitive, removeFindings, type Finding, type FindingKind } from "../../../core/minimise/index.js";
import { formatNumber, maskNumber, parseNumberArgument } from "../../../core/phone/index.js";
import { MAX_VCARD_BYTES, parseVCards } from "../../../core/vcard/index.js";
import { contactsOf, ContactRepository, type ContactRecord, type Resolution } from "../../../store/contacts.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Localized } from "../../i18n.js";
import type { Feature } from "../feature.js";
import { aliasOfferData, cardData, forgetData, listData, minimiseData } from "./callbacks.js";
import { contactTitle, flagIcons, hoursText, renderCard } from "./card.js";
import { askedLabel, eventKindLabel, formatWhen } from "./describe.js";
import { FLAG_ICONS, FLAG_LABELS, parseFlagWords, type FlagName } from "./flags.js";
import { AWAIT_MS, contactsState } from "./state.js";

export { renderCard, contactTitle, flagIcons } from "./card.js";

const PAGE_SIZE = 8;

const T = {
  usageContact: { de: "Welche Nummer? Zum Beispiel: <code>/contact 0171 2345678</code> oder <code>/contact Tom</code>", en: "Which number? For example: <code>/contact 0171 2345678</code> or <code>/contact Tom</code>" },
  usageNote: { de: "So geht’s: <code>/note 0171 2345678 nur mittags erreichbar</code>", en: "Like this: <code>/note 0171 2345678 only reachable at noon</code>" },
  usageAlias: { de: "So geht’s: <code>/alias 0171 2345678 Tom</code> (nur ein Vor- oder Arbeitsname; <code>-</code> entfernt ihn)", en: "Like this: <code>/alias 0171 2345678 Tom</code> (one first or working name only; <code>-</code> removes it)" },
  usageHours: { de: "So geht’s: <code>/hours_for 0171 2345678 Mo-Fr 12-14</code> (<code>-</code> hebt die Einschränkung auf)", en: "Like this: <code>/hours_for 0171 2345678 Mon-Fri 12-14</code> (<code>-</code> lifts the restriction)" },
  usageFlag: { de: "So geht’s: <code>/flag 0171 2345678 nocall festnetz</code>", en: "Like this: <code>/flag 0171 2345678 nocall landline</code>" },
  usageUnflag: { de: "So geht’s: <code>/unflag 0171 2345678 nocall</code>", en: "Like this: <code>/unflag 0171 2345678 nocall</code>" },
  usageForget: { de: "So geht’s: <code>/forget 0171 2345678</code>", en: "Like this: <code>/forget 0171 2345678</code>" },
  withheld: { de: "Eine unterdrückte Nummer hat keine Karte – da gibt es nichts zu merken.", en: "A withheld number has no card — there is nothing to keep." },
  invalidNumber: { de: "Das ist keine Nummer, die ich lesen kann (zu kurz, ein Datum oder ein Kurzwahl-Code). Beispiel: <code>0171 2345678</code> oder <code>+49 171 2345678</code>.", en: "That is not a number I can read (too short, a date or a short code). Example: <code>0171 2345678</code> or <code>+49 171 2345678</code>." },
  unknownAlias: { de: "Zu diesem Namen kenne ich keine Karte. Nimm die Nummer, z. B. <code>0171 2345678</code>, oder schau in /contacts.", en: "I know no card with that name. Use the number, e.g. <code>0171 2345678</code>, or look in /contacts." },
  ambiguous: { de: "Diesen Namen tragen mehrere Karten – nimm bitte die Nummer:", en: "Several cards carry that name — please use the number:" },
  noCard: { de: "Zu dieser Nummer habe ich nichts gespeichert.", en: "I have nothing stored for this number." },
  flagsHelp: { de: "Hinweise: nocall (kein-rueckruf), landline (festnetz), forwarded (umgeleitet), smsonly (nur-sms), nosms (keine-sms), blocked (gesperrt), trusted (vertraut).", en: "Flags: nocall, landline, forwarded, smsonly, nosms, blocked, trusted." },
  unknownFlags: { de: "Diese Hinweise kenne ich nicht:", en: "I don't know these flags:" },
  flagsSet: { de: "Gesetzt:", en: "Set:" },
  flagsCleared: { de: "Entfernt:", en: "Removed:" },
  noteSaved: { de: "📝 Notiz gespeichert für", en: "📝 Note saved for" },
  aliasSaved: { de: "👤 Alias gespeichert:", en: "👤 Alias saved:" },
  aliasRemoved: { de: "👤 Alias entfernt für", en: "👤 Alias removed for" },
  aliasShape: { de: "Ein Alias ist ein Vor- oder Arbeitsname: nur Buchstaben, höchstens 40 Zeichen. Beispiel: <code>/alias 0171 2345678 Tom</code>", en: "An alias is one first or working name: letters only, at most 40 characters. Example: <code>/alias 0171 2345678 Tom</code>" },
  hoursSaved: { de: "🕑 Erlaubte Zeiten für", en: "🕑 Allowed hours for" },
  hoursBad: { de: "Diese Zeiten verstehe ich nicht. Beispiele: <code>Mo-Fr 12-14</code>, <code>werktags 9-17</code>, <code>Sa, So 14:00-18:00</code>.", en: "I can't read those hours. Examples: <code>Mon-Fri 12-14</code>, <code>weekdays 9-17</code>, <code>Sat, Sun 14:00-18:00</code>." },
  forgetAsk: { de: "Alles zu {who} löschen – Alias, Hinweise, Notizen, Zeiten und Ereignisse? Das lässt sich nicht rückgängig machen.", en: "Delete everything about {who} — alias, flags, notes, hours and events? This cannot be undone." },
  forgetYes: { de: "🗑 Ja, alles löschen", en: "🗑 Yes, delete everything" },
  forgetNo: { de: "Abbrechen", en: "Cancel" },
  forgotten: { de: "🗑 Gelöscht. Zu dieser Nummer ist nichts mehr gespeichert.", en: "🗑 Deleted. Nothing is stored about this number any more." },
  kept: { de: "Nichts gelöscht.", en: "Nothing deleted." },
  minimiseIntro: { de: "⚠️ Das sieht nach Daten aus, die du nicht brauchst:", en: "⚠️ This looks like data you don't need:" },
  minimiseKeep: { de: "Trotzdem speichern", en: "Save anyway" },
  minimiseStrip: { de: "Ohne speichern", en: "Save without it" },
  minimiseCancel: { de: "Abbrechen", en: "Cancel" },
  minimiseEmpty: { de: "Ohne diese Stellen bleibt nichts übrig – nichts gespeichert.", en: "Without those parts nothing is left — nothing saved." },
  cancelled: { de: "Abgebrochen, nichts gespeichert.", en: "Cancelled, nothing saved." },
  expired: { de: "Das ist abgelaufen – bitte schick es nochmal.", en: "That has expired — please send it again." },
  staleCard: { de: "Diese Karte gibt es nicht mehr.", en: "This card no longer exists." },
  askNote: { de: "📝 Schick mir jetzt die Notiz für {who} (oder /cancel).", en: "📝 Send me the note for {who} now (or /cancel)." },
  askHours: { de: "🕑 Schick mir die erlaubten Zeiten für {who}, z. B. <code>Mo-Fr 12-14</code> – oder <code>-</code> für keine Einschränkung (/cancel bricht ab).", en: "🕑 Send me the allowed hours for {who}, e.g. <code>Mon-Fri 12-14</code> — or <code>-</code> for no restriction (/cancel stops)." },
  cancelInput: { de: "Abgebrochen.", en: "Cancelled." },
  noContacts: { de: "Noch keine Kontakte. Leite mir einen verpassten Anruf weiter oder tippe <code>/contact 0171 2345678</code>.", en: "No contacts yet. Forward me a missed call or type <code>/contact 0171 2345678</code>." },
  contactsHeader: { de: "<b>Letzte Kontakte</b>", en: "<b>Recent contacts</b>" },
  noEventYet: { de: "noch kein Ereignis", en: "no event yet" },
  prev: { de: "‹ Zurück", en: "‹ Back" },
  next: { de: "Weiter ›", en: "Next ›" },
  page: { de: "Seite", en: "page" },
  useAlias: { de: "„{name}“ als Alias verwenden", en: "Use “{name}” as alias" },
  skipAlias: { de: "Kein Alias", en: "No alias" },
  sharedIntro: { de: "Kontakt übernommen – nur die Nummer, nichts weiter.", en: "Contact taken over — the number only, nothing else." },
  vcardNone: { de: "In dieser Datei finde ich keine Telefonnummer. Schick mir eine .vcf-Datei mit einem Kontakt.", en: "I find no phone number in that file. Send me a .vcf file with one contact." },
  vcardTooLarge: { de: "Diese Datei ist zu groß für eine Kontaktkarte (höchstens 64 KB).", en: "That file is too large for a contact card (64 KB at most)." },
  vcardFailed: { de: "Ich konnte die Datei nicht laden – bitte versuch es nochmal.", en: "I couldn't load the file — please try again." },
  vcardMore: { de: "Die Datei enthält {n} Kontakte; ich habe den ersten übernommen. Schick die anderen einzeln, wenn du sie brauchst.", en: "The file holds {n} contacts; I took the first one. Send the others one by one if you need them." },
} satisfies Record<string, Localized>;

const FINDING_LABEL: Readonly<Record<FindingKind, Localized>> = {
  company: { de: "Arbeitgeber/Firma", en: "employer/company" },
  surname: { de: "Nachname", en: "surname" },
  email: { de: "E-Mail-Adresse", en: "email address" },
  web: { de: "Webadresse", en: "web address" },
  address: { de: "Adresse", en: "address" },
  bank: { de: "Bankdaten", en: "bank details" },
};

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? "");

async function replyHtml(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<void> {
  await ctx.reply(html, { parse_mode: "HTML", ...(keyboard && { reply_markup: keyboard }) });
}

/** Text after the command, without the command itself. */
function argsOf(ctx: BotContext): string {
  return typeof ctx.match === "string" ? ctx.match.trim() : "";
}

type Target = { e164: string; contact: ContactRecord | undefined };

/** Turns a resolution into a target, or answers why not (false). */
async function targetOf(ctx: BotContext, resolution: Resolution): Promise<Target | undefined> {
  const lang = ctx.lang;
  switch (resolution.kind) {
    case "number":
      return { e164: resolution.phone.e164, contact: resolution.contact };
    case "alias":
      return { e164: resolution.phone.e164, contact: resolution.contact };
    case "withheld":
      await replyHtml(ctx, T.withheld[lang]);
      return undefined;
    case "invalid-number":
      await replyHtml(ctx, T.invalidNumber[lang]);
      return undefined;
    case "ambiguous": {
      const keyboard = new InlineKeyboard([]);
      for (const c of resolution.contacts.slice(0, 10)) {
        keyboard.row().text(`${c.alias ?? ""} · ${maskNumber(c.e164)}`, cardData.pack({ action: "open", key: ctx.app.stores.contacts.keyOf(c.e164), arg: "-" }));
      }
      await replyHtml(ctx, T.ambiguous[lang], keyboard);
      return undefined;
    }
    case "unknown":
      await replyHtml(ctx, T.unknownAlias[lang]);
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

function findingsHtml(text: string, findings: readonly Finding[], lang: LegacyTextLanguage): string {
  return findings.map((f) => `• ${FINDING_LABEL[f.kind][lang]}: „${escapeHtml(text.slice(f.index, f.end))}“`).join("\n");
}

async function saveText(ctx: BotContext, field: "note" | "alias", e164: string, text: string): Promise<void> {
  const repo = contactsOf(ctx.app);
  const lang = ctx.lang;
  if (field === "note") {
    const contact = await repo.addNote(e164, text);
    ctx.app.logger.info({ event: "note-saved" }, "contact note saved");
    await replyHtml(ctx, `${T.noteSaved[lang]} ${whoOf(contact, e164)}.`);
  } else {
    await repo.setAlias(e164, text);
    ctx.app.logger.info({ event: "alias-saved" }, "contact alias saved");
    await replyHtml(ctx, `${T.aliasSaved[lang]} <b>${escapeHtml(text)}</b> · ${maskNumber(e164)}`);
  }
}

/** Saves a note or alias, or first points out what looks like data she avoids keeping. */
async function saveChecked(ctx: BotContext, field: "note" | "alias", e164: string, text: string): Promise<void> {
  const findings = findSensitive(text, field);
  if (findings.length === 0) return saveText(ctx, field, e164, text);
  const cleaned = removeFindings(text, findings);
  const id = contactsState(ctx.app).texts.put({ field, e164, text, cleaned }, ctx.app.clock());
  const keyboard = new InlineKeyboard()
    .text(T.minimiseKeep[ctx.lang], minimiseData.pack({ action: "keep", id }))
    .text(T.minimiseStrip[ctx.lang], minimiseData.pack({ action: "strip", id }))
    .row()
    .text(T.minimiseCancel[ctx.lang], minimiseData.pack({ action: "cancel", id }));
  const preview = cleaned ? `\n\n${ctx.lang === "de" ? "Ohne:" : "Without:"} <i>${escapeHtml(cleaned)}</i>` : "";
  ctx.app.logger.info({ event: "minimise-offered", findings: findings.length }, "minimisation check");
  await replyHtml(ctx, `${T.minimiseIntro[ctx.lang]}\n${findingsHtml(text, findings, ctx.lang)}${preview}`, keyboard);
}

// ——— commands ———

async function contactCommand(ctx: BotContext): Promise<void> {
  const arg = argsOf(ctx);
  if (!arg) return replyHtml(ctx, T.usageContact[ctx.lang]);
  const target = await targetOf(ctx, await contactsOf(ctx.app).resolve(arg));
  if (!target) return;
  // Buttons refer to the card by its storage key, so the card must exist once it is shown.
  const contact = target.contact ?? (await contactsOf(ctx.app).getOrCreate(target.e164)).contact;
  await showCard(ctx, contact);
}

async function noteCommand(ctx: BotContext): Promise<void> {
  const { resolution, rest } = await contactsOf(ctx.app).resolveLeading(argsOf(ctx));
  if (!argsOf(ctx) || (resolution.kind !== "ambiguous" && !rest)) return replyHtml(ctx, T.usageNote[ctx.lang]);
  const target = await targetOf(ctx, resolution);
  if (target) await saveChecked(ctx, "note", target.e164, rest);
}

async function aliasCommand(ctx: BotContext): Promise<void> {
  const repo = contactsOf(ctx.app);
  const { resolution, rest } = await repo.resolveLeading(argsOf(ctx));
  if (!argsOf(ctx) || (resolution.kind !== "ambiguous" && !rest)) return replyHtml(ctx, T.usageAlias[ctx.lang]);
  const target = await targetOf(ctx, resolution);
  if (!target) return;
  if (rest === "-" || /^(?:löschen|loeschen|entfernen|remove|delete|none)$/i.test(rest)) {
    await repo.setAlias(target.e164, undefined);
    return replyHtml(ctx, `${T.aliasRemoved[ctx.lang]} ${maskNumber(target.e164)}.`);
  }
  if (!ContactRepository.isAliasShaped(rest)) return replyHtml(ctx, T.aliasShape[ctx.lang]);
  await saveChecked(ctx, "alias", target.e164, rest);
}

async function setHours(ctx: BotContext, e164: string, text: string): Promise<void> {
  const repo = contactsOf(ctx.app);
  const lang = ctx.lang;
  if (/^(?:-|jederzeit|immer|keine|any ?time|always|none)$/i.test(text.trim())) {
    const contact = await repo.setAllowedHours(e164, undefined);
    return replyHtml(ctx, `${T.hoursSaved[lang]} ${whoOf(contact, e164)}: ${escapeHtml(hoursText(undefined, lang))}`);
  }
  const result = await repo.setAllowedHoursText(e164, text);
  if (!result.ok) return replyHtml(ctx, T.hoursBad[lang]);
  await replyHtml(ctx, `${T.hoursSaved[lang]} ${whoOf(result.contact, e164)}: ${escapeHtml(hoursText(result.hours, lang))}`);
}

async function hoursCommand(ctx: BotContext): Promise<void> {
  const { resolution, rest } = await contactsOf(ctx.app).resolveLeading(argsOf(ctx));
  if (!argsOf(ctx) || (resolution.kind !== "ambiguous" && !rest)) return replyHtml(ctx, T.usageHours[ctx.lang]);
  const target = await targetOf(ctx, resolution);
  if (target) await setHours(ctx, target.e164, rest);
}

function flagList(flags: readonly FlagName[], lang: LegacyTextLanguage): string {
  return flags.map((f) => `${FLAG_ICONS[f]} ${FLAG_LABELS[f][lang]}`).join(", ");
}

function flagCommand(set: boolean) {
  return async (ctx: BotContext): Promise<void> => {
    const lang = ctx.lang;
    const usage = set ? T.usageFlag[lang] : T.usageUnflag[lang];
    const repo = contactsOf(ctx.app);
    const { resolution, rest } = await repo.resolveLeading(argsOf(ctx));
    if (!argsOf(ctx) || (resolution.kind !== "ambiguous" && !rest)) return replyHtml(ctx, `${usage}\n${T.flagsHelp[lang]}`);
    const { flags, unknown } = parseFlagWords(rest);
    if (unknown.length > 0 || flags.length === 0) {
      const list = unknown.map((w) => `<code>${escapeHtml(w)}</code>`).join(", ");
      return replyHtml(ctx, `${unknown.length > 0 ? `${T.unknownFlags[lang]} ${list}\n` : ""}${T.flagsHelp[lang]}\n${usage}`);
    }
    const target = await targetOf(ctx, resolution);
    if (!target) return;
    let contact: ContactRecord | undefined;
    for (const flag of flags) contact = set ? await repo.setFlag(target.e164, flag, { by: "owner" }) : await repo.clearFlag(target.e164, flag);
    ctx.app.logger.info({ event: set ? "flags-set" : "flags-cleared", count: flags.length }, "contact flags changed");
    await replyHtml(ctx, `${whoOf(contact, target.e164)} — ${set ? T.flagsSet[lang] : T.flagsCleared[lang]} ${flagList(flags, lang)}`);
  };
}

async function askForget(ctx: BotContext, e164: string, contact: ContactRecord | undefined): Promise<void> {
  if (!contact) return replyHtml(ctx, T.noCard[ctx.lang]);
  const key = ctx.app.stores.contacts.keyOf(e164);
  const keyboard = new InlineKeyboard()
    .text(T.forgetYes[ctx.lang], forgetData.pack({ action: "yes", key }))
    .text(T.forgetNo[ctx.lang], forgetData.pack({ action: "no", key }));
  await replyHtml(ctx, fill(T.forgetAsk[ctx.lang], { who: whoOf(contact, e164) }), keyboard);
}

async function forgetCommand(ctx: BotContext): Promise<void> {
  const arg = argsOf(ctx);
  if (!arg) return replyHtml(ctx, T.usageForget[ctx.lang]);
  const target = await targetOf(ctx, await contactsOf(ctx.app).resolve(arg));
  if (target) await askForget(ctx, target.e164, target.contact);
}

async function contactsPage(ctx: BotContext, page: number): Promise<{ html: string; keyboard?: InlineKeyboard }> {
  const lang = ctx.lang;
  const { contacts, total } = await contactsOf(ctx.app).recent(PAGE_SIZE, page * PAGE_SIZE);
  if (total === 0) return { html: T.noContacts[lang] };
  const now = ctx.app.clock();
  const pages = Math.ceil(total / PAGE_SIZE);
  const lines = [`${T.contactsHeader[lang]}${pages > 1 ? ` (${T.page[lang]} ${page + 1}/${pages})` : ""}`];
  const keyboard = new InlineKeyboard([]);
  for (const contact of contacts) {
    const last = contact.events.reduce<(typeof contact.events)[number] | undefined>((a, e) => (!a || e.at > a.at ? e : a), undefined);
    const event = last
      ? `${eventKindLabel(last.kind, lang)} ${formatWhen(last.at, now, ctx.app.config.timeZone, lang)}${last.asked.callback || last.asked.appointment ? ` · ${askedLabel(last.asked, lang)}` : ""}`
      : T.noEventYet[lang];
    const icons = flagIcons(contact);
    lines.push(`• ${contactTitle(contact)}${icons ? ` ${icons}` : ""} — ${event}`);
    keyboard.row().text(`${contact.alias ?? maskNumber(contact.e164)}${icons ? ` ${icons}` : ""}`, cardData.pack({ action: "open", key: ctx.app.stores.contacts.keyOf(contact.e164), arg: "-" }));
  }
  if (page > 0 || page + 1 < pages) keyboard.row();
  if (page > 0) keyboard.text(T.prev[lang], listData.pack({ page: String(page - 1) }));
  if (page + 1 < pages) keyboard.text(T.next[lang], listData.pack({ page: String(page + 1) }));
  return { html: lines.join("\n"), keyboard };
}

// ——— shared contacts and vCards ———

/** Opens (or creates) the card of a shared number and offers only the first name as alias. */
async function openShared(ctx: BotContext, rawNumber: string, firstName: string | undefined): Promise<boolean> {
  const phone = parseNumberArgument(rawNumber, ctx.app.config.phoneRegion);
  if (phone.kind !== "number") return false;
  const repo = contactsOf(ctx.app);
  const { contact } = await repo.getOrCreate(phone.e164);
  ctx.app.logger.info({ event: "contact-shared" }, "shared contact opened");
  await showCard(ctx, contact);
  // Only the first word of the first name: people type whole names into that field.
  const first = firstName?.trim().split(/\s+/)[0]?.replace(/[,;.]+$/, "");
  if (first && ContactRepository.isAliasShaped(first) && first !== contact.alias) {
    const id = contactsState(ctx.app).aliases.put({ e164: phone.e164, firstName: first }, ctx.app.clock());
    const keyboard = new InlineKeyboard()
      .text(fill(T.useAlias[ctx.lang], { name: first }), aliasOfferData.pack({ action: "use", id }))
      .text(T.skipAlias[ctx.lang], aliasOfferData.pack({ action: "skip", id }));
    await replyHtml(ctx, T.sharedIntro[ctx.lang], keyboard);
  }
  return true;
}

async function openVCardText(ctx: BotContext, text: string): Promise<void> {
  const cards = parseVCards(text).filter((c) => c.phones.length > 0);
  const card = cards[0];
  const phone = card?.phones.find((p) => parseNumberArgument(p, ctx.app.config.phoneRegion).kind === "number");
  if (!card || !phone) return replyHtml(ctx, T.vcardNone[ctx.lang]);
  await openShared(ctx, phone, card.firstName);
  if (cards.length > 1) await replyHtml(ctx, fill(T.vcardMore[ctx.lang], { n: String(cards.length) }));
}

const isVCardDocument = (doc: { file_name?: string; mime_type?: string }) =>
  /\.vcf$/i.test(doc.file_name ?? "") || /^text\/(?:x-)?vcard$/i.test(doc.mime_type ?? "");

// ——— wiring ———

const composer = new Composer<BotContext>();

composer.command("cancel", async (ctx, next) => {
  const state = contactsState(ctx.app);
  if (!state.awaiting) return next();
  state.awaiting = undefined;
  await replyHtml(ctx, T.cancelInput[ctx.lang]);
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
  if (!(await openShared(ctx, shared.phone_number, shared.first_name))) await replyHtml(ctx, T.invalidNumber[ctx.lang]);
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
    if ((doc.file_size ?? 0) > MAX_VCARD_BYTES) return replyHtml(ctx, T.vcardTooLarge[ctx.lang]);
    let content: Buffer;
    try {
      content = await ctx.downloadFile(doc.file_id, MAX_VCARD_BYTES);
    } catch (error) {
      ctx.app.logger.warn({ err: error, event: "vcard-download-failed" }, "vcard download failed");
      return replyHtml(ctx, T.vcardFailed[ctx.lang]);
    }
    await openVCardText(ctx, content.toString("utf8"));
  },
);

composer.callbackQuery(cardData.pattern, async (ctx) => {
  const lang = ctx.lang;
  const data = cardData.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: T.expired[lang] }));
  const repo = contactsOf(ctx.app);
  const contact = await repo.getByKey(data.key);
  if (!contact) return void (await ctx.answerCallbackQuery({ text: T.staleCard[lang] }));
  switch (data.action) {
    case "open":
      await ctx.answerCallbackQuery();
      return showCard(ctx, contact);
    case "flag": {
      const flag = data.arg as FlagName;
      const updated = contact.flags[flag] ? await repo.clearFlag(contact.e164, flag) : await repo.setFlag(contact.e164, flag, { by: "owner" });
      await ctx.answerCallbackQuery({ text: `${FLAG_ICONS[flag]} ${FLAG_LABELS[flag][lang]}: ${updated.flags[flag] ? "✓" : "—"}` });
      return showCard(ctx, updated, true);
    }
    case "note":
    case "hours": {
      contactsState(ctx.app).awaiting = { field: data.action, e164: contact.e164, expires: ctx.app.clock() + AWAIT_MS };
      await ctx.answerCallbackQuery();
      const ask = data.action === "note" ? T.askNote[lang] : T.askHours[lang];
      await ctx.reply(fill(ask, { who: whoOf(contact, contact.e164) }), {
        parse_mode: "HTML",
        reply_markup: { force_reply: true, input_field_placeholder: data.action === "note" ? "…" : "Mo-Fr 12-14" },
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
  const lang = ctx.lang;
  const data = forgetData.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: T.expired[lang] }));
  await ctx.answerCallbackQuery();
  if (data.action === "no") return void (await ctx.editMessageText(T.kept[lang]).catch(() => ctx.reply(T.kept[lang])));
  const repo = contactsOf(ctx.app);
  const contact = await repo.getByKey(data.key);
  if (contact) {
    // Everything about the number goes: the card, its verdict history and any slot held for it.
    await repo.forget(contact.e164);
    await forgetVerdictLog(ctx.app.stores, contact.e164);
    await releaseHoldsOf(ctx.app.stores, data.key);
  }
  ctx.app.logger.info({ event: "contact-forgotten", existed: contact !== undefined }, "contact forgotten");
  const text = contact ? T.forgotten[lang] : T.noCard[lang];
  await ctx.editMessageText(text).catch(() => ctx.reply(text));
});

composer.callbackQuery(minimiseData.pattern, async (ctx) => {
  const lang = ctx.lang;
  const data = minimiseData.unpack(ctx.callbackQuery.data);
  const pending = data && contactsState(ctx.app).texts.take(data.id, ctx.app.clock());
  if (!data || !pending) return void (await ctx.answerCallbackQuery({ text: T.expired[lang] }));
  await ctx.answerCallbackQuery();
  // The finding list quoted her text: replace it, so it does not linger in the chat.
  const done = async (text: string) => void (await ctx.editMessageText(text).catch(() => undefined));
  if (data.action === "cancel") return done(T.cancelled[lang]);
  const text = data.action === "keep" ? pending.text : pending.cleaned;
  if (!text || (pending.field === "alias" && !ContactRepository.isAliasShaped(text))) return done(T.minimiseEmpty[lang]);
  await done("✓");
  await saveText(ctx, pending.field, pending.e164, text);
});

composer.callbackQuery(aliasOfferData.pattern, async (ctx) => {
  const lang = ctx.lang;
  const data = aliasOfferData.unpack(ctx.callbackQuery.data);
  const pending = data && contactsState(ctx.app).aliases.take(data.id, ctx.app.clock());
  if (!data || !pending) return void (await ctx.answerCallbackQuery({ text: T.expired[lang] }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  if (data.action === "skip") return;
  const contact = await contactsOf(ctx.app).setAlias(pending.e164, pending.firstName);
  await showCard(ctx, contact);
});

composer.callbackQuery(listData.pattern, async (ctx) => {
  const data = listData.unpack(ctx.callbackQuery.data);
  if (!data) return void (await ctx.answerCallbackQuery({ text: T.expired[ctx.lang] }));
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

