import { InlineKeyboard } from "grammy";
import { maskNumber, parseNumberArgument } from "../../../core/phone/index.js";
import type { FlagMark } from "../../../core/rules/types.js";
import type { WeeklyHours } from "../../../core/time/types.js";
import type { ContactRecord } from "../../../store/contacts.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Translate } from "../../i18n.js";
import { askedText, eventKindText, numberTypeText, whenText } from "../../views/inbound-event.js";
import { verdictSection } from "../../views/verdict.js";
import type { Section } from "../../views/section.js";
import { weeklyHoursText } from "../../views/weekly-hours.js";
import { cardData } from "./callbacks.js";
import { attemptsLabel, formatDay } from "./describe.js";
import { FLAG_ICONS, FLAG_NAMES, flagLabel } from "./flags.js";

const MAX_NOTES_SHOWN = 5;
const MAX_EVENTS_SHOWN = 5;
const MAX_NOTE_SHOWN = 300;

/** The reasons an outcome gives a flag: the card says "after the callback" rather than the code. */
const OUTCOME_REASONS = new Set(["someone-else", "someone-else-answered"]);

function flagWhy(mark: FlagMark, timeZone: string, t: Translate): string {
  const why = t("contacts-flag-why", { by: mark.by, day: formatDay(mark.at, timeZone, t) });
  return mark.by !== "outcome" && mark.reason && !OUTCOME_REASONS.has(mark.reason) ? `${why} – ${escapeHtml(mark.reason)}` : why;
}

/** Alias if she gave one, else the masked number. */
export function contactTitle(contact: ContactRecord): string {
  return contact.alias ? escapeHtml(contact.alias) : maskNumber(contact.e164);
}

/** Flag icons in a fixed order ("📵☎️"). */
export function flagIcons(contact: ContactRecord): string {
  return FLAG_NAMES.filter((f) => contact.flags[f]).map((f) => FLAG_ICONS[f]).join("");
}

/** Allowed hours in her language, or "no restriction"; plain text. */
export function hoursText(hours: WeeklyHours | undefined, t: Translate): string {
  return hours ? weeklyHoursText(hours, t) : t("contacts-hours-any-time");
}

function cardKeyboard(contact: ContactRecord, key: string, t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  FLAG_NAMES.forEach((flag, i) => {
    const on = contact.flags[flag] !== undefined;
    keyboard.text(`${on ? "✓ " : ""}${flagLabel(flag, t)}`, cardData.pack({ action: "flag", key, arg: flag }));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row();
  keyboard.text(t("contacts-button-note"), cardData.pack({ action: "note", key, arg: "-" }));
  keyboard.text(t("contacts-button-hours"), cardData.pack({ action: "hours", key, arg: "-" }));
  keyboard.row();
  keyboard.text(t("contacts-button-show-number"), cardData.pack({ action: "number", key, arg: "-" }));
  keyboard.text(t("contacts-button-forget"), cardData.pack({ action: "forget", key, arg: "-" }));
  return keyboard;
}

/** The contact card: who, how reachable, flags with when and why, hours, notes, recent events, verdict. */
export async function renderCard(ctx: BotContext, contact: ContactRecord): Promise<Section> {
  const t = ctx.t;
  const { timeZone, phoneRegion } = ctx.app.config;
  const now = ctx.app.clock();
  const phone = parseNumberArgument(contact.e164, phoneRegion);
  const key = ctx.app.stores.contacts.keyOf(contact.e164);

  const lines: string[] = [];
  const title = contact.alias ? `👤 <b>${escapeHtml(contact.alias)}</b> · ${maskNumber(contact.e164)}` : `👤 <b>${maskNumber(contact.e164)}</b>`;
  lines.push(`${title}`, `📞 ${escapeHtml(numberTypeText(phone, t))}`, "");

  const setFlags = FLAG_NAMES.filter((f) => contact.flags[f]);
  lines.push(t("contacts-card-flags", { count: setFlags.length }));
  for (const flag of setFlags) lines.push(`${flagLabel(flag, t)} — ${flagWhy(contact.flags[flag]!, timeZone, t)}`);
  lines.push(t("contacts-card-hours", { hours: escapeHtml(hoursText(contact.allowedHours, t)) }));

  lines.push(t("contacts-card-notes", { count: contact.notes.length }));
  const notes = contact.notes.slice(-MAX_NOTES_SHOWN);
  if (contact.notes.length > notes.length) lines.push(t("contacts-card-more-notes", { count: contact.notes.length - notes.length }));
  // Telegram allows 4096 characters per message: long notes are shortened on the card.
  for (const note of notes) {
    const text = note.text.length > MAX_NOTE_SHOWN ? `${note.text.slice(0, MAX_NOTE_SHOWN)}…` : note.text;
    lines.push(`• ${formatDay(note.at, timeZone, t)} ${escapeHtml(text)}`);
  }

  lines.push(t("contacts-card-events", { count: contact.events.length }));
  for (const event of [...contact.events].sort((a, b) => b.at - a.at).slice(0, MAX_EVENTS_SHOWN)) {
    lines.push(
      `• ${whenText(event.at, now, timeZone, t)} ${eventKindText(event.kind, t)}${attemptsLabel(event.attempts)} — ${askedText(event.asked, t)}`,
    );
  }

  const verdict = await verdictSection(ctx, phone);
  lines.push("", verdict.html);
  const keyboard = cardKeyboard(contact, key, t);
  for (const row of verdict.keyboard?.inline_keyboard ?? []) keyboard.row(...row);
  return { html: lines.join("\n"), keyboard };
}
