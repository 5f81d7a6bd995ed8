import { InlineKeyboard } from "grammy";
import type { LegacyTextLanguage } from "../../../core/legacy-text-language.js";
import { maskNumber, parseNumberArgument } from "../../../core/phone/index.js";
import { formatWeeklyHours } from "../../../core/time/index.js";
import type { WeeklyHours } from "../../../core/time/types.js";
import type { ContactRecord } from "../../../store/contacts.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Localized } from "../../i18n.js";
import { verdictSection } from "../../views/verdict.js";
import type { Section } from "../../views/section.js";
import { cardData } from "./callbacks.js";
import { askedLabel, attemptsLabel, eventKindLabel, formatDay, formatWhen, numberTypeLabel } from "./describe.js";
import { FLAG_ICONS, FLAG_LABELS, FLAG_NAMES } from "./flags.js";

const T = {
  flags: { de: "Hinweise", en: "Flags" },
  noFlags: { de: "keine", en: "none" },
  hours: { de: "Erlaubte Zeiten", en: "Allowed hours" },
  anyTime: { de: "keine Einschränkung", en: "no restriction" },
  notes: { de: "Notizen", en: "Notes" },
  noNotes: { de: "keine", en: "none" },
  events: { de: "Letzte Ereignisse", en: "Recent events" },
  noEvents: { de: "keine", en: "none" },
  byOwner: { de: "von dir", en: "by you" },
  byImport: { de: "aus einer Sicherung", en: "from a backup" },
  addNote: { de: "📝 Notiz", en: "📝 Note" },
  setHours: { de: "🕑 Zeiten", en: "🕑 Hours" },
  forget: { de: "🗑 Vergessen", en: "🗑 Forget" },
  showNumber: { de: "🔢 Nummer zeigen", en: "🔢 Show number" },
  more: { de: "weitere", en: "more" },
} satisfies Record<string, Localized>;

const MAX_NOTES_SHOWN = 5;
const MAX_EVENTS_SHOWN = 5;
const MAX_NOTE_SHOWN = 300;

/** The outcome reasons the rule engine writes, in plain words. */
const OUTCOME_WORDS: Readonly<Record<string, Localized>> = {
  "someone-else": { de: "nach dem Rückruf", en: "after the callback" },
  "someone-else-answered": { de: "nach dem Rückruf", en: "after the callback" },
};

function flagWhy(mark: { at: number; by: string; reason?: string | undefined }, timeZone: string, lang: LegacyTextLanguage): string {
  const day = formatDay(mark.at, timeZone);
  if (mark.by === "outcome") {
    const words = (mark.reason && OUTCOME_WORDS[mark.reason]?.[lang]) ?? (lang === "de" ? "nach dem Rückruf" : "after the callback");
    return `${words} ${lang === "de" ? "am" : "on"} ${day}`;
  }
  const who = mark.by === "import" ? T.byImport[lang] : T.byOwner[lang];
  const reason = mark.reason && !OUTCOME_WORDS[mark.reason] ? ` – ${escapeHtml(mark.reason)}` : "";
  return `${who}, ${day}${reason}`;
}

/** Alias if she gave one, else the masked number. */
export function contactTitle(contact: ContactRecord): string {
  return contact.alias ? escapeHtml(contact.alias) : maskNumber(contact.e164);
}

/** Flag icons in a fixed order ("📵☎️"). */
export function flagIcons(contact: ContactRecord): string {
  return FLAG_NAMES.filter((f) => contact.flags[f]).map((f) => FLAG_ICONS[f]).join("");
}

export function hoursText(hours: WeeklyHours | undefined, lang: LegacyTextLanguage): string {
  return hours ? formatWeeklyHours(hours, lang) : T.anyTime[lang];
}

function cardKeyboard(ctx: BotContext, contact: ContactRecord, key: string): InlineKeyboard {
  const lang = ctx.lang;
  const keyboard = new InlineKeyboard();
  FLAG_NAMES.forEach((flag, i) => {
    const on = contact.flags[flag] !== undefined;
    keyboard.text(`${on ? "✓ " : ""}${FLAG_ICONS[flag]} ${FLAG_LABELS[flag][lang]}`, cardData.pack({ action: "flag", key, arg: flag }));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row();
  keyboard.text(T.addNote[lang], cardData.pack({ action: "note", key, arg: "-" }));
  keyboard.text(T.setHours[lang], cardData.pack({ action: "hours", key, arg: "-" }));
  keyboard.row();
  keyboard.text(T.showNumber[lang], cardData.pack({ action: "number", key, arg: "-" }));
  keyboard.text(T.forget[lang], cardData.pack({ action: "forget", key, arg: "-" }));
  return keyboard;
}

/** The contact card: who, how reachable, flags with when and why, hours, notes, recent events, verdict. */
export async function renderCard(ctx: BotContext, contact: ContactRecord): Promise<Section> {
  const lang = ctx.lang;
  const { timeZone, phoneRegion } = ctx.app.config;
  const now = ctx.app.clock();
  const phone = parseNumberArgument(contact.e164, phoneRegion);
  const key = ctx.app.stores.contacts.keyOf(contact.e164);

  const lines: string[] = [];
  const title = contact.alias ? `👤 <b>${escapeHtml(contact.alias)}</b> · ${maskNumber(contact.e164)}` : `👤 <b>${maskNumber(contact.e164)}</b>`;
  lines.push(`${title}`, `📞 ${escapeHtml(numberTypeLabel(phone, lang))}`, "");

  const setFlags = FLAG_NAMES.filter((f) => contact.flags[f]);
  lines.push(`<b>${T.flags[lang]}:</b> ${setFlags.length === 0 ? T.noFlags[lang] : ""}`);
  for (const flag of setFlags) {
    const mark = contact.flags[flag]!;
    lines.push(`${FLAG_ICONS[flag]} ${FLAG_LABELS[flag][lang]} — ${flagWhy(mark, timeZone, lang)}`);
  }
  lines.push(`<b>${T.hours[lang]}:</b> ${escapeHtml(hoursText(contact.allowedHours, lang))}`);

  lines.push(`<b>${T.notes[lang]}:</b> ${contact.notes.length === 0 ? T.noNotes[lang] : ""}`);
  const notes = contact.notes.slice(-MAX_NOTES_SHOWN);
  if (contact.notes.length > notes.length) lines.push(`… ${contact.notes.length - notes.length} ${T.more[lang]}`);
  // Telegram allows 4096 characters per message: long notes are shortened on the card.
  for (const note of notes) {
    const text = note.text.length > MAX_NOTE_SHOWN ? `${note.text.slice(0, MAX_NOTE_SHOWN)}…` : note.text;
    lines.push(`• ${formatDay(note.at, timeZone)} ${escapeHtml(text)}`);
  }

  lines.push(`<b>${T.events[lang]}:</b> ${contact.events.length === 0 ? T.noEvents[lang] : ""}`);
  for (const event of [...contact.events].sort((a, b) => b.at - a.at).slice(0, MAX_EVENTS_SHOWN)) {
    lines.push(
      `• ${formatWhen(event.at, now, timeZone, lang)} ${eventKindLabel(event.kind, lang)}${attemptsLabel(event.attempts)} — ${askedLabel(event.asked, lang)}`,
    );
  }

  const verdict = await verdictSection(ctx, phone);
  lines.push("", verdict.html);
  const keyboard = cardKeyboard(ctx, contact, key);
  for (const row of verdict.keyboard?.inline_keyboard ?? []) keyboard.row(...row);
  return { html: lines.join("\n"), keyboard };
}
