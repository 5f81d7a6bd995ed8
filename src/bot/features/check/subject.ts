import { maskNumber } from "../../../core/phone/index.js";
import type { PhoneClass } from "../../../core/phone/types.js";
import { contactsOf, type ContactRecord } from "../../../store/contacts.js";
import type { BotContext } from "../../context.js";
import { escapeHtml, type Localized } from "../../i18n.js";

/** A number (or withheld caller) to answer about, or the reply explaining why there is none. */
export type Subject =
  | { readonly ok: true; readonly phone: PhoneClass; readonly card?: ContactRecord }
  | { readonly ok: false; readonly html: string };

const AMBIGUOUS: Localized<(masked: string) => string> = {
  de: (masked) => `Diesen Alias tragen mehrere Nummern (${masked}). Nimm die Nummer, z. B. <code>/check 0171 2345678</code>.`,
  en: (masked) => `Several numbers carry this alias (${masked}). Use the number, e.g. <code>/check 0171 2345678</code>.`,
};

const UNKNOWN: Localized<(command: string) => string> = {
  de: (command) =>
    `Das ist weder eine Nummer noch ein Alias, den ich kenne. Schreib die Nummer in einer üblichen Schreibweise, z. B. <code>/${command} 0171 2345678</code>, oder einen Alias, z. B. <code>/${command} Tom</code>.`,
  en: (command) =>
    `That is neither a number nor an alias I know. Write the number in any common notation, e.g. <code>/${command} 0171 2345678</code>, or an alias, e.g. <code>/${command} Tom</code>.`,
};

/** Reads "/check <number|alias>"'s argument: any notation, "unbekannt", or an alias naming one card. */
export async function resolveSubject(ctx: BotContext, argument: string, command: string): Promise<Subject> {
  const resolution = await contactsOf(ctx.app).resolve(argument);
  switch (resolution.kind) {
    case "number":
      return { ok: true, phone: resolution.phone, ...(resolution.contact && { card: resolution.contact }) };
    case "alias":
      return { ok: true, phone: resolution.phone, card: resolution.contact };
    case "withheld":
      return { ok: true, phone: { kind: "withheld" } };
    case "invalid-number":
      return { ok: true, phone: { kind: "invalid", ...(resolution.wrongLength && { wrongLength: resolution.wrongLength }) } };
    case "ambiguous":
      return { ok: false, html: AMBIGUOUS[ctx.lang](resolution.contacts.map((c) => escapeHtml(maskNumber(c.e164))).join(", ")) };
    case "unknown":
      return { ok: false, html: UNKNOWN[ctx.lang](command) };
  }
}

/** "📞 +49 171 ••• 78 · Tom": which number a reply is about, masked. */
export function subjectLine(phone: PhoneClass, card: ContactRecord | undefined): string | undefined {
  if (phone.kind !== "number") return undefined;
  const alias = card?.alias ? ` · ${escapeHtml(card.alias)}` : "";
  return `📞 ${escapeHtml(maskNumber(phone.e164))}${alias}`;
}
